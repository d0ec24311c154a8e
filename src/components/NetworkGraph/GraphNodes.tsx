// The graph's neurons (circles, or pixels of an input image), their names and values, bias
// markers, layer titles and the selection/highlight rings. The graph is one tab stop: the
// arrow keys move focus between nodes (and, in small nets, to weights and biases).
import { divergingColor, pixelColor } from '../../viz/colors';
import { formatFull, formatShort } from '../../viz/format';
import type { GraphMode, GraphModel } from '../../viz/graphModel';
import { neuronName } from '../../viz/graphText';
import type { NetworkLayout, NodeLayout } from '../../viz/layoutNetwork';
import { layerTitle, shortLabel } from '../../viz/names';
import { sameRef, type GraphRef } from '../../viz/refs';
import { GraphBiases } from './GraphBiases';
import { GraphNode } from './GraphNode';
import type { GraphHandlers } from './types';

export interface GraphNodesProps {
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
  readonly activeLayer: number | null;
  readonly mode: GraphMode;
  /** Feature names left of the inputs, class names right of the outputs (null: none); in the
   * neurons' names always, on screen when `drawn`. */
  readonly sideLabels?: {
    readonly inputs: readonly string[] | null;
    readonly outputs: readonly string[] | null;
    readonly drawn: boolean;
  };
}

/** A light band behind the layer the cursor is on (static, so it stays under reduced motion). */
export function ActiveBand({ layout, layer }: { layout: NetworkLayout; layer: number | null }) {
  if (layer === null || layer + 1 >= layout.layers.length) return null;
  const l = layout.layers[layer + 1];
  const half = Math.max(...layout.nodes[layer + 1].map((n) => n.r)) + 16;
  return (
    <rect
      data-testid="active-band"
      aria-hidden="true"
      x={l.x - half}
      y={l.top - 14}
      width={half * 2}
      height={l.bottom - l.top + 28}
      rx={12}
      fill="#fff4d6"
      stroke="#e6c26a"
    />
  );
}

export function GraphNodes(props: GraphNodesProps) {
  const { sizes, layout, model, handlers, selection, highlight, inspected, big } = props;
  const precision = big ? formatShort : formatFull;
  const last = layout.nodes.length - 1;
  const sideName = (layer: number, j: number): string | null =>
    (layer === 0 ? props.sideLabels?.inputs : layer === last ? props.sideLabels?.outputs : null)?.[
      j
    ] ?? null;
  const spacingOf = (l: number) => {
    const col = layout.nodes[l];
    return col.length > 1 ? col[1].y - col[0].y : Infinity;
  };
  const showBias = !big;
  const biasLabels =
    !big && layout.edges.length <= 16 && layout.layers[1].x - layout.layers[0].x >= 200;

  const nodeFill = (n: NodeLayout, v: number | null): string => {
    if (v === null) return '#ffffff';
    if (n.layer === 0)
      return layout.image ? pixelColor(v, model.inputMax) : divergingColor(v, model.inputMax);
    return divergingColor(v, model.nodeMax);
  };

  return (
    <g className={props.reducedMotion ? 'bl-nodes' : 'bl-nodes bl-motion'}>
      {layout.layers.map((l) => (
        <text
          key={`t${l.layer}`}
          x={l.x}
          y={Math.max(14, layout.padding.top - 18)}
          textAnchor="middle"
          fontSize={13}
          fontWeight={600}
          fill="#333"
        >
          {layerTitle(sizes, l.layer)}
        </text>
      ))}
      {layout.image && (
        <rect
          aria-hidden="true"
          x={layout.image.x - 1}
          y={layout.image.y - 1}
          width={layout.image.cols * layout.image.cell + 2}
          height={layout.image.rows * layout.image.cell + 2}
          fill="none"
          stroke="#555"
        />
      )}
      {layout.nodes.map((col, layer) =>
        col.map((n) => {
          const ref: GraphRef = { kind: 'neuron', layer, j: n.j };
          const v = model.nodeValue(layer, n.j);
          const fill = nodeFill(n, v);
          const isPixel = layer === 0 && layout.image !== null;
          const showText = !isPixel && n.r >= 13;
          // an activation a lesson question keeps hidden shows "?" where its value would be
          const withheld =
            model.nodeQuantity === 'activation' && model.activationWithheld(layer, n.j);
          const showValue =
            showText && (v !== null || withheld) && spacingOf(layer) >= 2 * n.r + 16;
          return (
            <GraphNode
              key={`${layer}:${n.j}`}
              n={n}
              layer={layer}
              sizes={sizes}
              model={model}
              handlers={handlers}
              v={v}
              withheld={withheld}
              fill={fill}
              isPixel={isPixel}
              showText={showText}
              showValue={showValue}
              selected={sameRef(selection, ref)}
              highlighted={sameRef(highlight, ref)}
              tabbable={sameRef(props.tabStop, ref)}
              label={neuronName(sizes, model, layer, n.j, sideName(layer, n.j))}
              describedBy={sameRef(inspected, ref) ? props.tooltipId : undefined}
              precision={precision}
            />
          );
        }),
      )}
      {props.sideLabels?.drawn && (
        // outside the neurons' own groups, so a neuron's box (and its centre) stays its circle
        <g className="bl-side-labels" aria-hidden="true" pointerEvents="none">
          {[0, last].map((layer) =>
            layout.nodes[layer].map((n) => {
              const name = sideName(layer, n.j);
              if (name === null) return null;
              return (
                <text
                  key={`${layer}:${n.j}`}
                  className="bl-side-label"
                  x={layer === 0 ? n.x - n.r - 6 : n.x + n.r + 6}
                  y={n.y}
                  dy="0.35em"
                  textAnchor={layer === 0 ? 'end' : 'start'}
                  fontSize={11.5}
                  fill="#333"
                >
                  {shortLabel(name)}
                </text>
              );
            }),
          )}
        </g>
      )}
      {showBias && (
        <GraphBiases
          sizes={sizes}
          layout={layout}
          model={model}
          handlers={handlers}
          selection={selection}
          highlight={highlight}
          inspected={inspected}
          tabStop={props.tabStop}
          tooltipId={props.tooltipId}
          labels={biasLabels}
        />
      )}
      {layout.image && model.nodeValue(0, 0) === null && <ImageHint image={layout.image} />}
    </g>
  );
}

/** No sample traced yet: what the input picture's empty frame will hold. */
function ImageHint({ image }: { readonly image: NonNullable<NetworkLayout['image']> }) {
  const cx = image.x + (image.cols * image.cell) / 2;
  return (
    <text
      className="bl-image-hint"
      x={cx}
      y={image.y + (image.rows * image.cell) / 2}
      textAnchor="middle"
      fontSize={12}
      fill="#555"
      pointerEvents="none"
    >
      <tspan x={cx} dy="-0.6em">
        Step forward to
      </tspan>
      <tspan x={cx} dy="1.2em">
        trace a sample
      </tspan>
    </text>
  );
}
