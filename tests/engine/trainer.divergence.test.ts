// Divergence: which update, layer, quantity and sample a refused update names, and that
// nothing moves (parameters, optimizer state, counters, random streams).
import { describe, expect, it } from 'vitest';
import { dataset, makeTrainer } from './helpers';

/** A 1-1-1 linear net y = w2·(w1·x); biases 0 and frozen so the hand maths stays short. */
const chain = (x: number, t: number, w1: number, w2: number, learningRate: number) =>
  makeTrainer({
    sizes: [1, 1, 1],
    activations: ['linear', 'linear'],
    weights: [[[w1]], [[w2]]],
    biases: [[0], [0]],
    data: dataset([[x]], [[t]]),
    config: {
      optimizer: { kind: 'momentum', learningRate, momentum: 0.9, nesterov: false },
      trainBiases: false,
    },
  });

describe('divergence', () => {
  it('names the first weight that would overflow when the learning rate is 1e300', () => {
    // x = 1e10: a1 = y = 1e10, δ = 1e10, ∂L/∂w1 = δ·w2·x = 1e20 and 1e300 · 1e20 overflows.
    const trainer = chain(1e10, 0, 1, 1, 1e300);
    const result = trainer.step();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.divergence).toMatchObject({
      update: 1,
      epoch: 1,
      layer: 1,
      quantity: 'weight',
      sample: null,
      learningRate: 1e300,
    });
    expect(result.divergence.value).toBe(-Infinity);
    expect(Array.from(trainer.net.params)).toEqual([1, 0, 1, 0]);
    expect(trainer.updates).toBe(0);
    expect(trainer.optimizerState().velocity.every((v) => v === 0)).toBe(true);
  });

  it('names an overflowing gradient in the layer it belongs to while activations stay finite', () => {
    // a1 = 1e300 · 1e-300 = 1, y = 1, δ = 1 − (−1e10) ≈ 1e10, ∂L/∂w1 = δ · w2 · x ≈ 1e310 = ∞.
    const trainer = chain(1e300, -1e10, 1e-300, 1, 0.1);
    const result = trainer.step();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.divergence).toMatchObject({ layer: 1, quantity: 'gradient', update: 1 });
    expect(result.divergence.message).toContain('gradient in layer 1');
  });

  it('names the hidden activation and the sample when a huge input overflows it', () => {
    // z1 = 1e200 · 1e200 = ∞ in layer 1; the sigmoid output saturates at 1 with a finite loss.
    const trainer = makeTrainer({
      sizes: [1, 2, 1],
      activations: ['relu', 'sigmoid'],
      weights: [[[1e200], [1]], [[1, 1]]],
      biases: [[0, 0], [0]],
      data: dataset([[0.5], [1e200]], [[1], [0]]),
      config: { batch: { mode: 'full' } },
    });
    const before = Array.from(trainer.net.params);
    const result = trainer.step();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.divergence).toMatchObject({
      layer: 1,
      quantity: 'activation',
      sample: 1,
      value: Infinity,
    });
    expect(Array.from(trainer.net.params)).toEqual(before);
    expect(trainer.positionInEpoch).toBe(0);
  });

  it('names the loss itself when only the loss overflows', () => {
    // y = 1e200 is finite, but ½(y − t)² = 5e399 is not.
    const trainer = chain(1e200, 0, 1, 1, 0.1);
    const result = trainer.step();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.divergence).toMatchObject({ layer: null, quantity: 'loss', sample: 0 });
    expect(result.divergence.value).toBe(Infinity);
  });

  it('draws the same dropout masks when a refused update is retried after a fix', () => {
    const make = () =>
      makeTrainer({
        sizes: [2, 6, 1],
        activations: ['linear', 'linear'],
        data: dataset([[1e10, 1]], [[0]]),
        config: { dropout: 0.5, optimizer: { kind: 'sgd', learningRate: 1e300 } },
        seed: 7,
      });
    const refused = make();
    expect(refused.step().ok).toBe(false);
    refused.configure({ optimizer: { kind: 'sgd', learningRate: 1e-3 } });
    const fresh = make();
    fresh.configure({ optimizer: { kind: 'sgd', learningRate: 1e-3 } });
    const a = refused.step(true);
    const b = fresh.step(true);
    if (!a.ok || !b.ok || !a.trace || !b.trace) throw new Error('both retries should succeed');
    expect(a.trace.samples[0].layers[0].mask).toEqual(b.trace.samples[0].layers[0].mask);
    expect(Array.from(refused.net.params)).toEqual(Array.from(fresh.net.params));
  });
});
