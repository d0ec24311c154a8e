// Toy sets: seeded, deterministic per seed, different across seeds, with the documented
// geometry and noise.
import { describe, expect, it } from 'vitest';
import { generateRegression, generateToy } from '../../src/data';

describe('toy sets', () => {
  it.each(['xor', 'circle', 'gauss', 'spiral', 'moons'] as const)(
    '%s is the same for a seed, different for another, balanced',
    (kind) => {
      const a = generateToy(kind, 200, 0.2, 5).dataset;
      const b = generateToy(kind, 200, 0.2, 5).dataset;
      const c = generateToy(kind, 200, 0.2, 6).dataset;
      expect(b.inputs).toEqual(a.inputs);
      expect(c.inputs).not.toEqual(a.inputs);
      expect(a.nIn).toBe(2);
      const ones = a.targets.reduce((s, t) => s + t, 0);
      expect(ones).toBeGreaterThan(60);
      expect(ones).toBeLessThan(140);
      for (const v of a.inputs) expect(Math.abs(v)).toBeLessThan(3);
    },
  );

  it('circle puts class 1 inside and class 0 outside when there is no noise', () => {
    const { inputs, targets, n } = generateToy('circle', 100, 0, 1).dataset;
    for (let r = 0; r < n; r += 1) {
      const radius = Math.hypot(inputs[2 * r], inputs[2 * r + 1]);
      if (targets[r] === 1) expect(radius).toBeLessThanOrEqual(0.5 + 1e-12);
      else expect(radius).toBeGreaterThanOrEqual(0.7 - 1e-12);
    }
  });

  it('xor labels a point 1 exactly where x·y > 0 when there is no noise', () => {
    const { inputs, targets, n } = generateToy('xor', 200, 0, 4).dataset;
    for (let r = 0; r < n; r += 1) {
      const [x, y] = [inputs[2 * r], inputs[2 * r + 1]];
      expect(targets[r]).toBe(x * y > 0 ? 1 : 0);
      expect(Math.max(Math.abs(x), Math.abs(y))).toBeLessThanOrEqual(1);
      expect(Math.min(Math.abs(x), Math.abs(y))).toBeGreaterThanOrEqual(0.05);
    }
  });

  it('plane follows 0.6·x₁ − 0.4·x₂ + 0.1 when there is no noise, and noise spreads it', () => {
    const residual = (noise: number): number => {
      const { inputs, targets, n } = generateRegression('plane', 400, noise, 3).dataset;
      let sum = 0;
      for (let r = 0; r < n; r += 1)
        sum += (targets[r] - (0.6 * inputs[2 * r] - 0.4 * inputs[2 * r + 1] + 0.1)) ** 2;
      return Math.sqrt(sum / n);
    };
    expect(residual(0)).toBeLessThan(1e-12);
    // noise 1 → standard deviation 0.3 (documented); 400 draws land well within ±0.05.
    expect(residual(1)).toBeGreaterThan(0.25);
    expect(residual(1)).toBeLessThan(0.35);
  });

  it('sine follows sin(πx) when there is no noise', () => {
    const { inputs, targets } = generateRegression('sine', 50, 0, 2).dataset;
    inputs.forEach((x, r) => expect(targets[r]).toBeCloseTo(Math.sin(Math.PI * x), 12));
  });
});
