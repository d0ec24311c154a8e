// Sequence data sets for recurrent nets: inline sequences, the generated sine-next and memory
// tasks (seeded, from the 'data' stream), and the yearly sunspot numbers, windowed and scaled.
import { detSin } from '../engine/detMath';
import { createRng } from '../engine/random';
import type { SequenceDataset } from '../engine/recurrent/types';
import type { SequenceDataSpec } from '../scenario/recurrentSchema';
import { DataError, type ReadText } from './types';

type Readout = SequenceDataset['readout'];

export interface LoadedSequences {
  readonly sequences: SequenceDataset;
  readonly featureNames: readonly string[];
  readonly classNames: readonly string[] | null;
  readonly label: string;
  /**
   * seeded: a seeded random test split, as for MLPs · time: the test set is the last
   * sequences in order, never shuffled in, and the `gap` sequences before it are dropped so
   * that no training target falls in the test years.
   */
  readonly split: { readonly kind: 'seeded' } | { readonly kind: 'time'; readonly gap: number };
}

/** Sequences as nested rows → flat; `targets[s]` a row per step or one row per sequence. */
function pack(
  inputs: readonly (readonly (readonly number[])[])[],
  targets: readonly (readonly (readonly number[])[])[],
  nIn: number,
  nOut: number,
  readout: Readout,
  task: SequenceDataset['task'],
): SequenceDataset {
  const n = inputs.length;
  const starts = new Uint32Array(n);
  const lengths = new Uint32Array(n);
  let total = 0;
  inputs.forEach((seq, s) => {
    starts[s] = total;
    lengths[s] = seq.length;
    total += seq.length;
  });
  const flatIn = new Float64Array(total * nIn);
  const flatOut = new Float64Array((readout === 'every-step' ? total : n) * nOut);
  inputs.forEach((seq, s) => seq.forEach((row, t) => flatIn.set(row, (starts[s] + t) * nIn)));
  targets.forEach((rows, s) =>
    rows.forEach((row, t) =>
      flatOut.set(row, (readout === 'every-step' ? starts[s] + t : s) * nOut),
    ),
  );
  return { n, nIn, nOut, readout, starts, lengths, inputs: flatIn, targets: flatOut, task };
}

/** A class index → its one-hot row (one 0/1 output for O = 1); a row stays as it is. */
function row(t: number | readonly number[], nOut: number): number[] {
  if (typeof t !== 'number') return [...t];
  if (nOut === 1) return [t];
  return Array.from({ length: nOut }, (_, k) => (k === t ? 1 : 0));
}

/** Inline sequences (already checked against the net by the scenario checks). */
export function inlineSequences(
  spec: Extract<SequenceDataSpec, { kind: 'sequences' }>,
  nOut: number,
  readout: Readout,
): LoadedSequences {
  const nIn = spec.inputs[0]?.[0]?.length ?? 0;
  let classIndices = false;
  const targets = spec.targets.map((t, s) => {
    if (readout === 'last-step') {
      if (Array.isArray(t) && t.some((e) => typeof e !== 'number'))
        throw new DataError(`data.targets[${s}]`, 'must be one row (last-step readout)');
      classIndices ||= typeof t === 'number';
      return [row(t as number | number[], nOut)];
    }
    if (typeof t === 'number')
      throw new DataError(`data.targets[${s}]`, 'must be a list of rows (every-step readout)');
    return t.map((r) => {
      classIndices ||= typeof r === 'number';
      return row(r, nOut);
    });
  });
  const isZeroOne = (v: number): boolean => v === 0 || v === 1;
  const oneHot = (r: readonly number[]): boolean =>
    r.every(isZeroOne) && (nOut === 1 || r.filter((v) => v === 1).length === 1);
  const classification = classIndices || targets.every((rows) => rows.every(oneHot));
  const n = spec.inputs.length;
  return {
    sequences: pack(
      spec.inputs,
      targets,
      nIn,
      nOut,
      readout,
      classification ? 'classification' : 'regression',
    ),
    featureNames: Array.from({ length: nIn }, (_, k) => `x${k + 1}`),
    classNames: null,
    label: `${n} sequence${n === 1 ? '' : 's'}`,
    split: { kind: 'seeded' },
  };
}

/** Radians per step of sine-next: a period of about 21 steps. */
const SINE_STEP = 0.3;

/**
 * sine-next: sequence s is sₖ = sin(0.3·k + φ) + noise·N(0, 1), k = 0 … length, with a seeded
 * phase φ; the input at step t is sₜ₋₁ and the target the next value sₜ (every step, or only
 * after the last).
 */
export function sineNext(
  samples: number,
  length: number,
  noise: number,
  seed: number,
  readout: Readout,
): LoadedSequences {
  const rng = createRng(seed, 'data');
  const inputs: number[][][] = [];
  const targets: number[][][] = [];
  for (let s = 0; s < samples; s += 1) {
    const phase = 2 * Math.PI * rng.next();
    const series = Array.from(
      { length: length + 1 },
      (_, k) => detSin(SINE_STEP * k + phase) + noise * rng.normal(),
    );
    inputs.push(series.slice(0, length).map((v) => [v]));
    targets.push(readout === 'every-step' ? series.slice(1).map((v) => [v]) : [[series[length]]]);
  }
  return {
    sequences: pack(inputs, targets, 1, 1, readout, 'regression'),
    featureNames: ['x'],
    classNames: null,
    label: `Noisy sine, next value (${samples} sequences of ${length} steps)`,
    split: { kind: 'seeded' },
  };
}

/**
 * memory: step 1 carries a seeded bit as ±1, the `delay` steps after it carry only noise
 * (uniform in ±noise); the target after the last step is the bit (0 or 1). Gradients must
 * travel `delay` steps back to learn it: the vanishing-gradient demonstration.
 */
export function memoryTask(
  samples: number,
  delay: number,
  noise: number,
  seed: number,
): LoadedSequences {
  const rng = createRng(seed, 'data');
  const inputs: number[][][] = [];
  const targets: number[][][] = [];
  for (let s = 0; s < samples; s += 1) {
    const bit = rng.int(2);
    const seq = [[bit === 1 ? 1 : -1]];
    for (let t = 0; t < delay; t += 1) seq.push([noise * (2 * rng.next() - 1)]);
    inputs.push(seq);
    targets.push([[bit]]);
  }
  return {
    sequences: pack(inputs, targets, 1, 1, 'last-step', 'classification'),
    featureNames: ['x'],
    classNames: ['first input −1', 'first input +1'],
    label: `Memory: recall the first input after ${delay} steps (${samples} sequences)`,
    split: { kind: 'seeded' },
  };
}

/** sunspots.csv: `"YEAR","SUNACTIVITY"` then one line per year. */
export function parseSunspots(text: string): { years: number[]; values: number[] } {
  const years: number[] = [];
  const values: number[] = [];
  text
    .split(/\r?\n/)
    .slice(1)
    .forEach((line, k) => {
      if (line.trim() === '') return;
      const [year, value] = line.split(',').map(Number);
      if (!Number.isFinite(year) || !Number.isFinite(value))
        throw new DataError('data (sunspots.csv)', `line ${k + 2} is not a year and a number`);
      years.push(year);
      values.push(value);
    });
  return { years, values };
}

/**
 * Yearly sunspot numbers scaled to 0..1 by the series' min and max, cut into every window of
 * `window` consecutive years (one sequence each, in time order): every-step targets are the
 * next year of each step, last-step the year after the window. Split by time.
 */
export function sunspotWindows(text: string, window: number, readout: Readout): LoadedSequences {
  const { years, values } = parseSunspots(text);
  const N = values.length;
  if (N <= window) throw new DataError('data.window', `must be below the ${N} years of data`);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const scaled = values.map((v) => (v - min) / (max - min || 1));
  const inputs: number[][][] = [];
  const targets: number[][][] = [];
  for (let k = 0; k + window < N; k += 1) {
    inputs.push(scaled.slice(k, k + window).map((v) => [v]));
    targets.push(
      readout === 'every-step'
        ? scaled.slice(k + 1, k + window + 1).map((v) => [v])
        : [[scaled[k + window]]],
    );
  }
  return {
    sequences: pack(inputs, targets, 1, 1, readout, 'regression'),
    featureNames: ['sunspots (scaled)'],
    classNames: null,
    label: `Sunspots ${years[0]}–${years[N - 1]} (${inputs.length} windows of ${window} years)`,
    split: { kind: 'time', gap: readout === 'every-step' ? window - 1 : 0 },
  };
}

export async function loadSequences(
  spec: SequenceDataSpec,
  options: {
    readonly readText: ReadText;
    readonly seed: number;
    readonly nOut: number;
    readonly readout: Readout;
  },
): Promise<LoadedSequences> {
  switch (spec.kind) {
    case 'sequences':
      return inlineSequences(spec, options.nOut, options.readout);
    case 'sine-next':
      return sineNext(spec.samples, spec.length, spec.noise, options.seed, options.readout);
    case 'memory':
      return memoryTask(spec.samples, spec.delay, spec.noise, options.seed);
    case 'sunspots':
      return sunspotWindows(await options.readText('sunspots.csv'), spec.window, options.readout);
  }
}

/**
 * Train and test indices: seeded as for MLPs, or by time (the last round(n·test) sequences
 * are the test set; `gap` sequences before them are left out of training).
 */
export function splitSequences(
  data: LoadedSequences,
  testFraction: number,
  seeded: (n: number) => { train: Uint32Array; test: Uint32Array },
): { train: Uint32Array; test: Uint32Array } {
  const n = data.sequences.n;
  if (data.split.kind === 'seeded') return seeded(n);
  const nTest = Math.min(n - 1, Math.max(0, Math.round(n * testFraction)));
  if (nTest === 0)
    return { train: Uint32Array.from({ length: n }, (_, k) => k), test: new Uint32Array(0) };
  const trainEnd = Math.max(0, n - nTest - data.split.gap);
  return {
    train: Uint32Array.from({ length: trainEnd }, (_, k) => k),
    test: Uint32Array.from({ length: nTest }, (_, k) => n - nTest + k),
  };
}
