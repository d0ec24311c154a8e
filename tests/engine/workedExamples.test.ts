// The published worked examples, reproduced to their printed precision.
import { describe, expect, it } from 'vitest';
import { unflattenParams } from '../../src/engine/network';
import { forwardMany } from '../../src/engine/evaluate';
import { makeTwoTwoOne } from '../helpers/twoTwoOne';
import { dataset, makeTrainer } from './helpers';

describe('the 2-2-1 worked example', () => {
  const make = makeTwoTwoOne;

  it('computes the forward pass to six decimals', () => {
    const result = make().step(true);
    if (!result.ok || !result.trace) throw new Error('step failed');
    const [hidden, output] = result.trace.samples[0].layers;
    expect(hidden.a[0]).toBeCloseTo(0.552308, 6);
    expect(hidden.a[1]).toBeCloseTo(0.578105, 6);
    expect(output.a[0]).toBeCloseTo(0.665074, 6);
  });

  it('updates every weight to the published values and leaves the biases at zero', () => {
    const trainer = make();
    trainer.step();
    const { weights, biases } = unflattenParams(trainer.net.sizes, trainer.net.params);
    expect(weights[1][0][0]).toBeCloseTo(0.279691, 6);
    expect(weights[1][0][1]).toBeCloseTo(0.878743, 6);
    const hidden = [
      [0.199045, 0.198091],
      [0.297175, 0.29435],
    ];
    hidden.forEach((row, j) => row.forEach((w, i) => expect(weights[0][j][i]).toBeCloseTo(w, 6)));
    expect(biases).toEqual([[0, 0], [0]]);
  });

  it('gives 0.659554 for the same input after the update', () => {
    const trainer = make();
    trainer.step();
    const out = new Float64Array(1);
    forwardMany(trainer.net, Float64Array.of(0.35, 0.7), 1, out);
    expect(out[0]).toBeCloseTo(0.659554, 6);
  });
});

describe("Matt Mazur's 2-2-2 example", () => {
  const make = () =>
    makeTrainer({
      sizes: [2, 2, 2],
      activations: ['sigmoid', 'sigmoid'],
      weights: [
        [
          [0.15, 0.2],
          [0.25, 0.3],
        ],
        [
          [0.4, 0.45],
          [0.5, 0.55],
        ],
      ],
      biases: [
        [0.35, 0.35],
        [0.6, 0.6],
      ],
      data: dataset([[0.05, 0.1]], [[0.01, 0.99]]),
      config: { optimizer: { kind: 'sgd', learningRate: 0.5 }, trainBiases: false },
    });

  it('has the published total error 0.298371109', () => {
    const result = make().step(true);
    if (!result.ok) throw new Error('step failed');
    expect(result.loss).toBeCloseTo(0.298371109, 9);
  });

  it('updates w1…w8 to the published values', () => {
    const trainer = make();
    trainer.step();
    const { weights } = unflattenParams(trainer.net.sizes, trainer.net.params);
    // Mazur's names: w1 = i1→h1, w2 = i2→h1, w3 = i1→h2, w4 = i2→h2, w5 = h1→o1, w6 = h2→o1, w7 = h1→o2, w8 = h2→o2
    expect(weights[1][0][0]).toBeCloseTo(0.35891648, 8);
    expect(weights[1][0][1]).toBeCloseTo(0.408666186, 8);
    expect(weights[1][1][0]).toBeCloseTo(0.51130127, 8);
    expect(weights[1][1][1]).toBeCloseTo(0.561370121, 8);
    expect(weights[0][0][0]).toBeCloseTo(0.149780716, 8);
    expect(weights[0][0][1]).toBeCloseTo(0.19956143, 8);
    expect(weights[0][1][0]).toBeCloseTo(0.24975114, 8);
    expect(weights[0][1][1]).toBeCloseTo(0.29950229, 8);
  });
});
