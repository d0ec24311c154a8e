// The unrolled graph's drawing: the cursor's column and the current truncation sweep shaded,
// weights coloured by value (the same weight the same colour at every step), δ arrows flowing
// back through time, and the units as focusable buttons. Three layers: the shading, a big
// net's weight copies on a canvas, and the SVG of names, focus and clicks. Presentational.
import { useMemo } from 'react';
import type { RnnSampleTrace, SweepTrace } from '../../engine/recurrent/types';
import { divergingColor, NEUTRAL, textColorFor } from '../../viz/colors';
import type { UnrolledItem } from '../../viz/unrolledKeys';
import { itemKey } from '../../viz/unrolledKeys';
import type { EdgeBlock, UnrolledLayout, UnitGroup } from '../../viz/unrolledLayout';
import { strokeGroups } from '../../viz/unrolledStrokes';
import {
  groupMaxAbs,
  stepComputed,
  unitValue,
  type Cursor,
  type DeltaArrow,
  type WeightPaint,
} from '../../viz/unrolledValues';
import { itemProps, type ItemHandlers } from './itemProps';
import { DENSE_EDGES, DenseEdgeHits, entryKey, FineEdges } from './UnrolledEdges';
import { UnrolledEdgeCanvas } from './UnrolledEdgeCanvas';

export { DENSE_EDGES } from './UnrolledEdges';

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
  readonly onItem: ItemHandlers;
  /** Values stream in (training plays): a big net's canvas redraws less often, solid. */
  readonly live?: boolean;
}

const GROUP_NAME: Record<UnitGroup, string> = { x: 'x', h: 'h', y: 'y' };
const ARROW = '#6a3d9a';

export function UnrolledSvg(props: UnrolledSvgProps) {
  const { layout, sample, cursor, paint, arrows, sweep, onItem, tabStop } = props;
  const steps = layout.columns.map((c) => c.t);
  const colOf = new Map(layout.columns.map((c) => [c.t, c]));
  const hBand = layout.bands.h!;
  const groups = (['y', 'h', 'x'] as const).filter((g) => layout.bands[g]);
  const max = Object.fromEntries(
    groups.map((g) => [g, groupMaxAbs(sample, g, steps, cursor.pass)]),
  ) as Record<UnitGroup, number>;
  const dense = layout.edges.length > DENSE_EDGES;
  const selected = entryKey(props.selectedEntry);
  const live = props.live ?? false;
  const { selectedEntry } = props;
  const groupsOf = useMemo(
    () => (dense ? strokeGroups(layout.edges, paint, cursor, selectedEntry, live) : []),
    [dense, layout.edges, paint, cursor, selectedEntry, live],
  );
  const swept = new Set(sweep?.swept.map((s) => s - 1) ?? []);
  const { width, height } = layout;
  return (
    <div style={{ position: 'relative', width, height }}>
      {/* under the weights: the current sweep's columns and the cursor's */}
      <svg width={width} height={height} aria-hidden="true" style={{ position: 'absolute' }}>
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
          </g>
        ))}
      </svg>
      {dense && <UnrolledEdgeCanvas width={width} height={height} groups={groupsOf} live={live} />}
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        style={{ position: 'absolute', left: 0, top: 0 }}
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
          <text
            key={c.t}
            x={c.x}
            y={layout.labelY}
            textAnchor="middle"
            className={cursor.t === c.t ? 'rnn-label rnn-label-current' : 'rnn-label'}
          >
            {`t = ${c.t + 1}`}
          </text>
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
          {dense ? (
            <DenseEdgeHits
              edges={layout.edges}
              tabStop={tabStop}
              selected={selected}
              onItem={onItem}
            />
          ) : (
            <FineEdges
              edges={layout.edges}
              paint={paint}
              cursor={cursor}
              tabStop={tabStop}
              selected={selected}
              onItem={onItem}
            />
          )}
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
            const isSelected = props.selectedKey === itemKey(item);
            return (
              <g key={itemKey(item)} {...itemProps(item, tabStop, isSelected, onItem)}>
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
                  stroke={isSelected ? '#111' : '#555'}
                  strokeWidth={isSelected ? 3 : 1}
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
    </div>
  );
}
