// Chain-rule terms derived from traces: their product is the traced gradient, the hidden
// sums are the traced ∂L/∂a, the batch mean plus regularization is the batch gradient, and
// the optimizer terms reproduce the parameters after the step.
import { describe, expect, it } from 'vitest';
import type { ActivationName, OptimizerConfig, StepTrace } from '../../src/engine';
import { allParams, chainRule, explainUpdate, paramIndex } from '../../src/explain';
import { dataset, makeTrainer } from '../engine/helpers';

function traceOf(
  hidden: ActivationName,
  output: ActivationName,
  optimizer: OptimizerConfig,
  steps = 1,
): StepTrace {
  const nOut = output === 'softmax' ? 3 : 2;
  const targets =
    output === 'softmax'
      ? [
          [0, 1, 0],
          [1, 0, 0],
          [0, 0, 1],
        ]
      : [
          [0.2, 0.9],
          [0.7, 0.1],
          [0.4, 0.6],
        ];
  const trainer = makeTrainer({
    sizes: [3, 4, 3, nOut],
    activations: [hidden, hidden, output],
    data: dataset(
      [
        [0.5, -1, 0.25],
        [1.5, 0.3, -0.7],
        [-0.2, 0.8, 0.9],
      ],
      targets,
    ),
    seed: 4,
    config: {
      loss: output === 'softmax' || output === 'sigmoid' ? 'cross-entropy' : 'squared-error',
      batch: { mode: 'full' },
      optimizer,
      regularization: { kind: 'l2', rate: 0.01 },
    },
  });
  let trace: StepTrace | null = null;
  for (let k = 0; k < steps; k += 1) {
    const r = trainer.step(true);
    if (!r.ok || !r.trace) throw new Error('step failed');
    trace = r.trace;
  }
  return trace!;
}

const close = (a: number, b: number): void => {
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(a), Math.abs(b)));
};

describe('chain-rule terms', () => {
  const combos: [ActivationName, ActivationName][] = [
    ['sigmoid', 'sigmoid'],
    ['tanh', 'softmax'],
    ['relu', 'linear'],
    ['leaky-relu', 'sigmoid'],
    ['linear', 'tanh'],
  ];
  it.each(combos)(
    'multiply to the sample’s traced gradient for every parameter (%s hidden, %s output)',
    (hidden, output) => {
      const trace = traceOf(hidden, output, { kind: 'sgd', learningRate: 0.1 });
      for (const ref of allParams(trace.sizes)) {
        trace.samples.forEach((sample, s) => {
          const rule = chainRule(trace, ref, s);
          const layer = sample.layers[ref.layer];
          const input =
            ref.kind === 'bias'
              ? 1
              : ref.layer === 0
                ? sample.input[ref.i]
                : sample.layers[ref.layer - 1].a[ref.i];
          close(rule.product, layer.delta[ref.j] * input);
          if (rule.downstream)
            close(
              rule.downstream.reduce((sum, t) => sum + t.product, 0),
              layer.dLda[ref.j],
            );
        });
      }
    },
  );

  it('average over the batch and add the L2 term to give the traced batch gradient', () => {
    const trace = traceOf('tanh', 'sigmoid', { kind: 'sgd', learningRate: 0.1 });
    for (const ref of allParams(trace.sizes)) {
      const rule = chainRule(trace, ref, 0);
      const index = paramIndex(trace, ref);
      close(rule.mean + (rule.regularization?.value ?? 0), trace.gradients[index]);
      expect(rule.regularization !== null).toBe(ref.kind === 'weight');
    }
  });

  it('name the nodes and edges their factors come from', () => {
    const trace = traceOf('tanh', 'sigmoid', { kind: 'sgd', learningRate: 0.1 });
    const rule = chainRule(trace, { kind: 'weight', layer: 1, j: 2, i: 3 }, 0);
    expect(rule.factors.map((f) => f.source)).toEqual([
      { kind: 'neuron', layer: 2, j: 2 },
      { kind: 'neuron', layer: 2, j: 2 },
      { kind: 'neuron', layer: 1, j: 3 },
    ]);
    expect(rule.tex).toContain('\\frac{\\partial L}');
  });
});

describe('update terms', () => {
  it.each([
    ['sgd', { kind: 'sgd', learningRate: 0.1 }],
    ['momentum', { kind: 'momentum', learningRate: 0.1, momentum: 0.9, nesterov: false }],
    ['nesterov', { kind: 'momentum', learningRate: 0.1, momentum: 0.9, nesterov: true }],
    ['rmsprop', { kind: 'rmsprop', learningRate: 0.01, decay: 0.99, epsilon: 1e-8 }],
    ['adam', { kind: 'adam', learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 }],
  ] as [string, OptimizerConfig][])(
    '%s: the terms reproduce the parameter after the step',
    (_name, config) => {
      const trace = traceOf('tanh', 'sigmoid', config, 3);
      const lr = config.learningRate;
      for (let k = 0; k < trace.before.length; k += 1) {
        const u = explainUpdate(trace, k);
        const g = trace.gradients[k];
        const term = (name: string): number => u.terms.find((t) => t.name === name)!.value;
        let expected: number;
        switch (config.kind) {
          case 'sgd':
            expected = u.before - lr * g;
            break;
          case 'momentum':
            expected =
              u.before -
              lr * (config.nesterov ? g + config.momentum * term('velocity') : term('velocity'));
            break;
          case 'rmsprop':
            expected = u.before - (lr * g) / (Math.sqrt(term('s')) + config.epsilon);
            break;
          case 'adam':
            expected = u.before - (lr * term('mHat')) / (Math.sqrt(term('vHat')) + config.epsilon);
            break;
        }
        close(expected, u.after);
        close(u.after - u.before, u.change);
        // a negative number after an operator is bracketed, never "\cdot -0.04"
        expect(u.numeric).not.toMatch(/(\\cdot|[-+]) -/);
      }
      // the traces do hold negative gradients, so the brackets were needed somewhere
      expect(trace.gradients.some((g) => g < 0)).toBe(true);
    },
  );
});
