// The conv cell's numbers against the engine's trace: each z is patch × kernel + bias, each
// kernel gradient is Σ δ ⊙ patch, each input gradient the full convolution of δ with the
// flipped kernel (conv-by-hand, and a random 2-channel net with stride 2 and padding 1).
import { describe, expect, it } from 'vitest';
import { createCnnModel } from '../../src/engine/conv/cnnModel';
import type { CnnLayer, CnnSpec, CnnStepTrace } from '../../src/engine/conv/types';
import { blockOf } from '../../src/engine/layout';
import { createModelTrainer } from '../../src/engine/trainer';
import { convCellSum, inputGradientSum, kernelGradientSum } from '../../src/explain/convCell';
import { windowGeometry } from '../../src/explain/convGeometry';
import { CNN_PRESETS } from '../../src/scenario/cnnPresets';
import { createCnnRun } from '../../src/scenario/cnnRun';
import { loadData } from '../../src/data/load';
import { validateAppScenario, isCnnScenario } from '../../src/scenario/validate';
import { inputSize, randomCnn, randomData } from '../engine/conv/helpers';

async function convByHandTrace(): Promise<{ trace: CnnStepTrace; layer: CnnLayer }> {
  const parsed = validateAppScenario(CNN_PRESETS.find((p) => p.id === 'conv-by-hand')!.scenario);
  if (!parsed.ok || !isCnnScenario(parsed.scenario)) throw new Error('invalid preset');
  const s = parsed.scenario;
  const data = await loadData(s.data, { readText: () => Promise.reject(), seed: s.seed, nOut: 9 });
  const run = createCnnRun(s, data);
  const step = run.trainer.step(true);
  if (!step.ok || !step.trace) throw new Error('no trace');
  return { trace: step.trace, layer: run.cnn.layers[0] };
}

function blocksOf(trace: CnnStepTrace, l: number) {
  return {
    kernels: blockOf(trace.layout, `K${l}`).offset,
    biases: blockOf(trace.layout, `b${l}`).offset,
  };
}

describe('a conv cell in numbers', () => {
  it('conv-by-hand: every output is patch × kernel + bias, with integer terms', async () => {
    const { trace, layer } = await convByHandTrace();
    const g = windowGeometry(layer.spec, layer.inShape, layer.outShape)!;
    const sample = trace.samples[0];
    const z = sample.layers[0].z!;
    for (let i = 0; i < g.OH; i += 1)
      for (let j = 0; j < g.OW; j += 1) {
        const cell = convCellSum(g, blocksOf(trace, 1), trace.before, sample.input, 0, i, j);
        expect(cell.z).toBe(z[i * g.OW + j]);
        for (const t of cell.terms) expect(Number.isInteger(t.product)).toBe(true);
      }
    // the handout's cell (1, 1, 2): 1·2 + (−1)·0 + 2·1 + 0·3 + 1 = 5
    const cell = convCellSum(g, blocksOf(trace, 1), trace.before, sample.input, 0, 0, 1);
    expect(cell.terms.map((t) => [t.k, t.x])).toEqual([
      [1, 2],
      [-1, 0],
      [2, 1],
      [0, 3],
    ]);
    expect(cell.z).toBe(5);
  });

  it('conv-by-hand: the kernel gradient is Σ δ ⊙ patch, the input gradient the flipped-kernel convolution', async () => {
    const { trace, layer } = await convByHandTrace();
    const g = windowGeometry(layer.spec, layer.inShape, layer.outShape)!;
    const sample = trace.samples[0];
    const delta = sample.layers[0].delta!;
    const blocks = blocksOf(trace, 1);
    for (let m = 0; m < 2; m += 1)
      for (let n = 0; n < 2; n += 1) {
        const { sum, terms } = kernelGradientSum(g, sample.input, delta, 0, 0, m, n);
        expect(terms).toHaveLength(9);
        expect(sum).toBe(trace.gradients[blocks.kernels + m * 2 + n]);
      }
    expect(kernelGradientSum(g, sample.input, delta, 0, 0, 0, 0).sum).toBe(22);
    for (let row = 0; row < 4; row += 1)
      for (let col = 0; col < 4; col += 1) {
        const { sum } = inputGradientSum(g, blocks, trace.before, delta, 0, row, col);
        expect(sum).toBe(sample.inputGradient[row * 4 + col]);
      }
  });

  it('a 2-channel net with stride 2 and padding 1: every z, and ∂L/∂input, match the engine', () => {
    const spec: CnnSpec = {
      input: [2, 5, 5],
      layers: [
        { type: 'conv2d', filters: 3, size: 3, stride: 2, padding: 1, activation: 'tanh' },
        { type: 'flatten' },
        { type: 'dense', units: 2, activation: 'softmax' },
      ],
    };
    const cnn = randomCnn(spec, 7);
    const data = randomData(3, 4, inputSize(spec), 2, 'classification');
    const model = createCnnModel(cnn, data, 4);
    const trainer = createModelTrainer(model, {
      trainIndices: Uint32Array.from([0, 1, 2, 3]),
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
    const trace = step.trace;
    const layer = cnn.layers[0];
    const g = windowGeometry(layer.spec, layer.inShape, layer.outShape)!;
    const blocks = blocksOf(trace, 1);
    let kernelSum = 0;
    for (const sample of trace.samples) {
      const lt = sample.layers[0];
      for (let f = 0; f < g.F; f += 1)
        for (let i = 0; i < g.OH; i += 1)
          for (let j = 0; j < g.OW; j += 1) {
            const cell = convCellSum(g, blocks, trace.before, sample.input, f, i, j);
            expect(cell.z).toBeCloseTo(lt.z![(f * g.OH + i) * g.OW + j], 12);
          }
      for (let c = 0; c < g.C; c += 1)
        for (let row = 0; row < g.H; row += 1)
          for (let col = 0; col < g.W; col += 1) {
            const { sum } = inputGradientSum(g, blocks, trace.before, lt.delta!, c, row, col);
            expect(sum).toBeCloseTo(sample.inputGradient[(c * g.H + row) * g.W + col], 12);
          }
      kernelSum += kernelGradientSum(g, sample.input, lt.delta!, 1, 1, 2, 0).sum;
    }
    // the batch gradient is the mean over the batch's samples
    const index = blocks.kernels + ((1 * 2 + 1) * 3 + 2) * 3 + 0;
    expect(kernelSum / trace.samples.length).toBeCloseTo(trace.gradients[index], 12);
  });
});
