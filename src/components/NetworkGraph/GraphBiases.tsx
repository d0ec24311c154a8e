// Bias markers of a small net: a small "b" square above each neuron, outlined by sign (dashed
// when negative), reached with the arrow keys or B, selectable, with its value beside it when there is room.
import { signStyle } from '../../viz/colors';
import { formatFull } from '../../viz/format';
import type { GraphModel } from '../../viz/graphModel';
import { biasName } from '../../viz/graphText';
import type { NetworkLayout } from '../../viz/layoutNetwork';
import { sameRef, type GraphRef } from '../../viz/refs';
import type { GraphHandlers } from './types';

export interface GraphBiasesProps {
  readonly sizes: readonly number[];
  readonly layout: NetworkLayout;
  readonly model: GraphModel;
  readonly handlers: GraphHandlers;
  readonly selection: GraphRef | null;
  readonly highlight: GraphRef | null;
  readonly inspected: GraphRef | null;
  readonly tabStop: GraphRef;
  readonly tooltipId: string;
  /** Draw each bias's value beside its marker. */
  readonly labels: boolean;
}

export function GraphBiases(props: GraphBiasesProps) {
  const { sizes, layout, model, handlers, selection, highlight, inspected } = props;
  const biasLabels = props.labels;
  return (
    <g className="bl-biases">
      {layout.biases.map((b) => {
        const ref: GraphRef = { kind: 'bias', layer: b.layer, j: b.j };
        const v = model.paramShown(b.index);
        const style = signStyle(v);
        const selected = sameRef(selection, ref);
        const highlighted = sameRef(highlight, ref);
        return (
          <g
            key={`b${b.layer}:${b.j}`}
            className="bl-item bl-bias"
            role="button"
            tabIndex={sameRef(props.tabStop, ref) ? 0 : -1}
            aria-label={biasName(sizes, model, b)}
            aria-describedby={sameRef(inspected, ref) ? props.tooltipId : undefined}
            data-ref={`b:${b.layer}:${b.j}`}
            onClick={() => handlers.activate(ref)}
            onKeyDown={(e) => handlers.keyDown(e, ref)}
            onFocus={() => {
              handlers.focus(ref);
              handlers.inspect(ref);
            }}
            onBlur={() => handlers.inspect(null)}
            onMouseEnter={() => handlers.inspect(ref)}
          >
            {highlighted && (
              <circle
                cx={b.x}
                cy={b.y}
                r={13}
                fill="none"
                stroke="#e69f00"
                strokeWidth={5}
                strokeOpacity={0.8}
              />
            )}
            {selected && (
              <rect
                x={b.x - 10}
                y={b.y - 10}
                width={20}
                height={20}
                rx={5}
                fill="none"
                stroke="#111"
                strokeWidth={2.5}
              />
            )}
            <rect
              className="bl-focus"
              x={b.x - 11}
              y={b.y - 11}
              width={22}
              height={22}
              rx={5}
              fill="none"
              stroke="#111"
              strokeDasharray="4 2"
            />
            <rect
              x={b.x - 7}
              y={b.y - 7}
              width={14}
              height={14}
              rx={3}
              fill="#fff"
              stroke={style.stroke}
              strokeWidth={2}
              strokeDasharray={style.dash === null ? undefined : '3 2'}
            />
            <text
              x={b.x}
              y={b.y}
              dy="0.35em"
              textAnchor="middle"
              fontSize={10}
              fill="#111"
              pointerEvents="none"
            >
              b
            </text>
            {biasLabels && (
              <text
                className="bl-value"
                x={b.x - 11}
                y={b.y}
                dy="0.35em"
                textAnchor="end"
                fontSize={11}
                fill="#222"
                pointerEvents="none"
              >
                {formatFull(v)}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
