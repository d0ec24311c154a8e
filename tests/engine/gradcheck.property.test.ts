// Backpropagation against central finite differences on random nets (fast-check): every
// activation at every hidden position, every output × loss pair, with and without L1/L2.
// Twice: the engine's own gradientCheck, and an independent difference loop over a reference
// forward pass (helpers/referenceNet.ts) compared with the trainer's traced batch gradient.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradientCheck } from '../../src/engine/gradcheck';
import { createNetwork } from '../../src/engine/network';
import { createRng } from '../../src/engine/random';
import { createTrainer } from '../../src/engine/trainer';
import type { Network, StepTrace } from '../../src/engine/types';
import {
  HIDDEN,
  OUTPUT_LOSS,
  awayFromKinks,
  randomCase,
  type RandomCase,
} from './helpers/randomNet';
import { refObjective } from './helpers/referenceNet';

function engineNet(c: RandomCase): Network {
  const net = createNetwork(
    { sizes: c.net.sizes, activations: c.net.activations, init: 'zeros' },
    createRng(1, 'init'),
  );
  net.params.set(c.net.params);
  return net;
}

/** One full-batch update with learning rate 0: the traced gradient at the case's params. */
function tracedStep(c: RandomCase): StepTrace {
  const nIn = c.net.sizes[0];
  const nOut = c.net.sizes[c.net.sizes.length - 1];
  const trainer = createTrainer({
    net: engineNet(c),
    data: {
      n: c.xs.length,
      nIn,
      nOut,
      inputs: Float64Array.from(c.xs.flat()),
      targets: Float64Array.from(c.ts.flat()),
      task: 'regression',
    },
    trainIndices: Uint32Array.from(c.xs.keys()),
    config: {
      loss: c.loss,
      optimizer: { kind: 'sgd', learningRate: 0 },
      batch: { mode: 'full' },
      regularization: c.reg,
      dropout: 0,
      shuffle: false,
      trainBiases: true,
    },
    seed: 1,
  });
  const result = trainer.step(true);
  if (!result.ok || !result.trace) throw new Error('the traced step failed');
  return result.trace;
}

/**
 * The numeric gradient of the reference objective by central differences at h and h/2 with
 * Richardson extrapolation: D(h) = g + c·h² + O(h⁴), so (4·D(h/2) − D(h))/3 = g + O(h⁴).
 * Why not one difference at h ≈ 1e-6: its round-off alone, ~ε·|L|/h ≈ 2e-10·|L|, is above
 * 1e-7 of a gradient of 1e-3. At h = 1e-3 truncation is ~1e-12 and round-off ~5e-13·|L|.
 */
function numericGradient(c: RandomCase, h = 1e-3): Float64Array {
  const params = c.net.params.slice();
  const net = { ...c.net, params };
  const at = (k: number, offset: number, w: number): number => {
    params[k] = w + offset;
    return refObjective(net, c.loss, c.reg, c.xs, c.ts);
  };
  return params.map((w, k) => {
    const dh = (at(k, h, w) - at(k, -h, w)) / (2 * h);
    const dh2 = (at(k, h / 2, w) - at(k, -h / 2, w)) / h;
    params[k] = w;
    return (4 * dh2 - dh) / 3;
  });
}

/** Largest |a − n| / max(|a|, |n|, 1e-4) (below 1e-4 the differences' round-off dominates). */
function worstRelativeError(analytic: Float64Array, numeric: Float64Array): number {
  let worst = 0;
  analytic.forEach((a, k) => {
    const n = numeric[k];
    worst = Math.max(worst, Math.abs(a - n) / Math.max(Math.abs(a), Math.abs(n), 1e-4));
  });
  return worst;
}

describe('gradients against central finite differences', () => {
  it.each(OUTPUT_LOSS)(
    'with a %s output and %s loss, the engine gradientCheck finds every weight and bias within 1e-7',
    (output, loss) => {
      fc.assert(
        fc.property(randomCase({ outputLoss: [output, loss] }), (c) => {
          fc.pre(awayFromKinks(c));
          const check = gradientCheck(
            engineNet(c),
            c.loss,
            Float64Array.from(c.xs[0]),
            Float64Array.from(c.ts[0]),
            { regularization: c.reg, epsilon: 1e-4 },
          );
          expect(check.layers).toHaveLength(c.net.sizes.length - 1);
          expect(check.worst).toBeLessThan(1e-7);
        }),
        { numRuns: 40, seed: 20261125 },
      );
    },
  );

  const positions = HIDDEN.flatMap((activation) =>
    [1, 2, 3].map((layer) => [activation, layer] as const),
  );
  it.each(positions)(
    'with %s in hidden layer %d, the traced batch gradient matches an independent difference loop',
    (activation, layer) => {
      fc.assert(
        fc.property(randomCase({ hiddenAt: { layer, activation }, maxSamples: 3 }), (c) => {
          fc.pre(awayFromKinks(c));
          const trace = tracedStep(c);
          // the engine's loss is the reference's (the forward passes agree)
          const objective = refObjective(c.net, c.loss, c.reg, c.xs, c.ts);
          const engineObjective = trace.batchLoss + trace.regularizationLoss;
          expect(Math.abs(engineObjective - objective)).toBeLessThanOrEqual(
            1e-12 * Math.max(1, objective),
          );
          expect(worstRelativeError(trace.gradients, numericGradient(c))).toBeLessThan(1e-7);
        }),
        { numRuns: 15, seed: 7 + layer },
      );
    },
  );

  it('the difference loop notices a gradient wrong by one part in a million', () => {
    fc.assert(
      fc.property(randomCase({ maxSamples: 2 }), fc.nat(), (c, pick) => {
        fc.pre(awayFromKinks(c));
        const gradients = tracedStep(c).gradients.slice();
        const numeric = numericGradient(c);
        const k = pick % gradients.length;
        fc.pre(Math.abs(gradients[k]) > 1e-3);
        gradients[k] *= 1 + 1e-6;
        expect(worstRelativeError(gradients, numeric)).toBeGreaterThan(1e-7);
      }),
      { numRuns: 30, seed: 3 },
    );
  });
});
