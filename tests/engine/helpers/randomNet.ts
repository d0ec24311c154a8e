// fast-check arbitraries of random nets for the gradient tests: sizes, activations, loss,
// regularization, weights, inputs and targets valid for the loss. Plain data (see RefNet).
import fc from 'fast-check';
import { createRng } from '../../../src/engine/random';
import type { ActivationName, LossName, RegularizationConfig } from '../../../src/engine/types';
import { refForward, refIsWeight, type RefNet } from './referenceNet';

export const HIDDEN: readonly ActivationName[] = [
  'sigmoid',
  'tanh',
  'relu',
  'leaky-relu',
  'linear',
];
export const OUTPUTS: readonly ActivationName[] = [...HIDDEN, 'softmax'];
export const LOSSES: readonly LossName[] = ['squared-error', 'mse', 'cross-entropy'];

/** Every valid output × loss pair: cross-entropy needs sigmoid or softmax outputs. */
export const OUTPUT_LOSS: readonly (readonly [ActivationName, LossName])[] = OUTPUTS.flatMap((o) =>
  LOSSES.filter((l) => l !== 'cross-entropy' || o === 'sigmoid' || o === 'softmax').map(
    (l) => [o, l] as const,
  ),
);

export interface RandomCase {
  readonly net: RefNet;
  readonly loss: LossName;
  readonly reg: RegularizationConfig;
  readonly xs: number[][];
  readonly ts: number[][];
}

export interface CaseOptions {
  /** Fix the output activation and loss (else drawn from OUTPUT_LOSS). */
  readonly outputLoss?: readonly [ActivationName, LossName];
  /** Put this hidden activation at this 1-based hidden layer (the net gets at least that many). */
  readonly hiddenAt?: { readonly layer: number; readonly activation: ActivationName };
  /** Samples per case (default 1). */
  readonly maxSamples?: number;
}

/** 1–3 hidden layers of 1–6 units, 1–4 inputs and outputs (softmax ≥ 2), seeded numbers. */
export function randomCase(options: CaseOptions = {}): fc.Arbitrary<RandomCase> {
  const minHidden = options.hiddenAt?.layer ?? 1;
  return fc
    .record({
      hidden: fc.array(
        fc.record({ size: fc.integer({ min: 1, max: 6 }), act: fc.constantFrom(...HIDDEN) }),
        { minLength: minHidden, maxLength: 3 },
      ),
      nIn: fc.integer({ min: 1, max: 4 }),
      nOut: fc.integer({ min: 1, max: 4 }),
      pair: options.outputLoss ? fc.constant(options.outputLoss) : fc.constantFrom(...OUTPUT_LOSS),
      reg: fc.constantFrom<RegularizationConfig>(
        { kind: 'none' },
        { kind: 'l2', rate: 0.03 },
        { kind: 'l1', rate: 0.02 },
      ),
      samples: fc.integer({ min: 1, max: options.maxSamples ?? 1 }),
      seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    })
    .map(({ hidden, nIn, nOut, pair, reg, samples, seed }): RandomCase => {
      const [output, loss] = pair;
      const acts = hidden.map((h) => h.act);
      if (options.hiddenAt) acts[options.hiddenAt.layer - 1] = options.hiddenAt.activation;
      const out = output === 'softmax' ? Math.max(2, nOut) : nOut;
      const sizes = [nIn, ...hidden.map((h) => h.size), out];
      const rng = createRng(seed, 'gradcheck');
      const isWeight = refIsWeight(sizes);
      let k = 0;
      const params = new Float64Array(isWeight.length);
      for (let l = 0; l + 1 < sizes.length; l += 1) {
        // weights ~ U(±√(6/(n_in+n_out))) like Xavier, biases ~ U(±0.5)
        const bound = Math.sqrt(6 / (sizes[l] + sizes[l + 1]));
        for (let m = 0; m < sizes[l] * sizes[l + 1] + sizes[l + 1]; m += 1, k += 1)
          params[k] = (2 * rng.next() - 1) * (isWeight[k] ? bound : 0.5);
      }
      const xs = Array.from({ length: samples }, () =>
        Array.from({ length: nIn }, () => 2 * rng.next() - 1),
      );
      const ts = xs.map(() => {
        const t = new Array<number>(out).fill(0);
        if (output === 'softmax') t[rng.int(out)] = 1;
        else
          for (let j = 0; j < out; j += 1)
            t[j] = loss === 'cross-entropy' ? 0.05 + 0.9 * rng.next() : 2 * rng.next() - 1;
        return t;
      });
      return { net: { sizes, activations: [...acts, output], params }, loss, reg, xs, ts };
    });
}

/**
 * Whether finite differences with steps up to `margin`/10 see a smooth loss: every ReLU and
 * leaky-ReLU pre-activation at least `margin` from the kink at 0, and with L1 every weight at
 * least `margin` from 0.
 */
export function awayFromKinks(c: RandomCase, margin = 0.02): boolean {
  const kinked = (name: ActivationName): boolean => name === 'relu' || name === 'leaky-relu';
  for (const x of c.xs) {
    const { z } = refForward(c.net, x);
    for (let l = 0; l < z.length; l += 1)
      if (kinked(c.net.activations[l]) && z[l].some((v) => Math.abs(v) < margin)) return false;
  }
  if (c.reg.kind !== 'l1') return true;
  const isWeight = refIsWeight(c.net.sizes);
  return c.net.params.every((w, k) => !isWeight[k] || Math.abs(w) >= margin);
}
