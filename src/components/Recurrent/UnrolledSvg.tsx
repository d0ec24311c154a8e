// The unrolled graph's drawing: the cursor's column and the current truncation sweep shaded,
// weights coloured by value (the same weight the same colour at every step), δ arrows flowing
// back through time, and the units as focusable buttons. Presentational: layout and paints in.
import type { FocusEvent, KeyboardEvent } from 'react';
import type { RnnSampleTrace, SweepTrace } from '../../engine/recurrent/types';
import { divergingColor, NEUTRAL, textColorFor } from '../../viz/colors';
import type { UnrolledItem } from '../../viz/unrolledKeys';
import { itemKey } from '../../viz/unrolledKeys';
import type { UnrolledLayout, UnitGroup } from '../../viz/unrolledLayout';
import { itemName } from '../../viz/unrolledText';
import {
  groupMaxAbs,
  stepComputed,
  unitValue,
  type Cursor,
  type DeltaArrow,
  type WeightPaint,
} from '../../viz/unrolledValues';
import type { EdgeBlock } from '../../viz/unrolledLayout';

export interface UnrolledSvgProps {
  readonly layout: UnrolledLayout;
  readonly sample: RnnSampleTrace;
  readonly cursor: Cursor;
  readonly paint: (block: EdgeBlock, j: number, i: number) => WeightPaint;
  readonly arrows: readonly DeltaArrow[];
  readonly sweep: SweepTrace | null;
  readonly tabStop: string;
  /** The selected unit's key, or null. */
  readonly selectedKey: string | null;
  /** The selected shared weight (lit at every step), or null. */
  readonly selectedEntry: { readonly block: string; readonly j: number; readonly i: number } | null;
  readonly onItem: {
    readonly focus: (item: UnrolledItem) => void;
    readonly blur: () => void;
    readonly activate: (item: UnrolledItem) => void;
    readonly keyDown: (e: KeyboardEvent, item: UnrolledItem) => void;
  };
}

const GROUP_NAME: Record<UnitGroup, string> = { x: 'x', h: 'h', y: 'y' };
const ARROW = '#6a3d9a';
/** Above this many drawn weights, each is one plain line (no hit area, CSS focus ring). */
export const DENSE_EDGES = 600;

export function UnrolledSvg(props: UnrolledSvgProps) {
  const { layout, sample, cursor, paint, arrows, sweep, onItem } = props;
  const steps = layout.columns.map((c) => c.t);
  const colOf = new Map(layout.columns.map((c) => [c.t, c]));
  const hBand = layout.bands.h!;
  const groups = (['y', 'h', 'x'] as const).filter((g) => layout.bands[g]);
  const max = Object.fromEntries(
    groups.map((g) => [g, groupMaxAbs(sample, g, steps, cursor.pass)]),
  ) as Record<UnitGroup, number>;
  const isSelected = (item: UnrolledItem): boolean => {
    if (item.kind === 'node') return props.selectedKey === itemKey(item);
    const sel = props.selectedEntry;
    return !!sel && sel.block === item.block && sel.j === item.j && sel.i === item.i;
  };
  const handlers = (item: UnrolledItem) => ({
    'data-key': itemKey(item),
    tabIndex: props.tabStop === itemKey(item) ? 0 : -1,
    role: 'button',
    'aria-label': itemName(item),
    'aria-pressed': isSelected(item),
    className: 'rnn-item',
    onClick: () => onItem.activate(item),
    onFocus: (_e: FocusEvent) => onItem.focus(item),
    onMouseEnter: () => onItem.focus(item),
    onMouseLeave: () => onItem.blur(),
    onBlur: () => onItem.blur(),
    onKeyDown: (e: KeyboardEvent) => onItem.keyDown(e, item),
  });
  const dense = layout.edges.length > DENSE_EDGES;
  const swept = new Set(sweep?.swept.map((s) => s - 1) ?? []);
  return (
    <svg
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-label={`Unrolled network, steps ${steps[0] + 1} to ${steps[steps.length - 1] + 1} of ${sample.steps.length}`}
    >
      <defs>
        <marker
          id="rnn-arrow"
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerWidth="5"
          markerHeight="5"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" fill={ARROW} />
        </marker>
      </defs>
      {layout.columns.map((c) => (
        <g key={c.t}>
          {swept.has(c.t) && (
            <rect
              x={c.left}
              y={layout.labelY + 4}
              width={c.width}
              height={layout.height - layout.labelY - 6}
              fill="#e8f1f8"
              data-testid="sweep-shade"
            />
          )}
          {cursor.t === c.t && (
            <rect
              x={c.left + 2}
              y={layout.labelY + 4}
              width={c.width - 4}
              height={layout.height - layout.labelY - 6}
              fill="none"
              stroke="#6a3d9a"
              strokeWidth={2}
              rx={6}
              data-testid="cursor-column"
            />
          )}
          <text
            x={c.x}
            y={layout.labelY}
            textAnchor="middle"
            className={cursor.t === c.t ? 'rnn-label rnn-label-current' : 'rnn-label'}
          >
            {`t = ${c.t + 1}`}
          </text>
        </g>
      ))}
      {groups.map((g) => {
        const b = layout.bands[g]!;
        return (
          <text key={g} x={6} y={(b.top + b.bottom) / 2} className="rnn-label" aria-hidden="true">
            {GROUP_NAME[g]}
          </text>
        );
      })}
      <g aria-label="Weights (shared across time)" role="group">
        {layout.edges.map((e) => {
          const p = paint(e.block, e.j, e.i);
          const item: UnrolledItem = { kind: 'edge', block: e.block, t: e.t, j: e.j, i: e.i };
          const key = itemKey(item);
          const sel = props.selectedEntry;
          const selected = !!sel && sel.block === e.block && sel.j === e.j && sel.i === e.i;
          const live = stepComputed(cursor, e.t) || cursor.pass === 'backward';
          if (dense)
            // one element per weight copy keeps a big net cheap to redraw while it plays
            return (
              <line
                key={key}
                {...handlers(item)}
                className="rnn-item rnn-edge-dense"
                x1={e.x1}
                y1={e.y1}
                x2={e.x2}
                y2={e.y2}
                stroke={p.stroke}
                strokeWidth={selected ? p.width + 2 : p.width}
                strokeDasharray={p.dash ?? undefined}
                opacity={live ? 0.55 : 0.2}
              />
            );
          return (
            <g key={key} {...handlers(item)}>
              <line x1={e.x1} y1={e.y1} x2={e.x2} y2={e.y2} className="rnn-hit" strokeWidth={10} />
              <line
                x1={e.x1}
                y1={e.y1}
                x2={e.x2}
                y2={e.y2}
                stroke={p.stroke}
                strokeWidth={selected ? p.width + 2 : p.width}
                strokeDasharray={p.dash ?? undefined}
                opacity={live ? 0.9 : 0.35}
              />
              <line
                x1={e.x1}
                y1={e.y1}
                x2={e.x2}
                y2={e.y2}
                className="rnn-focus"
                stroke="#111"
                strokeWidth={p.width + 4}
                opacity={0.6}
              />
            </g>
          );
        })}
      </g>
      <g aria-hidden="true">
        {arrows.map((a) => {
          const from = colOf.get(a.from);
          const to = colOf.get(a.to);
          if (!from || !to) return null;
          const y = hBand.top - 6;
          return (
            <path
              key={`${a.from}`}
              data-testid="delta-arrow"
              d={`M${from.x - 8},${y} Q${(from.x + to.x) / 2},${y - 14} ${to.x + 8},${y}`}
              fill="none"
              stroke={ARROW}
              strokeWidth={1 + 5 * a.size}
              opacity={a.current ? 1 : 0.45}
              markerEnd="url(#rnn-arrow)"
            />
          );
        })}
      </g>
      <g role="group" aria-label="Units">
        {layout.nodes.map((n) => {
          const item: UnrolledItem = { kind: 'node', group: n.group, t: n.t, j: n.j };
          // inputs are given and outputs known from the forward pass; δ only where it has arrived
          const known =
            n.group === 'x' ||
            stepComputed(cursor, n.t) ||
            (n.group === 'y' && cursor.pass === 'backward');
          const v = unitValue(sample, n.group, n.t, n.j, cursor.pass);
          const fill = known ? divergingColor(v, max[n.group]) : NEUTRAL;
          const selected = props.selectedKey === itemKey(item);
          return (
            <g key={itemKey(item)} {...handlers(item)}>
              <circle
                cx={n.x}
                cy={n.y}
                r={n.r + 4}
                className="rnn-focus"
                fill="none"
                stroke="#111"
                strokeWidth={2}
              />
              <circle
                cx={n.x}
                cy={n.y}
                r={n.r}
                fill={fill}
                stroke={selected ? '#111' : '#555'}
                strokeWidth={selected ? 3 : 1}
                opacity={known ? 1 : 0.5}
              />
              {n.r >= 9 && (
                <text
                  x={n.x}
                  y={n.y + 4}
                  textAnchor="middle"
                  fontSize={10}
                  fill={textColorFor(fill)}
                  pointerEvents="none"
                >
                  {`${n.group}${n.j + 1}`}
                </text>
              )}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
