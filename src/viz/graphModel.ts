// What the graph shows in each phase: node values (activation forward, δ backward), edge
// values (weight forward, its gradient backward), which layers already have values, and the
// maxima the colour and width scales use. Pure: reads the arrays, never changes them.
import { isFixedParam } from '../explain/fixed';
import type { ParamLayout } from '../engine/layout';
import { mlpLayout } from '../engine/network';
import { refParamIndex } from '../engine/ref';
import type { Ref } from '../engine/types';
import { maxAbs } from './scales';

export type GraphMode = 'forward' | 'backward' | 'update' | 'idle';

export interface GraphData {
  readonly sizes: readonly number[];
  /** W1, b1, W2, b2, … (the engine's layout). */
  readonly params: Float64Array;
  /** One per layer including the input: activations[0] = x, activations[l] = a of layer l. */
  readonly activations?: readonly Float64Array[] | null;
  /**
   * δ = ∂L/∂z, one per non-input layer (the trace's layers[l].delta). An array with one
   * entry per layer including the input is accepted too (its first entry is ignored).
   */
  readonly deltas?: readonly Float64Array[] | null;
  /** Batch gradients in the params layout. */
  readonly gradients?: Float64Array | null;
  readonly mode: GraphMode;
  /** The 0-based non-input layer the cursor is on, or null for "all". */
  readonly activeLayer?: number | null;
  /** The example keeps its biases fixed (trainBiases: false); default false. */
  readonly fixedBiases?: boolean;
  /** The parameter whose gradient an open lesson question keeps hidden (its index), if any. */
  readonly withheldGradient?: number | null;
  /** The unit whose activation an open lesson question keeps hidden, as `layer:j` (the input
   * layer is 0), if any. */
  readonly withheldUnit?: string | null;
}

export type NodeQuantity = 'input' | 'activation' | 'delta';
export type EdgeQuantity = 'weight' | 'gradient';

export interface GraphModel {
  /** The parameter layout of the drawn net (W1, b1, W2, b2, … for a dense net). */
  readonly layout: ParamLayout;
  /** Flat index of the parameter a reference names, asked of the layout; null for a unit. */
  paramIndex(ref: Ref): number | null;
  /** What node fill and labels show in this phase. */
  readonly nodeQuantity: 'activation' | 'delta';
  readonly edgeQuantity: EdgeQuantity;
  /** Value a node shows now (layer counts input as 0), or null when not yet computed. */
  nodeValue(layer: number, j: number): number | null;
  /** Activation and δ of a node (for tooltips), null when absent or not yet computed. */
  activation(layer: number, j: number): number | null;
  delta(layer: number, j: number): number | null;
  /** Value an edge or bias shows now: its weight, or its gradient in the backward phase. */
  paramShown(index: number): number;
  weight(index: number): number;
  gradient(index: number): number | null;
  /** Its gradient is kept hidden until the lesson's question is answered. */
  gradientWithheld(index: number): boolean;
  /** The node's activation is kept hidden until the lesson's question is answered. */
  activationWithheld(layer: number, j: number): boolean;
  /** Is the parameter fixed in this example (not trained)? */
  fixed(index: number): boolean;
  /** Largest |value| of what the nodes show (per quantity) and of what the edges show. */
  readonly nodeMax: number;
  readonly edgeMax: number;
  /** Largest |x| of the inputs (input pixels and circles use their own scale). */
  readonly inputMax: number;
}

function deltaAt(data: GraphData, layer: number, j: number): number | null {
  const d = data.deltas;
  if (!d || layer < 1) return null;
  const arr = d.length === data.sizes.length ? d[layer] : d[layer - 1];
  return arr && j < arr.length ? arr[j] : null;
}

function activationAt(data: GraphData, layer: number, j: number): number | null {
  const arr = data.activations?.[layer];
  return arr && j < arr.length ? arr[j] : null;
}

/** Which neuron layers (input = 0) have values yet in this phase. */
export function layerHasValue(data: GraphData, layer: number): boolean {
  const active = data.activeLayer ?? null;
  if (layer === 0) return true;
  if (active === null) return true;
  if (data.mode === 'forward') return layer <= active + 1;
  if (data.mode === 'backward') return layer >= active + 1;
  return true;
}

export function buildGraphModel(data: GraphData): GraphModel {
  const layout = mlpLayout(data.sizes);
  const backward = data.mode === 'backward';
  const grads = data.gradients ?? null;
  const hidden = (index: number): boolean => (data.withheldGradient ?? null) === index;
  const unitHidden = (layer: number, j: number): boolean =>
    (data.withheldUnit ?? null) === `${layer}:${j}`;
  // a withheld activation reads as none: no value, no fill, no part in the colour scale
  const activationOf = (layer: number, j: number): number | null =>
    unitHidden(layer, j) ? null : activationAt(data, layer, j);
  // Forward: a only up to the cursor. Backward (and the rest): every a.
  const activationShown = (layer: number): boolean =>
    data.mode !== 'forward' || layerHasValue(data, layer);
  const edgeQuantity: EdgeQuantity = backward && grads ? 'gradient' : 'weight';
  const nodeQuantity = backward && data.deltas ? 'delta' : 'activation';

  const nodeValue = (layer: number, j: number): number | null => {
    if (!layerHasValue(data, layer)) return null;
    if (layer === 0) return activationOf(0, j);
    return nodeQuantity === 'delta' ? deltaAt(data, layer, j) : activationOf(layer, j);
  };
  // Weights only (not biases) set the edge scale; biases share it.
  let edgeMax = 0;
  const source = edgeQuantity === 'gradient' && grads ? grads : data.params;
  for (const b of layout.blocks) {
    if (b.role === 'weight')
      edgeMax = Math.max(edgeMax, maxAbs(source, b.offset, b.offset + b.size));
  }
  let nodeMax = 0;
  for (let l = 1; l < data.sizes.length; l += 1) {
    for (let j = 0; j < data.sizes[l]; j += 1) {
      const v = nodeValue(l, j);
      if (v !== null && Number.isFinite(v)) nodeMax = Math.max(nodeMax, Math.abs(v));
    }
  }
  return {
    layout,
    paramIndex: (ref) => refParamIndex(layout, ref),
    nodeQuantity,
    edgeQuantity,
    nodeValue,
    // Forward: a only up to the cursor, no δ yet. Backward: every a, δ from the cursor on.
    activation: (layer, j) => (activationShown(layer) ? activationOf(layer, j) : null),
    delta: (layer, j) =>
      data.mode === 'forward' || (data.mode === 'backward' && !layerHasValue(data, layer))
        ? null
        : deltaAt(data, layer, j),
    // a withheld gradient draws as none, so the edge does not show its size either
    paramShown: (index) =>
      edgeQuantity === 'gradient' && grads
        ? hidden(index)
          ? 0
          : grads[index]
        : data.params[index],
    weight: (index) => data.params[index],
    gradient: (index) => (grads && index < grads.length && !hidden(index) ? grads[index] : null),
    gradientWithheld: (index) => grads !== null && hidden(index),
    // withheld only where it would be shown: not before the forward pass reaches it
    activationWithheld: (layer, j) =>
      unitHidden(layer, j) && activationShown(layer) && activationAt(data, layer, j) !== null,
    fixed: (index) => isFixedParam(data.sizes, !(data.fixedBiases ?? false), index),
    nodeMax,
    edgeMax,
    inputMax: data.activations?.[0] ? maxAbs(data.activations[0]) : 0,
  };
}

/** Which weight layer pulses, and which way: values go right (forward), errors left (backward). */
export interface PulsePlan {
  /** 0-based weight layer whose edges carry the pulse, or null for none. */
  readonly edgeLayer: number | null;
  readonly direction: 'right' | 'left';
  /** Backward at the output layer: the error comes from the loss into the output nodes. */
  readonly fromLoss: boolean;
}

/**
 * Forward at layer l: along W_l into layer l. Backward at layer l: δ of layer l+1 travels
 * back along W_{l+1} into layer l; at the output layer the error enters from the loss.
 */
export function pulsePlan(
  sizes: readonly number[],
  mode: GraphMode,
  activeLayer: number | null | undefined,
): PulsePlan {
  const L = sizes.length - 1;
  if (activeLayer == null || activeLayer < 0 || activeLayer >= L)
    return { edgeLayer: null, direction: 'right', fromLoss: false };
  if (mode === 'forward') return { edgeLayer: activeLayer, direction: 'right', fromLoss: false };
  if (mode === 'backward') {
    return activeLayer === L - 1
      ? { edgeLayer: null, direction: 'left', fromLoss: true }
      : { edgeLayer: activeLayer + 1, direction: 'left', fromLoss: false };
  }
  return { edgeLayer: null, direction: 'right', fromLoss: false };
}
