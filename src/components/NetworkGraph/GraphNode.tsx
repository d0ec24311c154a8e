// One neuron of the graph (a circle, or a pixel of an input image): its fill by value, name,
// value below it, and the selection, highlight and focus rings. A button reached with the
// graph's arrow keys (see useGraphFocus).
import type { GraphModel } from '../../viz/graphModel';
import { WITHHELD_TEXT } from '../../lessons/withheld';
import { textColorFor } from '../../viz/colors';
import type { NodeLayout } from '../../viz/layoutNetwork';
import { neuronLabel } from '../../viz/names';
import type { GraphRef } from '../../viz/refs';
import type { GraphHandlers } from './types';

export interface GraphNodeProps {
  readonly n: NodeLayout;
  readonly layer: number;
  readonly sizes: readonly number[];
  readonly model: GraphModel;
  readonly handlers: GraphHandlers;
  /** The node's value (activation or δ), or null before anything is traced. */
  readonly v: number | null;
  /** The value is kept hidden by a lesson question: "?" instead of it. */
  readonly withheld: boolean;
  readonly fill: string;
  readonly isPixel: boolean;
  readonly showText: boolean;
  readonly showValue: boolean;
  readonly selected: boolean;
  readonly highlighted: boolean;
  /** True for the graph's one tab stop. */
  readonly tabbable: boolean;
  readonly label: string;
  /** The tooltip's id while this node is inspected. */
  readonly describedBy: string | undefined;
  readonly precision: (v: number) => string;
}

export function GraphNode(props: GraphNodeProps) {
  const { n, layer, sizes, model, handlers, v, fill, isPixel, showText, showValue } = props;
  const { selected, highlighted, precision } = props;
  const ref: GraphRef = { kind: 'neuron', layer, j: n.j };
  const shape = isPixel ? (
    <rect
      className="bl-node-fill"
      x={n.x - n.r}
      y={n.y - n.r}
      width={n.r * 2}
      height={n.r * 2}
      fill={fill}
      stroke={selected || highlighted ? '#111' : 'none'}
    />
  ) : (
    <circle
      className="bl-node-fill"
      cx={n.x}
      cy={n.y}
      r={n.r}
      fill={fill}
      stroke={v === null && !props.withheld ? '#9a9a9a' : '#333'}
      strokeDasharray={v === null && !props.withheld ? '3 3' : undefined}
      strokeWidth={n.r >= 8 ? 1.5 : 0.75}
    />
  );
  return (
    <g
      key={`${layer}:${n.j}`}
      className="bl-item bl-node"
      role="button"
      tabIndex={props.tabbable ? 0 : -1}
      aria-label={props.label}
      aria-describedby={props.describedBy}
      data-ref={`n:${layer}:${n.j}`}
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
          cx={n.x}
          cy={n.y}
          r={n.r + 7}
          fill="none"
          stroke="#e69f00"
          strokeWidth={5}
          strokeOpacity={0.8}
        />
      )}
      {selected && (
        <circle cx={n.x} cy={n.y} r={n.r + 3.5} fill="none" stroke="#111" strokeWidth={2.5} />
      )}
      <circle
        className="bl-focus"
        cx={n.x}
        cy={n.y}
        r={n.r + 4}
        fill="none"
        stroke="#111"
        strokeWidth={2}
        strokeDasharray="4 2"
      />
      {shape}
      {showText && (
        <text
          x={n.x}
          y={n.y}
          dy="0.35em"
          textAnchor="middle"
          fontSize={Math.min(15, n.r * 0.7)}
          fontWeight={600}
          fill={textColorFor(fill)}
          pointerEvents="none"
        >
          {neuronLabel(sizes, layer, n.j)}
        </text>
      )}
      {showValue && (v !== null || props.withheld) && (
        <text
          className="bl-value"
          data-value={layer === 0 ? 'input' : model.nodeQuantity}
          x={n.x}
          y={n.y + n.r + 14}
          textAnchor="middle"
          fontSize={11.5}
          fill="#111"
          pointerEvents="none"
          style={{ fontVariantNumeric: 'tabular-nums' }}
        >
          {v === null
            ? WITHHELD_TEXT
            : layer > 0 && model.nodeQuantity === 'delta'
              ? `δ ${precision(v)}`
              : precision(v)}
        </text>
      )}
    </g>
  );
}
