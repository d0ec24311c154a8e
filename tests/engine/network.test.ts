// Network construction: the flat layout, initialisations, explicit weights, and large shapes.
import { describe, expect, it } from 'vitest';
import {
  createNetwork,
  describeParam,
  isBiasIndex,
  layerShapes,
  paramCount,
  unflattenParams,
  weightIndex,
} from '../../src/engine/network';
import { createRng } from '../../src/engine/random';
import { createTrainer } from '../../src/engine/trainer';
import type { InitName } from '../../src/engine/types';
import { baseConfig } from './helpers';

describe('the flat layout', () => {
  it('puts W [nOut, nIn] then b for each layer, so weights[l][j][i] round-trips', () => {
    const weights = [
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
      [[7, 8]],
    ];
    const biases = [[9, 10], [11]];
    const net = createNetwork(
      { sizes: [3, 2, 1], activations: ['tanh', 'linear'], init: 'zeros', weights, biases },
      createRng(1),
    );
    expect(Array.from(net.params)).toEqual([1, 2, 3, 4, 5, 6, 9, 10, 7, 8, 11]);
    expect(net.params[weightIndex(net, 0, 1, 2)]).toBe(6);
    expect(unflattenParams(net.sizes, net.params)).toEqual({ weights, biases });
    expect(describeParam(net.sizes, 7)).toEqual({ layer: 0, kind: 'bias', j: 1 });
    expect(describeParam(net.sizes, 9)).toEqual({ layer: 1, kind: 'weight', j: 0, i: 1 });
    expect(paramCount([3, 2, 1])).toBe(11);
    // Values 9, 10 and 11 are the biases in the layout above.
    const biasAt = Array.from(net.params, (_, k) => isBiasIndex(net, k));
    expect(biasAt).toEqual(Array.from(net.params, (v) => v >= 9));
    expect(isBiasIndex(net, 11)).toBe(false);
    expect(layerShapes([3, 2, 1])).toEqual([
      { nIn: 3, nOut: 2, wOffset: 0, bOffset: 6 },
      { nIn: 2, nOut: 1, wOffset: 8, bOffset: 10 },
    ]);
  });

  it('draws the other weights the same whether or not some are given', () => {
    const drawn = createNetwork(
      { sizes: [2, 3, 2], activations: ['tanh', 'tanh'], init: 'xavier-uniform' },
      createRng(5, 'init'),
    );
    const partly = createNetwork(
      {
        sizes: [2, 3, 2],
        activations: ['tanh', 'tanh'],
        init: 'xavier-uniform',
        weights: [[[0.5, 0.5]]],
      },
      createRng(5, 'init'),
    );
    expect(partly.params[0]).toBe(0.5);
    expect(Array.from(partly.params.slice(2))).toEqual(Array.from(drawn.params.slice(2)));
  });
});

describe('initialisations', () => {
  const sample = (init: InitName) => {
    const net = createNetwork(
      { sizes: [200, 300], activations: ['linear'], init },
      createRng(2, 'init'),
    );
    return Array.from(net.params.slice(0, 60000));
  };
  const moments = (xs: number[]) => {
    const mean = xs.reduce((a, b) => a + b) / xs.length;
    return { mean, variance: xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length };
  };
  it.each([
    ['xavier-uniform', Math.sqrt(6 / 500), 6 / 500 / 3],
    ['he-uniform', Math.sqrt(6 / 200), 6 / 200 / 3],
    ['uniform', 0.5, 1 / 12],
  ] as const)(
    '%s stays within ±bound with the variance of a uniform distribution',
    (init, bound, variance) => {
      const xs = sample(init);
      expect(Math.max(...xs.map(Math.abs))).toBeLessThanOrEqual(bound);
      expect(moments(xs).variance).toBeCloseTo(variance, 3);
    },
  );
  it.each([
    ['xavier-normal', 2 / 500],
    ['he-normal', 2 / 200],
  ] as const)('%s has mean 0 and variance %f', (init, variance) => {
    const { mean, variance: v } = moments(sample(init));
    expect(Math.abs(mean)).toBeLessThan(0.002);
    expect(Math.abs(v / variance - 1)).toBeLessThan(0.03);
  });
  it('zeros gives zeros, and biases start at 0', () => {
    expect(sample('zeros').every((w) => w === 0)).toBe(true);
    const net = createNetwork(
      { sizes: [4, 4], activations: ['tanh'], init: 'he-normal' },
      createRng(1),
    );
    expect(Array.from(net.params.slice(16))).toEqual([0, 0, 0, 0]);
  });
});

describe('large shapes', () => {
  it('trains a net of 12 layers with 512 units each', () => {
    const sizes = [2, ...Array.from({ length: 10 }, () => 512), 1];
    const net = createNetwork(
      {
        sizes,
        activations: [...Array.from({ length: 10 }, () => 'tanh' as const), 'sigmoid'],
        init: 'xavier-normal',
      },
      createRng(1, 'init'),
    );
    const trainer = createTrainer({
      net,
      data: {
        n: 2,
        nIn: 2,
        nOut: 1,
        inputs: Float64Array.of(0.5, -0.5, -0.3, 0.8),
        targets: Float64Array.of(1, 0),
        task: 'classification',
      },
      trainIndices: Uint32Array.of(0, 1),
      config: { ...baseConfig, batch: { mode: 'full' } },
      seed: 1,
    });
    const before = Float64Array.from(net.params);
    const result = trainer.step(false);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.stats.gradNorm).toHaveLength(11);
    expect(result.stats.gradNorm.every((g) => Number.isFinite(g) && g > 0)).toBe(true);
    expect(net.params.some((w, k) => w !== before[k])).toBe(true);
  });
});
