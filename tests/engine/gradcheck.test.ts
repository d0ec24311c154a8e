// The engine's gradient check: its finite differences and its error measure, on nets whose
// loss is known in closed form.
import { describe, expect, it } from 'vitest';
import { gradientCheck, GRADCHECK_FLOOR } from '../../src/engine/gradcheck';
import { createNetwork } from '../../src/engine/network';
import { createRng } from '../../src/engine/random';
import type { ActivationName } from '../../src/engine/types';
import { twoTwoOneNumbers } from '../helpers/twoTwoOne';

const single = (act: ActivationName, w: number, b: number) =>
  createNetwork(
    { sizes: [1, 1], activations: [act], init: 'zeros', weights: [[[w]]], biases: [[b]] },
    createRng(1, 'init'),
  );

describe('gradientCheck', () => {
  it('finds ∂L/∂w = (wx + b − t)·x + rate·w for a linear unit with L2', () => {
    // L = ½(2·1 + 0.5 − 0)² + 0.15·2²: ∂L/∂w = 2.5 + 0.6, ∂L/∂b = 2.5. L is quadratic in each
    // parameter, so the differences are exact up to round-off.
    const net = single('linear', 2, 0.5);
    const check = gradientCheck(net, 'squared-error', Float64Array.of(1), Float64Array.of(0), {
      regularization: { kind: 'l2', rate: 0.3 },
    });
    expect(check.numeric[0]).toBeCloseTo(3.1, 9);
    expect(check.numeric[1]).toBeCloseTo(2.5, 9);
    expect(check.analytic[0]).toBeCloseTo(3.1, 14);
    expect(check.worst).toBeLessThan(1e-9);
    expect(check.layers).toHaveLength(1);
    expect(check.layers[0].layer).toBe(1);
    expect(check.layers[0].biases).toBeLessThan(1e-9);
    expect(Array.from(net.params)).toEqual([2, 0.5]);
  });

  it('reports a large error at a ReLU kink, where the derivative does not exist', () => {
    // L(w) = ½(relu(w) + 1)² at w = 0: one-sided slopes 0 and 1, so the fourth-order
    // difference [8(L(h) − L(−h)) − (L(2h) − L(−2h))]/(12h) = 0.5 + h/6.
    const h = 1e-3;
    const check = gradientCheck(
      single('relu', 0, 0),
      'squared-error',
      Float64Array.of(1),
      Float64Array.of(-1),
      { epsilon: h },
    );
    const n = 0.5 + h / 6;
    expect(check.numeric[0]).toBeCloseTo(n, 12);
    const a = check.analytic[0];
    expect([0, 1]).toContain(a);
    const expected = Math.abs(a - n) / Math.max(Math.abs(a), Math.abs(n), GRADCHECK_FLOOR);
    expect(check.layers[0].weights).toBeCloseTo(expected, 12);
    expect(check.worst).toBeGreaterThan(0.4);
  });

  it('agrees with backpropagation on the 2-2-1 sigmoid example', () => {
    const { weights, input, target } = twoTwoOneNumbers();
    const net = createNetwork(
      { sizes: [2, 2, 1], activations: ['sigmoid', 'sigmoid'], init: 'zeros', weights },
      createRng(1, 'init'),
    );
    const check = gradientCheck(
      net,
      'squared-error',
      Float64Array.from(input),
      Float64Array.from(target),
    );
    expect(check.layers.map((l) => l.layer)).toEqual([1, 2]);
    expect(check.worst).toBeLessThan(1e-8);
    // Output weight gradient (y − t)·y(1 − y)·h₁ with the example's published values.
    const y = 0.665074;
    expect(check.numeric[6]).toBeCloseTo((y - 0.5) * y * (1 - y) * 0.552308, 6);
  });
});
