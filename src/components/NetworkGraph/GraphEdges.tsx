// The graph's edges and their labels in SVG. Small nets: every edge is drawn and focusable
// (by the arrow keys or I/O: the graph is one tab stop).
// Big nets: only the edges of the inspected, selected or highlighted unit (the rest are on
// the canvas underneath). Presentational: values come from the graph model.
import { signStyle } from '../../viz/colors';
import { formatFull } from '../../viz/format';
import type { GraphModel } from '../../viz/graphModel';
import { weightName } from '../../viz/graphText';
import type { EdgeLayout, NetworkLayout } from '../../viz/layoutNetwork';
import { refTouchesNeuron, sameRef, type GraphRef } from '../../viz/refs';
import { edgeWidthScale } from '../../viz/scales';
import type { GraphHandlers } from './types';

export interface GraphEdgesProps {
  readonly sizes: readonly number[];
  readonly layout: NetworkLayout;
  readonly model: GraphModel;
  readonly handlers: GraphHandlers;
  readonly selection: GraphRef | null;
  readonly highlight: GraphRef | null;
  readonly inspected: GraphRef | null;
  /** The graph's one tab stop (every other item is reached with the arrow keys). */
  readonly tabStop: GraphRef;
  readonly tooltipId: string;
  readonly reducedMotion: boolean;
  readonly big: boolean;
}

/** Edge labels only where they fit: few edges and enough room between layers. */
function showLabels(layout: NetworkLayout): boolean {
  if (layout.edges.length > 16) return false;
  const gap = layout.layers.length > 1 ? layout.layers[1].x - layout.layers[0].x : 0;
  return gap >= 200;
}

function weightRef(e: EdgeLayout): GraphRef {
  return { kind: 'weight', layer: e.layer, j: e.j, i: e.i };
}

function touches(ref: GraphRef | null, e: EdgeLayout): boolean {
  if (!ref) return false;
  if (ref.kind === 'weight') return sameRef(ref, weightRef(e));
  if (ref.kind === 'neuron')
    return refTouchesNeuron(ref, e.layer, e.i) || refTouchesNeuron(ref, e.layer + 1, e.j);
  return false;
}

export function GraphEdges(props: GraphEdgesProps) {
  const { sizes, layout, model, handlers, selection, highlight, inspected, big } = props;
  const width = edgeWidthScale(model.edgeMax, big ? { min: 0.75, max: 4 } : { min: 1, max: 9 });
  const labels = !big && showLabels(layout);
  const edges = big
    ? layout.edges.filter(
        (e) => touches(inspected, e) || touches(selection, e) || touches(highlight, e),
      )
    : layout.edges;
  return (
    <g
      className={props.reducedMotion ? 'bl-edges' : 'bl-edges bl-motion'}
      role={big ? undefined : 'group'}
      aria-label={big ? undefined : 'Weights'}
      aria-hidden={big ? true : undefined}
    >
      {edges.map((e) => {
        const ref = weightRef(e);
        const v = model.paramShown(e.index);
        const style = signStyle(v);
        const w = width(v);
        const selected = sameRef(selection, ref);
        const highlighted = sameRef(highlight, ref);
        const line = { x1: e.x1, y1: e.y1, x2: e.x2, y2: e.y2 };
        const key = `${e.layer}:${e.j}:${e.i}`;
        const body = (
          <>
            {highlighted && (
              <line
                {...line}
                stroke="#e69f00"
                strokeOpacity={0.55}
                strokeWidth={w + 12}
                strokeLinecap="round"
              />
            )}
            {selected && <line {...line} stroke="#111" strokeWidth={w + 5} strokeLinecap="round" />}
            {selected && <line {...line} stroke="#fff" strokeWidth={w + 2} strokeLinecap="round" />}
            {big ? (
              <line {...line} stroke="#fff" strokeWidth={w + 2.5} strokeOpacity={0.85} />
            ) : (
              <line
                className="bl-focus"
                {...line}
                stroke="#111"
                strokeWidth={w + 7}
                strokeOpacity={0.35}
              />
            )}
            <line
              className="bl-edge-line"
              data-sign={style.sign}
              {...line}
              stroke={style.stroke}
              strokeWidth={w}
              strokeDasharray={style.dash ?? undefined}
              strokeOpacity={big ? 0.95 : 0.9}
            />
            {!big && <line {...line} stroke="transparent" strokeWidth={Math.max(12, w + 6)} />}
          </>
        );
        if (big) {
          return (
            <g key={key} aria-hidden="true" pointerEvents="none">
              {body}
            </g>
          );
        }
        return (
          <g
            key={key}
            className="bl-item bl-edge"
            role="button"
            tabIndex={sameRef(props.tabStop, ref) ? 0 : -1}
            aria-label={weightName(sizes, model, e)}
            aria-describedby={sameRef(inspected, ref) ? props.tooltipId : undefined}
            data-ref={`w:${key}`}
            onClick={() => handlers.activate(ref)}
            onKeyDown={(ev) => handlers.keyDown(ev, ref)}
            onFocus={() => {
              handlers.focus(ref);
              handlers.inspect(ref);
            }}
            onBlur={() => handlers.inspect(null)}
            onMouseEnter={() => handlers.inspect(ref)}
          >
            {body}
          </g>
        );
      })}
      {labels &&
        layout.edges.map((e) => {
          // Near the sending end, where the edges of one source have fanned apart.
          const t = 0.3;
          const x = e.x1 + (e.x2 - e.x1) * t;
          const y = e.y1 + (e.y2 - e.y1) * t;
          const angle = (Math.atan2(e.y2 - e.y1, e.x2 - e.x1) * 180) / Math.PI;
          return (
            <text
              key={`l:${e.layer}:${e.j}:${e.i}`}
              className="bl-value"
              aria-hidden="true"
              x={x}
              y={y}
              dy={-5}
              transform={`rotate(${angle} ${x} ${y})`}
              textAnchor="middle"
              fontSize={11}
              fill="#222"
              pointerEvents="none"
              style={{ fontVariantNumeric: 'tabular-nums' }}
            >
              {formatFull(model.paramShown(e.index))}
            </text>
          );
        })}
    </g>
  );
}
