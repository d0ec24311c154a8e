// Backpropagation against central finite differences on random nets: every activation in
// every position, every loss, with and without regularization (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradientCheck } from '../../src/engine/gradcheck';
import { createNetwork } from '../../src/engine/network';
import { backward, createWorkspace, forward, sampleLoss } from '../../src/engine/propagate';
import { createRng } from '../../src/engine/random';
import type {
  ActivationName,
  LossName,
  Network,
  RegularizationConfig,
} from '../../src/engine/types';

const HIDDEN: ActivationName[] = ['sigmoid', 'tanh', 'relu', 'leaky-relu', 'linear'];

interface Case {
  net: Network;
  loss: LossName;
  x: Float64Array;
  t: Float64Array;
  reg: RegularizationConfig;
}

const caseArb = fc
  .record({
    hidden: fc.array(
      fc.record({ size: fc.integer({ min: 1, max: 5 }), act: fc.constantFrom(...HIDDEN) }),
      { minLength: 0, maxLength: 3 },
    ),
    nIn: fc.integer({ min: 1, max: 4 }),
    output: fc.constantFrom<ActivationName>(
      'sigmoid',
      'tanh',
      'linear',
      'relu',
      'leaky-relu',
      'softmax',
    ),
    nOut: fc.integer({ min: 1, max: 4 }),
    loss: fc.constantFrom<LossName>('squared-error', 'mse', 'cross-entropy'),
    reg: fc.constantFrom<RegularizationConfig>(
      { kind: 'none' },
      { kind: 'l2', rate: 0.03 },
      { kind: 'l1', rate: 0.02 },
    ),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
  })
  .map(({ hidden, nIn, output, nOut, loss, reg, seed }): Case => {
    const out = output === 'softmax' ? Math.max(2, nOut) : nOut;
    // cross-entropy is defined after sigmoid or softmax outputs only
    const lossName: LossName =
      loss === 'cross-entropy' && output !== 'sigmoid' && output !== 'softmax' ? 'mse' : loss;
    const sizes = [nIn, ...hidden.map((h) => h.size), out];
    const rng = createRng(seed, 'test');
    const net = createNetwork(
      {
        sizes,
        activations: [...hidden.map((h) => h.act), output],
        init: 'xavier-normal',
        biases: sizes.slice(1).map((n) => Array.from({ length: n }, () => rng.next() - 0.5)),
      },
      createRng(seed, 'init'),
    );
    const x = Float64Array.from({ length: nIn }, () => 2 * rng.next() - 1);
    const t = new Float64Array(out);
    if (output === 'softmax') t[rng.int(out)] = 1;
    else
      for (let k = 0; k < out; k += 1)
        t[k] = lossName === 'cross-entropy' ? 0.05 + 0.9 * rng.next() : 2 * rng.next() - 1;
    return { net, loss: lossName, x, t, reg };
  });

/** Pre-activations of every layer for the case's input. */
function preActivations(c: Case): Float64Array[] {
  const ws = createWorkspace(c.net.sizes, false);
  ws.x.set(c.x);
  forward(c.net, ws, 0, null);
  return ws.z.map((z) => Float64Array.from(z));
}

/** Far from ReLU's kink at 0 and from L1's kink at w = 0, so derivatives exist near θ. */
function awayFromKinks(c: Case): boolean {
  const z = preActivations(c);
  const kinked = c.net.activations.some(
    (a, l) =>
      (a.name === 'relu' || a.name === 'leaky-relu') && z[l].some((v) => Math.abs(v) < 0.02),
  );
  const l1 = c.reg.kind === 'l1' && c.net.params.some((w) => Math.abs(w) < 0.01);
  return !kinked && !l1;
}

describe('gradients against central finite differences', () => {
  it('agree within 1e-7 relative on random nets (engine gradientCheck)', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        fc.pre(awayFromKinks(c));
        const check = gradientCheck(c.net, c.loss, c.x, c.t, {
          regularization: c.reg,
          epsilon: 1e-4,
        });
        expect(check.worst).toBeLessThan(1e-7);
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });

  it('agree with an independent difference loop over the loss of a forward pass', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        fc.pre(awayFromKinks(c) && c.reg.kind === 'none');
        const ws = createWorkspace(c.net.sizes, false);
        ws.x.set(c.x);
        ws.t.set(c.t);
        const lossAt = (): number => {
          forward(c.net, ws, 0, null);
          return sampleLoss(c.net, ws, c.loss);
        };
        const analytic = new Float64Array(c.net.params.length);
        lossAt();
        backward(c.net, ws, c.loss, analytic);
        const h = 2e-3;
        c.net.params.forEach((w, k) => {
          const at = (offset: number): number => {
            c.net.params[k] = w + offset;
            return lossAt();
          };
          // Central differences at h and h/2 combined by Richardson extrapolation:
          // D(h) = L′ + c·h² + O(h⁴), so (4·D(h/2) − D(h)) / 3 = L′ + O(h⁴).
          const dh = (at(h) - at(-h)) / (2 * h);
          const dh2 = (at(h / 2) - at(-h / 2)) / h;
          c.net.params[k] = w;
          const numeric = (4 * dh2 - dh) / 3;
          // truncation ~h⁴ ≈ 1e-11, round-off ~1e-16/h ≈ 1e-13: 1e-7 relative holds above 1e-3
          const scale = Math.max(Math.abs(numeric), Math.abs(analytic[k]), 1e-3);
          expect(Math.abs(numeric - analytic[k]) / scale).toBeLessThan(1e-7);
        });
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
