// View-models of the data panel: which view a run gets, its points, the grid and curve it asks
// the worker for, and the classification outcome (accuracy, confusion, misclassified samples)
// from the worker's outputs. Pure: no DOM, no store.
import { classRuleFor, confusion, type ClassRule, type Confusion } from '../engine/confusion';
import type { ActivationName, Ref } from '../engine/types';
import { planeExtent, type PlaneExtent } from './plane';
import type { PlanePoint } from './planeText';

export { MAPS_ON_GRAPH_MAX_UNITS, mapsOnGraph, subsampleGrid } from './graphMaps';

/** A loaded data set and its split, as the worker sends it (DataSnapshot has this shape). */
export interface DataSnapshot {
  readonly nIn: number;
  readonly nOut: number;
  readonly inputs: Float64Array;
  readonly targets: Float64Array;
  readonly train: Uint32Array;
  readonly test: Uint32Array;
}

export type DataViewKind = 'plane' | 'surface' | 'curve' | 'classes' | 'none';

export interface RunShape {
  readonly sizes: readonly number[];
  readonly activations: readonly ActivationName[];
  readonly task: 'classification' | 'regression';
}

/** The view a run gets: a 2-D plane (classes or a regression surface), a 1-D curve, or classes. */
export function dataViewKind(run: RunShape): DataViewKind {
  const nIn = run.sizes[0];
  if (run.task === 'regression') {
    if (nIn === 1 && run.sizes[run.sizes.length - 1] === 1) return 'curve';
    return nIn === 2 ? 'surface' : 'none';
  }
  return nIn === 2 ? 'plane' : 'classes';
}

export const outputActivation = (run: RunShape): ActivationName =>
  run.activations[run.activations.length - 1];

export const classRuleOf = (run: RunShape): ClassRule =>
  classRuleFor(run.sizes[run.sizes.length - 1], outputActivation(run));

/** The class of sample r's target under a rule (one-hot argmax, or a threshold at 0.5). */
function targetClass(data: DataSnapshot, r: number, rule: ClassRule): number {
  const { nOut, targets } = data;
  if (rule.kind === 'threshold') return targets[r * nOut] >= rule.target ? 1 : 0;
  let best = 0;
  for (let k = 1; k < nOut; k += 1) if (targets[r * nOut + k] > targets[r * nOut + best]) best = k;
  return best;
}

/** Points of one split on the plane: class labels, or the target value for regression. */
export function planePoints(
  data: DataSnapshot,
  rows: ArrayLike<number>,
  rule: ClassRule | null,
): PlanePoint[] {
  return Array.from(rows, (r) => ({
    x: data.inputs[r * data.nIn],
    y: data.inputs[r * data.nIn + 1],
    label: rule ? targetClass(data, r, rule) : data.targets[r * data.nOut],
  }));
}

/** The square plane around every sample, train and test. */
export function dataExtent(data: DataSnapshot): PlaneExtent {
  const all = Array.from({ length: data.inputs.length / data.nIn }, (_, r) => r);
  return planeExtent(planePoints(data, all, null));
}

/** The range of the targets (regression colour scale), widened when they are all equal. */
export function targetRange(data: DataSnapshot): readonly [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const t of data.targets) {
    if (!Number.isFinite(t)) continue;
    lo = Math.min(lo, t);
    hi = Math.max(hi, t);
  }
  if (!(lo <= hi)) return [0, 1];
  return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

/** The range of a single output's values for the boundary heatmap. */
export function outputDomain(run: RunShape, data: DataSnapshot): readonly [number, number] {
  if (run.task === 'regression') return targetRange(data);
  return outputActivation(run) === 'tanh' ? [-1, 1] : [0, 1];
}

/** `count` evenly spaced inputs across the 1-D data range (plus a 5% margin each side). */
export function curveInputs(data: DataSnapshot, count = 200): Float64Array {
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of data.inputs) {
    lo = Math.min(lo, x);
    hi = Math.max(hi, x);
  }
  if (!(lo <= hi)) return new Float64Array(0);
  const pad = (hi - lo || 1) * 0.05;
  const a = lo - pad;
  const b = hi + pad;
  return Float64Array.from({ length: count }, (_, k) => a + ((b - a) * k) / (count - 1));
}

/** 1-D points (x, target) of one split. */
export function curvePoints(
  data: DataSnapshot,
  rows: ArrayLike<number>,
): { readonly x: number; readonly y: number }[] {
  return Array.from(rows, (r) => ({
    x: data.inputs[r * data.nIn],
    y: data.targets[r * data.nOut],
  }));
}

export interface ClassOutcome {
  readonly train: Confusion;
  readonly test: Confusion | null;
}

/** Accuracy and confusion of each split from outputs for every sample. */
export function classOutcome(
  run: RunShape,
  data: DataSnapshot,
  outputs: Float64Array,
): ClassOutcome {
  const rule = classRuleOf(run);
  return {
    train: confusion(outputs, data.targets, data.nOut, rule, data.train),
    test:
      data.test.length > 0 ? confusion(outputs, data.targets, data.nOut, rule, data.test) : null,
  };
}

/** Class names: the data's own, or "class 0", "class 1", … */
export function classNamesOf(names: readonly string[] | null, run: RunShape): readonly string[] {
  if (names && names.length > 0) return names;
  const nOut = run.sizes[run.sizes.length - 1];
  const k = nOut > 1 ? nOut : 2;
  return Array.from({ length: k }, (_, c) => `class ${c}`);
}

/** The class of a sample's target (for labelling a selected sample). */
export const sampleClass = (data: DataSnapshot, r: number, run: RunShape): number =>
  targetClass(data, r, classRuleOf(run));

/** The data as inline rows, with one point added (a class's typical target row) or removed. */
export function inlineData(
  data: DataSnapshot,
  change: { readonly add?: { x: number; y: number; label: number }; readonly remove?: number },
): { kind: 'inline'; inputs: number[][]; targets: number[][] } {
  const n = data.inputs.length / data.nIn;
  const row = (a: Float64Array, r: number, w: number) => Array.from(a.subarray(r * w, r * w + w));
  const inputs: number[][] = [];
  const targets: number[][] = [];
  for (let r = 0; r < n; r += 1) {
    if (r === change.remove) continue;
    inputs.push(row(data.inputs, r, data.nIn));
    targets.push(row(data.targets, r, data.nOut));
  }
  if (change.add) {
    inputs.push([change.add.x, change.add.y]);
    targets.push(targetRowFor(data, change.add.label));
  }
  return { kind: 'inline', inputs, targets };
}

/** A target row for a class: one-hot for several outputs; the data's own low/high value for one. */
function targetRowFor(data: DataSnapshot, label: number): number[] {
  if (data.nOut > 1) return Array.from({ length: data.nOut }, (_, k) => (k === label ? 1 : 0));
  let lo = Infinity;
  let hi = -Infinity;
  for (const t of data.targets) {
    lo = Math.min(lo, t);
    hi = Math.max(hi, t);
  }
  if (!(lo < hi)) [lo, hi] = [0, 1];
  return [label === 1 ? hi : lo];
}

/**
 * The hidden neuron a selection is about: the neuron itself, or the neuron a weight or bias
 * feeds. `layer` counts the input layer as 0; null for inputs, outputs and no selection.
 */
export function hiddenNeuronOf(
  sizes: readonly number[],
  selection: Ref | null,
): { readonly layer: number; readonly j: number } | null {
  if (!selection || selection.kind === 'entry') return null;
  const layer = selection.kind === 'neuron' ? selection.layer : selection.layer + 1;
  if (layer < 1 || layer >= sizes.length - 1) return null;
  if (!Number.isInteger(selection.j) || selection.j < 0 || selection.j >= sizes[layer]) return null;
  return { layer, j: selection.j };
}
