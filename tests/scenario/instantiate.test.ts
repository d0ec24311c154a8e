// Runs built from scenarios: the worked examples give the published numbers after one
// trainer step, CSV problems surface at load time with their place, configs carry over.
import { describe, expect, it } from 'vitest';
import { DataError, loadData } from '../../src/data';
import { evaluate, forwardMany, unflattenParams } from '../../src/engine';
import {
  createRun,
  getPreset,
  loadScenarioRun,
  trainerConfigOf,
  type Scenario,
} from '../../src/scenario';
import { readText } from '../helpers/files';
import { presetScenario, validScenario as valid } from '../helpers/scenarios';

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

describe('two-two-one through createRun', () => {
  // The example by hand: x = (0.35, 0.7), t = 0.5, W1 = [[0.2, 0.2], [0.3, 0.3]],
  // W2 = [[0.3, 0.9]], no biases, ½(y − t)², learning rate 1.
  const x = [0.35, 0.7];
  const W1 = [
    [0.2, 0.2],
    [0.3, 0.3],
  ];
  const W2 = [0.3, 0.9];
  const h = W1.map((row) => sigmoid(row[0] * x[0] + row[1] * x[1]));
  const y = sigmoid(W2[0] * h[0] + W2[1] * h[1]);
  const dOut = (y - 0.5) * y * (1 - y);
  const dHidden = h.map((hj, j) => dOut * W2[j] * hj * (1 - hj));
  const W2After = W2.map((w, j) => w - dOut * h[j]);
  const W1After = W1.map((row, j) => row.map((w, i) => w - dHidden[j] * x[i]));

  it('starts at the published output 0.665074', async () => {
    const data = await loadData(
      { kind: 'inline', inputs: [x], targets: [[0.5]] },
      {
        readText,
        seed: 1,
      },
    );
    const run = createRun(presetScenario('two-two-one'), data);
    const out = new Float64Array(1);
    forwardMany(run.net, Float64Array.from(x), 1, out);
    expect(out[0]).toBeCloseTo(0.665074, 6);
    expect(out[0]).toBeCloseTo(y, 15);
  });

  it('after one trainer step holds the hand-derived weights, unchanged zero biases and output 0.659554', async () => {
    const scenario = presetScenario('two-two-one');
    const run = createRun(scenario, await loadData(scenario.data, { readText, seed: 1 }));
    const result = run.trainer.step(true);
    expect(result.ok).toBe(true);
    const { weights, biases } = unflattenParams(scenario.network.layers, run.net.params);
    weights[0].forEach((row, j) => row.forEach((w, i) => expect(w).toBeCloseTo(W1After[j][i], 14)));
    weights[1][0].forEach((w, j) => expect(w).toBeCloseTo(W2After[j], 14));
    expect(biases).toEqual([[0, 0], [0]]);
    const out = new Float64Array(1);
    forwardMany(run.net, Float64Array.from(x), 1, out);
    expect(out[0]).toBeCloseTo(0.659554, 6);
  });
});

describe('mazur-2-2-2 through createRun', () => {
  it('gives the error and updated weights printed in Matt Mazur’s post', async () => {
    const run = await loadScenarioRun(presetScenario('mazur-2-2-2'), readText);
    const result = run.trainer.step();
    if (!result.ok) throw new Error('diverged');
    expect(result.loss).toBeCloseTo(0.298371109, 9);
    const { weights } = unflattenParams([2, 2, 2], run.net.params);
    // w1..w4 (inputs → hidden) and w5..w8 (hidden → outputs) as published.
    expect(weights[0][0][0]).toBeCloseTo(0.149780716, 8);
    expect(weights[0][0][1]).toBeCloseTo(0.19956143, 8);
    expect(weights[0][1][0]).toBeCloseTo(0.24975114, 8);
    expect(weights[0][1][1]).toBeCloseTo(0.29950229, 8);
    expect(weights[1][0][0]).toBeCloseTo(0.35891648, 8);
    expect(weights[1][0][1]).toBeCloseTo(0.408666186, 8);
    expect(weights[1][1][0]).toBeCloseTo(0.51130127, 8);
    expect(weights[1][1][1]).toBeCloseTo(0.561370121, 8);
  });

  it('credits Matt Mazur and links his post', () => {
    const { description } = getPreset('mazur-2-2-2')!;
    expect(description).toMatch(/Matt Mazur/);
    expect(description).toMatch(/https:\/\/mattmazur\.com\//);
  });
});

describe('spiral preset', () => {
  it('reaches 95% test accuracy within 40 epochs, where the same net with tanh stays below 80%', async () => {
    const preset = getPreset('spiral')!.scenario;
    const accuracyAfter40 = async (scenario: Scenario): Promise<number> => {
      const run = await loadScenarioRun(scenario, readText);
      while (run.trainer.epoch <= 40) run.trainer.step();
      return evaluate(run.net, 'cross-entropy', run.data.dataset, run.split.test).accuracy ?? 0;
    };
    const relu = await accuracyAfter40(valid(preset));
    const tanh = await accuracyAfter40(
      valid({
        ...preset,
        network: {
          ...preset.network,
          activations: ['tanh', 'tanh', 'tanh', 'sigmoid'],
          init: 'xavier-uniform',
        },
      }),
    );
    expect(relu).toBeGreaterThan(0.95);
    expect(tanh).toBeLessThan(0.8);
  });
});

describe('CSV at load time', () => {
  const csvScenario = (text: string, layers = [2, 3, 1]): Scenario =>
    valid({
      version: 1,
      network: { layers, activations: ['tanh', 'sigmoid'] },
      data: { kind: 'csv', text, targetColumns: ['passed'] },
    });
  const loadError = async (scenario: Scenario): Promise<DataError> => {
    try {
      await loadScenarioRun(scenario, readText);
    } catch (error) {
      if (error instanceof DataError) return error;
      throw error;
    }
    throw new Error('the run was built');
  };

  it('names the row and column of a non-number', async () => {
    const error = await loadError(csvScenario('hours,sleep,passed\n1,5,0\n2,eight,1\n'));
    expect(error.path).toBe('data.text');
    expect(error.message).toBe('row 3, column 2: column ("sleep") "eight" is not a number');
  });

  it('names a ragged row', async () => {
    const error = await loadError(csvScenario('hours,sleep,passed\n1,5,0\n2,8\n'));
    expect(error.path).toBe('data.text');
    expect(error.message).toBe('row 3: has 2 columns; expected 3 (as in row 1)');
  });

  it('refuses empty CSV text', async () => {
    const error = await loadError(csvScenario(''));
    expect([error.path, error.message]).toEqual(['data.text', 'the CSV text is empty']);
  });

  it('says which layer size the CSV columns need', async () => {
    const error = await loadError(csvScenario('a,b,c,passed\n1,2,3,0\n4,5,6,1\n'));
    expect(error.path).toBe('network.layers[0]');
    expect(error.message).toMatch(/must be 3: the data has 3 input columns/);
  });

  it('builds a run from a good CSV with its split', async () => {
    const text = 'hours,sleep,passed\n1,5,0\n2,8,0\n4,6,1\n5,7,1\n3,4,0\n6,8,1\n2,5,0\n7,6,1\n';
    const scenario = valid({ ...csvScenario(text), split: { test: 0.25 } });
    const run = await loadScenarioRun(scenario, readText);
    expect(run.split.train.length + run.split.test.length).toBe(8);
    expect(run.split.test.length).toBe(2);
    expect(run.data.dataset.task).toBe('classification');
  });
});

describe('a learning rate of 0', () => {
  it('builds a run whose updates leave every parameter where it was', async () => {
    const preset = getPreset('mazur-2-2-2')!.scenario;
    const scenario = valid({ ...preset, optimizer: { kind: 'sgd', learningRate: 0 } });
    const run = await loadScenarioRun(scenario, readText);
    const before = Float64Array.from(run.net.params);
    for (let k = 0; k < 3; k += 1) expect(run.trainer.step().ok).toBe(true);
    expect(run.net.params).toEqual(before);
  });
});

describe('trainerConfigOf', () => {
  it('carries every training setting of the scenario', () => {
    const scenario = valid({
      version: 1,
      network: { layers: [2, 2, 1], activations: ['tanh', 'sigmoid'], trainBiases: false },
      loss: 'mse',
      optimizer: { kind: 'rmsprop', learningRate: 0.01 },
      batch: { mode: 'minibatch', size: 4 },
      regularization: { kind: 'l2', rate: 0.001 },
      dropout: 0.2,
      shuffle: true,
      data: { kind: 'xor' },
    });
    expect(trainerConfigOf(scenario)).toEqual({
      loss: 'mse',
      optimizer: { kind: 'rmsprop', learningRate: 0.01, decay: 0.99, epsilon: 1e-8 },
      batch: { mode: 'minibatch', size: 4 },
      regularization: { kind: 'l2', rate: 0.001 },
      dropout: 0.2,
      shuffle: true,
      trainBiases: false,
    });
  });
});
