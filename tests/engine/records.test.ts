// Activation records, losses, optimizers and the seeded generator, each against an
// independent computation.
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, ACTIVATION_NAMES } from '../../src/engine/activations';
import { detCos, detExp, detExpm1, detLog, detSin, detTanh } from '../../src/engine/detMath';
import { createOptimizer } from '../../src/engine/optimizers';
import { createRng } from '../../src/engine/random';

const zs = Float64Array.of(-30, -3.2, -1, -0.25, 0.3, 1, 2.7, 40);

describe('activation records', () => {
  it.each(ACTIVATION_NAMES.filter((n) => n !== 'softmax'))(
    '%s: the vector loops match f and df, and df matches a difference quotient',
    (name) => {
      const act = ACTIVATIONS[name];
      if (act.kind !== 'elementwise') throw new Error('expected elementwise');
      const a = new Float64Array(zs.length);
      act.forward(zs, a, zs.length);
      const da = Float64Array.from(zs, (_, k) => 0.5 + k);
      const dz = new Float64Array(zs.length);
      act.backward(zs, a, da, dz, zs.length);
      zs.forEach((z, k) => {
        expect(a[k]).toBe(act.f(z));
        expect(dz[k]).toBeCloseTo(da[k] * act.df(z, a[k]), 14);
        const h = 1e-6;
        const numeric = (act.f(z + h) - act.f(z - h)) / (2 * h);
        expect(act.df(z, a[k])).toBeCloseTo(numeric, 6);
      });
      expect(act.tex.length).toBeGreaterThan(5);
      expect(act.dTex).toContain("'");
    },
  );

  it('sigmoid stays finite and exact at large |z|', () => {
    const act = ACTIVATIONS.sigmoid;
    if (act.kind !== 'elementwise') throw new Error('expected elementwise');
    expect(act.f(-800)).toBe(0);
    expect(act.f(800)).toBe(1);
    expect(act.f(-40)).toBeCloseTo(Math.exp(-40), 30);
  });

  it('softmax sums to 1, survives large logits, and its backward is the Jacobian product', () => {
    const z = Float64Array.of(1000, 999, 995);
    const a = new Float64Array(3);
    ACTIVATIONS.softmax.forward(z, a, 3);
    expect(a.reduce((s, v) => s + v)).toBeCloseTo(1, 15);
    const zSmall = Float64Array.of(0.2, -0.4, 0.9);
    ACTIVATIONS.softmax.forward(zSmall, a, 3);
    const da = Float64Array.of(0.3, -1.2, 0.5);
    const dz = new Float64Array(3);
    ACTIVATIONS.softmax.backward(zSmall, a, da, dz, 3);
    for (let j = 0; j < 3; j += 1) {
      let expected = 0;
      for (let m = 0; m < 3; m += 1) expected += da[m] * a[m] * ((m === j ? 1 : 0) - a[j]);
      expect(dz[j]).toBeCloseTo(expected, 15);
    }
  });
});

describe('optimizers', () => {
  const trainable = Uint8Array.of(1, 1, 0);
  const run = (config: Parameters<typeof createOptimizer>[0], grads: number[][]) => {
    const opt = createOptimizer(config, 3);
    let params = Float64Array.of(1, -2, 0.5);
    for (const g of grads) {
      const next = new Float64Array(3);
      opt.propose(params, Float64Array.from(g), trainable, next);
      opt.commit();
      params = next;
    }
    return { params, opt };
  };
  const g1 = [0.5, -0.25, 9];
  const g2 = [-0.1, 0.4, 9];

  it('sgd: w − ηg, and frozen parameters stay', () => {
    const { params } = run({ kind: 'sgd', learningRate: 0.2 }, [g1, g2]);
    expect(params[0]).toBeCloseTo(1 - 0.2 * 0.5 - 0.2 * -0.1, 15);
    expect(params[2]).toBe(0.5);
  });

  it('momentum: v ← μv + g; w ← w − ηv', () => {
    const { params, opt } = run(
      { kind: 'momentum', learningRate: 0.2, momentum: 0.9, nesterov: false },
      [g1, g2],
    );
    const v1 = 0.5;
    const v2 = 0.9 * v1 - 0.1;
    expect(params[0]).toBeCloseTo(1 - 0.2 * v1 - 0.2 * v2, 15);
    expect(opt.state().velocity[0]).toBeCloseTo(v2, 15);
  });

  it('nesterov: w ← w − η(g + μv) with the new v', () => {
    const { params } = run({ kind: 'momentum', learningRate: 0.2, momentum: 0.9, nesterov: true }, [
      g1,
      g2,
    ]);
    const v1 = 0.5;
    const v2 = 0.9 * v1 - 0.1;
    expect(params[0]).toBeCloseTo(1 - 0.2 * (0.5 + 0.9 * v1) - 0.2 * (-0.1 + 0.9 * v2), 15);
  });

  it('rmsprop: s ← ρs + (1−ρ)g²; w ← w − ηg/(√s + ε)', () => {
    const { params } = run({ kind: 'rmsprop', learningRate: 0.01, decay: 0.9, epsilon: 1e-8 }, [
      g1,
      g2,
    ]);
    const s1 = 0.1 * 0.25;
    const s2 = 0.9 * s1 + 0.1 * 0.01;
    expect(params[0]).toBeCloseTo(
      1 - (0.01 * 0.5) / (Math.sqrt(s1) + 1e-8) - (0.01 * -0.1) / (Math.sqrt(s2) + 1e-8),
      14,
    );
  });

  it('adam: bias-corrected moments, and m̂, v̂ exposed', () => {
    const { params, opt } = run(
      { kind: 'adam', learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 },
      [g1, g2],
    );
    const m1 = 0.1 * 0.5;
    const v1 = 0.001 * 0.25;
    const w1 = 1 - (0.01 * (m1 / 0.1)) / (Math.sqrt(v1 / 0.001) + 1e-8);
    const m2 = 0.9 * m1 + 0.1 * -0.1;
    const v2 = 0.999 * v1 + 0.001 * 0.01;
    const mHat = m2 / (1 - 0.81);
    const vHat = v2 / (1 - 0.999 ** 2);
    expect(params[0]).toBeCloseTo(w1 - (0.01 * mHat) / (Math.sqrt(vHat) + 1e-8), 14);
    expect(opt.state().mHat[0]).toBeCloseTo(mHat, 14);
    expect(opt.t).toBe(2);
  });

  it('a proposal that is not committed leaves the state alone', () => {
    const opt = createOptimizer(
      { kind: 'momentum', learningRate: 0.1, momentum: 0.9, nesterov: false },
      1,
    );
    opt.propose(Float64Array.of(1), Float64Array.of(5), Uint8Array.of(1), new Float64Array(1));
    expect(opt.state().velocity[0]).toBe(0);
    expect(opt.t).toBe(0);
  });
});

describe('seeded random numbers', () => {
  it('detLog, detSin and detCos agree with Math to 1e-15', () => {
    for (const x of [1e-300, 1e-9, 0.001, 0.3, 1, 2, Math.E, 10, 12345.678, 1e300]) {
      expect(Math.abs(detLog(x) - Math.log(x))).toBeLessThanOrEqual(
        1e-15 * Math.max(1, Math.abs(Math.log(x))),
      );
    }
    for (let x = -20; x <= 20; x += 0.37) {
      expect(detSin(x)).toBeCloseTo(Math.sin(x), 14);
      expect(detCos(x)).toBeCloseTo(Math.cos(x), 14);
    }
  });

  it('detExp, detExpm1 and detTanh agree with Math to a few units in the last place', () => {
    const ulps = (a: number, b: number): number =>
      Math.abs(a - b) / (Number.EPSILON * Math.max(Math.abs(b), Number.MIN_VALUE));
    const rng = createRng(77, 'det');
    for (let k = 0; k < 20000; k += 1) {
      const x = (rng.next() - 0.5) * 1400;
      expect(ulps(detExp(x), Math.exp(x))).toBeLessThan(4);
      const y = (rng.next() - 0.5) * 10;
      expect(ulps(detTanh(y), Math.tanh(y))).toBeLessThan(4);
      const s = (rng.next() - 0.5) * 2e-3;
      expect(ulps(detExpm1(s), Math.expm1(s))).toBeLessThan(4);
      const u = rng.next() * 10 ** (rng.int(600) - 300);
      if (u > 0) expect(ulps(detLog(u), Math.log(u))).toBeLessThan(4);
    }
    expect([
      detExp(710),
      detExp(-746),
      detExp(0),
      detTanh(30),
      detTanh(-30),
      detLog(0),
      detLog(1),
    ]).toEqual([Infinity, 0, 1, 1, -1, -Infinity, 0]);
    expect(detLog(5e-324)).toBeCloseTo(Math.log(5e-324), 12);
  });

  it('repeats for a seed and stream, and differs across seeds and streams', () => {
    const draw = (seed: number, stream: string) =>
      Array.from(
        { length: 5 },
        (
          (r) => () =>
            r.next()
        )(createRng(seed, stream)),
      );
    expect(draw(1, 'init')).toEqual(draw(1, 'init'));
    expect(draw(1, 'init')).not.toEqual(draw(2, 'init'));
    expect(draw(1, 'init')).not.toEqual(draw(1, 'data'));
  });

  it('gives uniform numbers in [0, 1) and standard normals with the right moments', () => {
    const rng = createRng(123, 'test');
    let sum = 0;
    let sumSq = 0;
    const n = 20000;
    for (let k = 0; k < n; k += 1) {
      const u = rng.next();
      expect(u >= 0 && u < 1).toBe(true);
      const z = rng.normal();
      sum += z;
      sumSq += z * z;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.03);
    expect(Math.abs(sumSq / n - 1)).toBeLessThan(0.04);
  });

  it('restores its state exactly', () => {
    const rng = createRng(9, 'x');
    rng.next();
    const state = rng.getState();
    const a = [rng.next(), rng.nextUint32()];
    rng.setState(state);
    expect([rng.next(), rng.nextUint32()]).toEqual(a);
  });

  it('saves and reloads its state through a reusable buffer, matching getState', () => {
    const rng = createRng(9, 'x');
    rng.next();
    const saved = new Uint32Array(4);
    rng.saveStateInto(saved);
    expect(Array.from(saved)).toEqual(Array.from(rng.getState()));
    const a = [rng.next(), rng.nextUint32()];
    rng.loadStateFrom(saved);
    expect([rng.next(), rng.nextUint32()]).toEqual(a);
  });
});

describe('cross-entropy from logits', () => {
  it('stays finite where the output rounds to 0 or 1, and matches −Σ t log y elsewhere', async () => {
    const { crossEntropyFromLogits, LOSSES } = await import('../../src/engine/losses');
    // σ(50) rounds to 1 in float64; the exact loss for t = 0 is ln(1 + e^50) ≈ 50
    expect(
      crossEntropyFromLogits(Float64Array.of(50), Float64Array.of(0), 1, 'sigmoid'),
    ).toBeCloseTo(50, 12);
    expect(
      crossEntropyFromLogits(Float64Array.of(-800), Float64Array.of(1), 1, 'sigmoid'),
    ).toBeCloseTo(800, 9);
    expect(
      crossEntropyFromLogits(Float64Array.of(0, 900), Float64Array.of(1, 0), 2, 'softmax'),
    ).toBeCloseTo(900, 9);
    const z = Float64Array.of(0.3, -1.2, 2);
    const y = new Float64Array(3);
    ACTIVATIONS.softmax.forward(z, y, 3);
    const t = Float64Array.of(0, 0, 1);
    expect(crossEntropyFromLogits(z, t, 3, 'softmax')).toBeCloseTo(
      LOSSES['cross-entropy'].value(y, t, 3, 'softmax'),
      14,
    );
    const zs = Float64Array.of(0.7, -2.5);
    const ys = Float64Array.from(zs, (v) => 1 / (1 + Math.exp(-v)));
    const ts = Float64Array.of(0.2, 1);
    expect(crossEntropyFromLogits(zs, ts, 2, 'sigmoid')).toBeCloseTo(
      LOSSES['cross-entropy'].value(ys, ts, 2, 'sigmoid'),
      13,
    );
  });
});
