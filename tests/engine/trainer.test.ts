// Batch semantics, epochs, determinism, snapshots and the learning rate, on small nets whose
// expected numbers are computed here by hand (independently of the engine's code paths).
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/engine/random';
import { createNetwork } from '../../src/engine/network';
import { createTrainer } from '../../src/engine/trainer';
import { baseConfig, dataset, makeTrainer, sigmoid } from './helpers';

// A single sigmoid neuron y = σ(w·x + b) with squared error: dL/dw = (y − t)·y(1 − y)·x.
const W0 = 0.4;
const B0 = -0.1;
const samples = [
  { x: 1.5, t: 1 },
  { x: -0.5, t: 0 },
];
function gradient(w: number, b: number, x: number, t: number): [number, number] {
  const y = sigmoid(w * x + b);
  const d = (y - t) * y * (1 - y);
  return [d * x, d];
}
const neuron = (mode: 'online' | 'full', lr = 0.7) =>
  makeTrainer({
    sizes: [1, 1],
    activations: ['sigmoid'],
    weights: [[[W0]]],
    biases: [[B0]],
    data: dataset(
      samples.map((s) => [s.x]),
      samples.map((s) => [s.t]),
    ),
    config: { optimizer: { kind: 'sgd', learningRate: lr }, batch: { mode } },
  });

describe('batch modes', () => {
  it('online applies one update per sample, each from the parameters the previous one left', () => {
    const trainer = neuron('online');
    trainer.step();
    trainer.step();
    let [w, b] = [W0, B0];
    for (const s of samples) {
      const [gw, gb] = gradient(w, b, s.x, s.t);
      w -= 0.7 * gw;
      b -= 0.7 * gb;
    }
    expect(trainer.net.params[0]).toBeCloseTo(w, 14);
    expect(trainer.net.params[1]).toBeCloseTo(b, 14);
    expect(trainer.updates).toBe(2);
    expect(trainer.epoch).toBe(2);
  });

  it('full batch applies the mean of the samples’ gradients once', () => {
    const trainer = neuron('full');
    const result = trainer.step(true);
    const g = samples.map((s) => gradient(W0, B0, s.x, s.t));
    const meanW = (g[0][0] + g[1][0]) / 2;
    const meanB = (g[0][1] + g[1][1]) / 2;
    if (!result.ok || !result.trace) throw new Error('step failed');
    expect(result.trace.gradients[0]).toBeCloseTo(meanW, 14);
    expect(result.trace.gradients[1]).toBeCloseTo(meanB, 14);
    expect(trainer.net.params[0]).toBeCloseTo(W0 - 0.7 * meanW, 14);
    expect(result.trace.batch).toEqual([0, 1]);
    expect(trainer.updates).toBe(1);
    expect(trainer.epoch).toBe(2);
  });

  it('reports the batch loss as the mean of the samples’ losses', () => {
    const result = neuron('full').step(true);
    const losses = samples.map((s) => 0.5 * (sigmoid(W0 * s.x + B0) - s.t) ** 2);
    if (!result.ok) throw new Error('step failed');
    expect(result.loss).toBeCloseTo((losses[0] + losses[1]) / 2, 15);
  });

  it('ends an epoch with a smaller mini-batch and never merges it into the next', () => {
    const data = dataset(
      [0, 1, 2, 3, 4, 5, 6].map((v) => [v / 7]),
      [0, 1, 0, 1, 0, 1, 0].map((v) => [v]),
    );
    const trainer = makeTrainer({
      sizes: [1, 2, 1],
      activations: ['tanh', 'sigmoid'],
      data,
      config: { batch: { mode: 'minibatch', size: 3 } },
    });
    const sizes: number[] = [];
    const epochs: number[] = [];
    for (let k = 0; k < 5; k += 1) {
      const r = trainer.step(true);
      if (!r.ok || !r.trace) throw new Error('step failed');
      sizes.push(r.trace.batch.length);
      epochs.push(r.trace.epoch);
    }
    expect(sizes).toEqual([3, 3, 1, 3, 3]);
    expect(epochs).toEqual([1, 1, 1, 2, 2]);
  });

  it('reshuffles each epoch from the seed when shuffle is on, covering every sample once', () => {
    const data = dataset(
      Array.from({ length: 8 }, (_, k) => [k]),
      Array.from({ length: 8 }, () => [0]),
    );
    const trainer = makeTrainer({
      sizes: [1, 1],
      activations: ['sigmoid'],
      data,
      config: { shuffle: true, optimizer: { kind: 'sgd', learningRate: 0 } },
    });
    const order = (): number[] =>
      Array.from({ length: 8 }, () => {
        const r = trainer.step(true);
        if (!r.ok || !r.trace) throw new Error('step failed');
        return r.trace.batch[0];
      });
    const first = order();
    const second = order();
    expect([...first].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect([...second].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(first).not.toEqual(second);
  });
});

describe('the learning rate and determinism', () => {
  const xorData = dataset(
    [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ],
    [[0], [1], [1], [0]],
  );
  const xor = (seed: number, lr = 0.5) =>
    makeTrainer({
      sizes: [2, 3, 1],
      activations: ['tanh', 'sigmoid'],
      data: xorData,
      seed,
      config: {
        optimizer: { kind: 'adam', learningRate: lr, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 },
        batch: { mode: 'minibatch', size: 3 },
        shuffle: true,
        dropout: 0.2,
      },
    });

  it('changes no parameter with learning rate 0', () => {
    const trainer = xor(3, 0);
    const before = Float64Array.from(trainer.net.params);
    for (let k = 0; k < 5; k += 1) trainer.step();
    expect(trainer.net.params).toEqual(before);
  });

  it('gives bit-identical traces for the same seed and different ones for another seed', () => {
    const a = xor(3);
    const b = xor(3);
    const c = xor(4);
    for (let k = 0; k < 6; k += 1) {
      const ra = a.step(true);
      const rb = b.step(true);
      c.step(true);
      if (!ra.ok || !rb.ok) throw new Error('step failed');
      expect(rb.trace).toEqual(ra.trace);
    }
    expect(Array.from(a.net.params)).toEqual(Array.from(b.net.params));
    expect(Array.from(c.net.params)).not.toEqual(Array.from(a.net.params));
  });

  it('gives the same parameters traced and untraced', () => {
    const a = xor(5);
    const b = xor(5);
    for (let k = 0; k < 7; k += 1) {
      a.step(true);
      b.step(false);
    }
    expect(Array.from(b.net.params)).toEqual(Array.from(a.net.params));
  });

  it('replays bit-identically from a snapshot', () => {
    const trainer = xor(6);
    for (let k = 0; k < 3; k += 1) trainer.step();
    const snap = trainer.snapshot();
    const later: number[][] = [];
    for (let k = 0; k < 4; k += 1) {
      trainer.step();
      later.push(Array.from(trainer.net.params));
    }
    trainer.restore(structuredClone(snap));
    for (let k = 0; k < 4; k += 1) {
      trainer.step();
      expect(Array.from(trainer.net.params)).toEqual(later[k]);
    }
  });

  it('records dropout masks, and a dropped unit passes no gradient to its incoming weights', () => {
    const trainer = xor(7);
    let seen = 0;
    for (let k = 0; k < 20 && seen === 0; k += 1) {
      const r = trainer.step(true);
      if (!r.ok || !r.trace) throw new Error('step failed');
      const trace = r.trace;
      if (trace.samples.length !== 1) continue;
      const mask = trace.samples[0].layers[0].mask;
      expect(mask).not.toBeNull();
      mask?.forEach((m, j) => {
        expect([0, 1 / 0.8]).toContain(m);
        if (m === 0) {
          seen += 1;
          // (±0: a masked unit's products may carry a negative sign)
          expect(Math.abs(trace.gradients[j * 2])).toBe(0);
          expect(Math.abs(trace.gradients[j * 2 + 1])).toBe(0);
          expect(Math.abs(trace.samples[0].layers[0].a[j])).toBe(0);
        }
      });
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('permuting hidden units', () => {
  it('permutes every traced array of that layer the same way', () => {
    const W1 = [
      [0.1, -0.4],
      [0.7, 0.2],
      [-0.3, 0.5],
    ];
    const b1 = [0.05, -0.02, 0.1];
    const W2 = [[0.6, -0.8, 0.3]];
    const perm = [2, 0, 1];
    const data = dataset([[0.3, -0.9]], [[0.25]]);
    const spec = { sizes: [2, 3, 1], activations: ['tanh', 'sigmoid'] as const, data };
    const a = makeTrainer({
      ...spec,
      activations: [...spec.activations],
      weights: [W1, W2],
      biases: [b1, [0]],
    });
    const b = makeTrainer({
      ...spec,
      activations: [...spec.activations],
      weights: [perm.map((p) => W1[p]), [perm.map((p) => W2[0][p])]],
      biases: [perm.map((p) => b1[p]), [0]],
    });
    const ra = a.step(true);
    const rb = b.step(true);
    if (!ra.ok || !rb.ok || !ra.trace || !rb.trace) throw new Error('step failed');
    const la = ra.trace.samples[0].layers[0];
    const lb = rb.trace.samples[0].layers[0];
    for (const key of ['z', 'a', 'dLda', 'delta'] as const) {
      perm.forEach((p, j) => expect(lb[key][j]).toBe(la[key][p]));
    }
    expect(rb.trace.samples[0].loss).toBe(ra.trace.samples[0].loss);
    // Output weights are permuted too: W2 sits after W1 (6) and b1 (3).
    perm.forEach((p, j) =>
      expect(rb.trace!.gradients[9 + j]).toBeCloseTo(ra.trace!.gradients[9 + p], 15),
    );
  });
});

describe('divergence', () => {
  it('refuses an update whose parameters would overflow, and leaves everything as it was', () => {
    const net = createNetwork(
      { sizes: [1, 2, 1], activations: ['relu', 'linear'], init: 'xavier-uniform' },
      createRng(1, 'init'),
    );
    const trainer = createTrainer({
      net,
      data: dataset([[1e150]], [[0]]),
      trainIndices: Uint32Array.of(0),
      config: { ...baseConfig, optimizer: { kind: 'sgd', learningRate: 10 } },
      seed: 1,
    });
    const before = Float64Array.from(net.params);
    let result = trainer.step();
    for (let k = 0; k < 5 && result.ok; k += 1) result = trainer.step();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const d = result.divergence;
    expect(d.learningRate).toBe(10);
    expect(d.message).toContain(`Update ${d.update}`);
    expect(trainer.updates).toBe(d.update - 1);
    if (d.update === 1) expect(Array.from(net.params)).toEqual(Array.from(before));
    for (const v of net.params) expect(Number.isFinite(v)).toBe(true);
    expect(d.layer === null || (d.layer >= 1 && d.layer <= 2)).toBe(true);
  });

  it('names the loss when the output is already infinite', () => {
    const trainer = makeTrainer({
      sizes: [1, 1],
      activations: ['linear'],
      weights: [[[1e200]]],
      biases: [[0]],
      data: dataset([[1e200]], [[0]]),
    });
    const result = trainer.step();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(['activation', 'loss']).toContain(result.divergence.quantity);
    expect(result.divergence.update).toBe(1);
    expect(trainer.net.params[0]).toBe(1e200);
  });
});
