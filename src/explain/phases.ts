// The phases of one traced update, derived once for every view (status line, graph, store
// cursor): per sample, forward, the loss, backward; then accumulate and update. Pure.
import type { CnnLayerSpec } from '../engine/conv/types';
import type { GatedStepTrace } from '../engine/recurrent/gatedTypes';
import type { FixedPointStepTrace } from '../engine/fixedpoint/types';
import type { RnnStepTrace } from '../engine/recurrent/types';
import type { AnyTrace, StepTrace } from '../engine/types';

export type Step = 'initialize' | 'forward' | 'loss' | 'backward' | 'update';

/**
 * One phase of a traced update. `layer` is the 0-based non-input layer, as in the engine's
 * trace; `t` is the 0-based time step for families with time (forward t = 1…T, the losses,
 * backward t = T…1), the 0-based relaxation iteration for a fixed-point net (forward and
 * adjoint both counting up) and absent for an MLP (a sequence of length 1).
 */
export type Phase =
  | {
      readonly kind: 'forward';
      readonly sample: number;
      readonly layer: number;
      readonly t?: number;
    }
  | { readonly kind: 'loss'; readonly sample: number; readonly t?: number }
  | {
      readonly kind: 'backward';
      readonly sample: number;
      readonly layer: number;
      readonly t?: number;
    }
  | { readonly kind: 'accumulate' }
  | { readonly kind: 'update' };

/** The phases of a trace of any family, in stepping order. */
export function phasesOf(trace: AnyTrace): Phase[] {
  switch (trace.kind) {
    case 'mlp':
      return mlpPhases(trace);
    case 'rnn':
    case 'lstm':
    case 'gru':
      return rnnPhases(trace);
    case 'cnn':
      // one phase per layer (conv, pooling, batch norm, flatten, dense), as for an MLP
      return mlpPhases({ sizes: [0, ...trace.spec.layers.map(() => 0)], samples: trace.samples });
    case 'fixed-point':
      return fixedPointPhases(trace);
  }
}

/**
 * Per sample: the forward relaxation iteration by iteration (the iterates the trace kept), the
 * loss at x*, the adjoint relaxation iteration by iteration; then the outer-product gradients
 * are accumulated and applied.
 */
function fixedPointPhases(trace: FixedPointStepTrace): Phase[] {
  const out: Phase[] = [];
  trace.samples.forEach((s, sample) => {
    const K = Math.max(1, s.forward.length);
    for (let t = 0; t < K; t += 1) out.push({ kind: 'forward', sample, layer: 0, t });
    out.push({ kind: 'loss', sample });
    const A = Math.max(1, s.adjoint.length);
    for (let t = 0; t < A; t += 1) out.push({ kind: 'backward', sample, layer: 0, t });
  });
  out.push({ kind: 'accumulate' }, { kind: 'update' });
  return out;
}

/**
 * Per sequence: forward t = 1…T, the loss of each scored step, backward t = T…1 (layer 0 is
 * the recurrent layer; the readout is part of each step). LSTM and GRU step the same way.
 */
function rnnPhases(trace: Pick<RnnStepTrace | GatedStepTrace, 'samples'>): Phase[] {
  const out: Phase[] = [];
  trace.samples.forEach((s, sample) => {
    const T = s.steps.length;
    for (let t = 0; t < T; t += 1) out.push({ kind: 'forward', sample, layer: 0, t });
    s.steps.forEach((step, t) => {
      if (step.loss !== null) out.push({ kind: 'loss', sample, t });
    });
    for (let t = T - 1; t >= 0; t -= 1) out.push({ kind: 'backward', sample, layer: 0, t });
  });
  out.push({ kind: 'accumulate' }, { kind: 'update' });
  return out;
}

/** Per sample: forward layer by layer, the loss, backward layer by layer. */
function mlpPhases(trace: {
  readonly sizes: StepTrace['sizes'];
  readonly samples: readonly unknown[];
}): Phase[] {
  const L = trace.sizes.length - 1;
  const out: Phase[] = [];
  trace.samples.forEach((_, sample) => {
    for (let layer = 0; layer < L; layer += 1) out.push({ kind: 'forward', sample, layer });
    out.push({ kind: 'loss', sample });
    for (let layer = L - 1; layer >= 0; layer -= 1) out.push({ kind: 'backward', sample, layer });
  });
  out.push({ kind: 'accumulate' }, { kind: 'update' });
  return out;
}

export function stepOf(phase: Phase | null): Step {
  if (!phase) return 'initialize';
  switch (phase.kind) {
    case 'forward':
    case 'loss':
    case 'backward':
      return phase.kind;
    case 'accumulate':
    case 'update':
      return 'update';
  }
}

function layerName(layer: number, sizes: readonly number[]): string {
  const L = sizes.length - 1;
  if (layer === L - 1) return 'output layer';
  return L === 2 ? 'hidden layer' : `hidden layer ${layer + 1}`;
}

const CNN_LAYER_NAMES: Readonly<Record<CnnLayerSpec['type'], string>> = {
  conv2d: 'convolution',
  maxpool: 'max pooling',
  avgpool: 'average pooling',
  batchnorm: 'batch norm',
  flatten: 'flatten',
  dense: 'dense',
};

/** "layer 2 (max pooling)": a CNN's layers are told apart by what they do. */
export function cnnLayerName(layer: number, layers: readonly CnnLayerSpec[]): string {
  const spec = layers[layer];
  return spec ? `layer ${layer + 1} (${CNN_LAYER_NAMES[spec.type]})` : `layer ${layer + 1}`;
}

/** "Backward pass, sample 1: output layer" */
export function describePhase(phase: Phase | null, trace: AnyTrace | null): string {
  if (!phase || !trace) return 'Initialize: the network has its starting weights';
  const of = trace.samples.length;
  const sample = (s: number): string => (of > 1 ? `sample ${s + 1} of ${of}` : 'sample 1');
  if (trace.kind === 'fixed-point') return describeFixedPoint(phase, trace);
  if (
    trace.kind !== 'mlp' &&
    trace.kind !== 'cnn' &&
    phase.kind !== 'accumulate' &&
    phase.kind !== 'update'
  ) {
    const T = trace.samples[phase.sample]?.steps.length ?? 0;
    const step = `step ${(phase.t ?? 0) + 1} of ${T}`;
    const who = of > 1 ? `, ${sample(phase.sample)}` : '';
    if (phase.kind === 'forward') return `Forward through time, ${step}${who}`;
    if (phase.kind === 'loss') return `Loss at ${step}${who}`;
    return `Backward through time, ${step}${who}`;
  }
  const sizes = trace.kind === 'mlp' ? trace.sizes : [0, 0];
  const name = (layer: number): string =>
    trace.kind === 'cnn' ? cnnLayerName(layer, trace.spec.layers) : layerName(layer, sizes);
  switch (phase.kind) {
    case 'forward':
      return `Forward pass, ${sample(phase.sample)}: ${name(phase.layer)}`;
    case 'loss':
      return `Loss, ${sample(phase.sample)}`;
    case 'backward':
      return `Backward pass, ${sample(phase.sample)}: ${name(phase.layer)}`;
    case 'accumulate':
      return of > 1
        ? `Accumulate the batch gradient (mean of ${of} samples)`
        : 'Accumulate the batch gradient';
    case 'update':
      return `Update the parameters (update ${trace.update})`;
  }
}

/** "Forward relaxation, iteration 3 of 17, sample 2 of 4" and the like. */
function describeFixedPoint(phase: Phase, trace: FixedPointStepTrace): string {
  const of = trace.samples.length;
  if (phase.kind === 'accumulate')
    return of > 1
      ? `Accumulate the outer-product gradients δ·x*ᵀ (mean of ${of} samples)`
      : 'Accumulate the outer-product gradients δ·x*ᵀ';
  if (phase.kind === 'update') return `Update the parameters (update ${trace.update})`;
  const s = trace.samples[phase.sample];
  const who = of > 1 ? `, sample ${phase.sample + 1} of ${of}` : '';
  if (phase.kind === 'loss') return `Loss at the fixed point x*${who}`;
  const k = (phase.t ?? 0) + 1;
  if (phase.kind === 'forward')
    return `Forward relaxation to x*, iteration ${k} of ${s?.iterations ?? 0}${who}`;
  return `Adjoint relaxation to v*, iteration ${k} of ${s?.adjointIterations ?? 0}${who}`;
}

/** Index of the first phase of the next (or previous) sample; null past either end. */
export function sampleBoundary(
  phases: readonly Phase[],
  cursor: number,
  direction: 1 | -1,
): number | null {
  const sampleAt = (k: number): number => {
    const p = phases[k];
    return 'sample' in p ? p.sample : Infinity;
  };
  const current = sampleAt(cursor);
  if (direction === 1) {
    for (let k = cursor + 1; k < phases.length; k += 1) if (sampleAt(k) !== current) return k;
    return null;
  }
  // back: to the start of this sample, or of the previous one when already at its start
  let start = cursor;
  while (start > 0 && sampleAt(start - 1) === current) start -= 1;
  if (start < cursor) return start;
  if (start === 0) return null;
  const previous = sampleAt(start - 1);
  let k = start - 1;
  while (k > 0 && sampleAt(k - 1) === previous) k -= 1;
  return k;
}
