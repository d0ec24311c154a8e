// Finite differences on random CNNs: stride 1 and 2, padding 0 and 1, several channels, max
// and average pooling with and without overlap, batch norm in training mode (its gradient
// coupled over the whole batch), for every parameter and every input entry.
import { describe, expect, it } from 'vitest';
import { cnnGradientCheck } from '../../../src/engine/conv/cnnGradcheck';
import { CASES } from './cases';
import { inputSize, randomCnn, randomData } from './helpers';

describe('CNN gradients against finite differences', () => {
  for (const [c, test] of CASES.entries()) {
    it(test.name, () => {
      for (const seed of [1, 2]) {
        const cnn = randomCnn(test.spec, 10 * c + seed);
        const task = test.loss === 'cross-entropy' ? 'classification' : 'regression';
        const data = randomData(seed, 5, inputSize(test.spec), test.outputs, task);
        const before = cnn.params.slice();
        const check = cnnGradientCheck(cnn, data, [0, 1, 2, 3, 4], { loss: test.loss });
        for (const block of check.blocks) expect(block.worst, block.block).toBeLessThan(1e-6);
        expect(check.input).toBeLessThan(1e-6);
        // the check must have seen non-zero gradients, or it proves nothing
        expect(Math.max(...check.analytic.map(Math.abs))).toBeGreaterThan(1e-3);
        expect(Math.max(...check.analyticInput.map(Math.abs))).toBeGreaterThan(1e-4);
        expect(cnn.params).toEqual(before);
      }
    });
  }

  it('with L2 regularization the penalty gradient is checked too', () => {
    const spec = CASES[0].spec;
    const cnn = randomCnn(spec, 7);
    const data = randomData(7, 3, inputSize(spec), 3, 'classification');
    const check = cnnGradientCheck(cnn, data, [0, 1, 2], {
      loss: 'cross-entropy',
      regularization: { kind: 'l2', rate: 0.1 },
    });
    expect(check.worst).toBeLessThan(1e-6);
  });
});
