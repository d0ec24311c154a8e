// Pooling's routing and batch norm's three gradient paths against the engine's trace: what
// each window sends back adds up to the gradient of the pooling input, and direct + via μ +
// via σ² is the gradient of the batch-norm input, for every sample of a training batch.
import { describe, expect, it } from 'vitest';
import { createCnnModel } from '../../src/engine/conv/cnnModel';
import type { CnnSpec, CnnStepTrace } from '../../src/engine/conv/types';
import { blockOf } from '../../src/engine/layout';
import { createModelTrainer } from '../../src/engine/trainer';
import { batchNormCell } from '../../src/explain/batchNormCell';
import { windowGeometry } from '../../src/explain/convGeometry';
import { poolWindows } from '../../src/explain/poolRouting';
import { inputSize, randomCnn, randomData } from '../engine/conv/helpers';

function traced(spec: CnnSpec): { trace: CnnStepTrace; cnn: ReturnType<typeof randomCnn> } {
  const cnn = randomCnn(spec, 11);
  const data = randomData(5, 3, inputSize(spec), 2, 'classification');
  const model = createCnnModel(cnn, data, 3);
  const trainer = createModelTrainer(model, {
    trainIndices: Uint32Array.from([0, 1, 2]),
    config: {
      loss: 'cross-entropy',
      optimizer: { kind: 'sgd', learningRate: 0.1 },
      batch: { mode: 'full' },
      regularization: { kind: 'none' },
      dropout: 0,
      shuffle: false,
      trainBiases: true,
    },
    seed: 1,
  });
  const step = trainer.step(true);
  if (!step.ok || !step.trace) throw new Error('no trace');
  return { trace: step.trace, cnn };
}

const layers = (pool: 'maxpool' | 'avgpool'): CnnSpec => ({
  input: [1, 6, 6],
  layers: [
    { type: 'conv2d', filters: 2, size: 3, stride: 1, padding: 1, activation: 'tanh' },
    { type: 'batchnorm', epsilon: 1e-5, momentum: 0.1 },
    // overlapping windows: a cell can win (or share) more than one window
    { type: pool, size: 3, stride: 2 },
    { type: 'flatten' },
    { type: 'dense', units: 2, activation: 'softmax' },
  ],
});

describe('pooling routes its gradient', () => {
  for (const pool of ['maxpool', 'avgpool'] as const)
    it(`${pool}: the routed shares add up to the engine's ∂L/∂(pooling input)`, () => {
      const { trace, cnn } = traced(layers(pool));
      const layer = cnn.layers[2];
      const g = windowGeometry(layer.spec, layer.inShape, layer.outShape)!;
      for (const sample of trace.samples) {
        const x = sample.layers[1].a;
        const windows = poolWindows(g, pool, x, sample.layers[2].dLda);
        const routed = new Float64Array(x.length);
        for (const w of windows) {
          expect(w.value).toBeCloseTo(sample.layers[2].a[w.out], 12);
          for (const c of w.cells) routed[c.index] += c.gradient;
          if (pool === 'maxpool') expect(w.cells.filter((c) => c.weight === 1)).toHaveLength(1);
        }
        routed.forEach((v, k) => expect(v).toBeCloseTo(sample.layers[1].dLda[k], 12));
      }
    });
});

describe('batch norm in numbers', () => {
  it('direct + via μ + via σ² is the engine’s ∂L/∂x for every value of the batch', () => {
    const { trace, cnn } = traced(layers('maxpool'));
    const bn = trace.samples.map((s) => s.layers[1]);
    const batch = {
      x: trace.samples.map((s) => s.layers[0].a),
      xhat: bn.map((l) => l.xhat!),
      dy: bn.map((l) => l.dLda),
    };
    const gamma = blockOf(trace.layout, 'gamma2').offset;
    const beta = blockOf(trace.layout, 'beta2').offset;
    const P = cnn.layers[1].nIn / 2;
    trace.samples.forEach((sample, s) => {
      for (let index = 0; index < cnn.layers[1].nIn; index += 1) {
        const c = Math.floor(index / P);
        const cell = batchNormCell(
          batch,
          s,
          index,
          2,
          { mean: bn[s].mean![c], variance: bn[s].variance![c], epsilon: 1e-5 },
          trace.before[gamma + c],
          trace.before[beta + c],
          true,
        );
        expect(cell.count).toBe(3 * P);
        expect(cell.y).toBeCloseTo(bn[s].a[index], 12);
        expect(cell.dx).toBeCloseTo(sample.layers[0].dLda[index], 10);
        expect(cell.direct + cell.viaMean + cell.viaVariance).toBe(cell.dx);
      }
    });
  });
});
