// The network graph: layers of nodes, edges coloured by sign (dashed when negative) and sized
// by magnitude, node fill by activation or δ, an animated pulse into the active layer, and a
// tooltip with exact values. Driven by props only: it never reads the store.
import { memo, useCallback, useId, useMemo, useState } from 'react';
import { Tooltip } from '../common/Tooltip';
import { useElementSize } from '../common/useElementSize';
import { buildGraphModel } from '../../viz/graphModel';
import { layoutNetwork, type NetworkLayout } from '../../viz/layoutNetwork';
import { neuronLabel, sideLabelRoom, sideNames } from '../../viz/names';
import { refExists, refKey, type GraphRef } from '../../viz/refs';
import { neuronLines, paramLines, type TextLine } from '../../viz/graphText';
import { EdgeCanvas } from './EdgeCanvas';
import { GraphEdges } from './GraphEdges';
import { ActiveBand, GraphNodes } from './GraphNodes';
import { GraphPulses } from './GraphPulses';
import { GRAPH_CSS } from './graphStyles';
import { useStyleSheet } from '../common/useStyleSheet';
import type { GraphHandlers, NetworkGraphProps } from './types';
import { useGraphFocus } from './useGraphFocus';

// Re-rendered only when their own inputs change (e.g. not when a badge beside a node does).
const Edges = memo(GraphEdges);
const Nodes = memo(GraphNodes);

/** Above this many edges, edges go to a canvas and keyboard focus moves between nodes only. */
export const CANVAS_EDGE_THRESHOLD = 300;

/** Tall enough for the largest column (an input image counts as one compact column). */
function autoHeight(sizes: readonly number[], big: boolean, image: boolean): number {
  const most = Math.max(...(image ? sizes.slice(1) : sizes));
  if (big) return Math.round(Math.max(360, Math.min(720, most * 18 + 80)));
  return Math.round(Math.max(260, Math.min(520, most * 110 + 90)));
}

function anchorOf(layout: NetworkLayout, ref: GraphRef): { x: number; y: number } {
  switch (ref.kind) {
    case 'neuron': {
      const n = layout.nodes[ref.layer][ref.j];
      return { x: n.x + n.r, y: n.y };
    }
    case 'bias': {
      const b = layout.biases.find((x) => x.layer === ref.layer && x.j === ref.j);
      return b ? { x: b.x + 6, y: b.y } : { x: 0, y: 0 };
    }
    case 'weight': {
      const e = layout.edges.find((x) => x.layer === ref.layer && x.j === ref.j && x.i === ref.i);
      return e ? { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 } : { x: 0, y: 0 };
    }
  }
}

export function NetworkGraph(props: NetworkGraphProps) {
  useStyleSheet(GRAPH_CSS);
  const { sizes, params, mode, onSelect } = props;
  // While values stream in, transitions and pulses would restart every frame: the graph
  // then changes instantly, as with reduced motion (and stays cheap to draw).
  const reducedMotion = props.reducedMotion || props.live === true;
  const [box, measured] = useElementSize<HTMLDivElement>(
    { width: props.width ?? 640, height: 0 },
    props.width === undefined,
  );
  const width = props.width ?? measured.width;
  const edgeCount = useMemo(() => sizes.slice(1).reduce((n, s, l) => n + s * sizes[l], 0), [sizes]);
  const big = edgeCount > CANVAS_EDGE_THRESHOLD;
  const imageRows = props.inputImage?.rows ?? 0;
  const imageCols = props.inputImage?.cols ?? 0;
  const height = props.height ?? autoHeight(sizes, big, imageRows > 0);
  // Keyed by the image's shape, not its object: a parent may pass a fresh literal each render.
  // feature and class names beside the outer layers, when they say more than x1 or y1
  const inputNames = imageRows > 0 ? null : sideNames(props.inputNames, sizes[0]);
  const outputNames = sideNames(props.outputNames, sizes[sizes.length - 1]);
  const side = width < 480 ? 34 : 44;
  // written only where they leave each layer gap 110 px (a phone keeps them in the names)
  const drawSide =
    width - 2 * side - sideLabelRoom(inputNames) - sideLabelRoom(outputNames) >=
    110 * (sizes.length - 1);
  const roomLeft = drawSide ? sideLabelRoom(inputNames) : 0;
  const roomRight = drawSide ? sideLabelRoom(outputNames) : 0;
  const layout = useMemo(() => {
    return layoutNetwork(sizes, width, height, {
      inputImage: imageRows > 0 ? { rows: imageRows, cols: imageCols } : null,
      padding: { left: side + roomLeft, right: side + roomRight },
      maxGap: big ? 520 : 340,
    });
  }, [sizes, width, height, imageRows, imageCols, big, side, roomLeft, roomRight]);
  const sideLabels = useMemo(
    () => ({ inputs: inputNames, outputs: outputNames, drawn: drawSide }),
    [inputNames, outputNames, drawSide],
  );
  const model = useMemo(
    () =>
      buildGraphModel({
        sizes,
        params,
        activations: props.activations ?? null,
        deltas: props.deltas ?? null,
        gradients: props.gradients ?? null,
        mode,
        activeLayer: props.activeLayer ?? null,
        fixedBiases: props.fixedBiases ?? false,
        withheldGradient: props.withheldGradient ?? null,
        withheldUnit: props.withheldUnit ?? null,
      }),
    [
      sizes,
      params,
      props.activations,
      props.deltas,
      props.gradients,
      mode,
      props.activeLayer,
      props.fixedBiases,
      props.withheldGradient,
      props.withheldUnit,
    ],
  );
  const [inspectedState, setInspected] = useState<GraphRef | null>(null);
  // A ref from before an architecture change may point past the new net.
  const inspected = inspectedState && refExists(sizes, inspectedState) ? inspectedState : null;
  const tooltipId = useId();
  const activate = useCallback((ref: GraphRef) => onSelect?.(ref), [onSelect]);
  // one tab stop for the whole graph; arrows and I/O/B move inside it (viz/graphKeys)
  const keyContext = useMemo(
    () => ({ sizes, imageCols: imageRows > 0 ? imageCols : null, params: !big }),
    [sizes, imageRows, imageCols, big],
  );
  const { tabStop, focus, keyDown } = useGraphFocus(keyContext, activate);
  const handlers: GraphHandlers = useMemo(
    () => ({ activate, inspect: (ref) => setInspected(ref), focus, keyDown }),
    [activate, focus, keyDown],
  );
  const tooltip = useMemo(() => {
    if (!inspected) return null;
    let title: string;
    let lines: TextLine[];
    if (inspected.kind === 'neuron') {
      title = neuronLabel(sizes, inspected.layer, inspected.j);
      lines = neuronLines(model, inspected.layer, inspected.j);
    } else {
      const index = model.paramIndex(inspected);
      if (index === null) return null;
      const to = neuronLabel(sizes, inspected.layer + 1, inspected.j);
      if (inspected.kind === 'weight') {
        title = `w: ${neuronLabel(sizes, inspected.layer, inspected.i)} → ${to}`;
        lines = paramLines(model, index, 'w');
      } else {
        title = `b of ${to}`;
        lines = paramLines(model, index, 'b');
      }
    }
    return { title, lines, at: anchorOf(layout, inspected) };
  }, [inspected, layout, model, sizes]);
  const onLeave = useCallback(() => setInspected(null), []);

  const label = props['aria-label'] ?? 'Network graph';
  const common = {
    sizes,
    layout,
    model,
    handlers,
    selection: props.selection && refExists(sizes, props.selection) ? props.selection : null,
    highlight: props.highlight && refExists(sizes, props.highlight) ? props.highlight : null,
    inspected,
    tabStop,
    tooltipId,
    reducedMotion,
  };
  return (
    <div
      ref={box}
      role="region"
      aria-label={label}
      className="network-graph"
      data-mode={mode}
      style={{ position: 'relative', width: props.width ?? '100%', height }}
      onMouseLeave={onLeave}
    >
      {big && <EdgeCanvas layout={layout} model={model} live={props.live ?? false} />}
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        style={{ position: 'absolute', left: 0, top: 0, overflow: 'visible' }}
        aria-label={`${label}: layers ${sizes.join('-')}, ${mode === 'backward' ? 'backward pass' : mode === 'forward' ? 'forward pass' : mode}`}
        role="group"
      >
        <ActiveBand layout={layout} layer={props.activeLayer ?? null} />
        <Edges {...common} big={big} />
        {!reducedMotion && (
          <GraphPulses
            key={`${mode}:${props.activeLayer ?? ''}:${sizes.join('-')}`}
            sizes={sizes}
            layout={layout}
            mode={mode}
            activeLayer={props.activeLayer ?? null}
            big={big}
          />
        )}
        <Nodes
          {...common}
          big={big}
          activeLayer={props.activeLayer ?? null}
          mode={mode}
          sideLabels={sideLabels}
        />
      </svg>
      {props.nodeBadge && (
        <div className="bl-badges" style={{ position: 'absolute', left: 0, top: 0 }}>
          {layout.nodes.map((column, l) =>
            column.map((node, j) => {
              const badge = props.nodeBadge!(l, j);
              if (!badge) return null;
              return (
                <div
                  key={`${l}:${j}`}
                  style={{
                    position: 'absolute',
                    left: node.x + node.r * 0.6,
                    top: node.y + node.r * 0.1,
                  }}
                >
                  {badge}
                </div>
              );
            }),
          )}
        </div>
      )}
      {tooltip && (
        <Tooltip
          key={refKey(inspected ?? { kind: 'neuron', layer: 0, j: 0 })}
          id={tooltipId}
          title={tooltip.title}
          rows={tooltip.lines}
          x={tooltip.at.x}
          y={tooltip.at.y}
          bounds={{ width, height }}
        />
      )}
    </div>
  );
}
