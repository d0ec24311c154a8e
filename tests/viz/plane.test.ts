import fc from 'fast-check';
import { rgb } from 'd3';
import { describe, expect, it } from 'vitest';
import { CATEGORICAL, NEGATIVE, NEUTRAL, POSITIVE, luminance } from '../../src/viz/colors';
import {
  columnMaxAbs,
  gridCoordinate,
  gridImage,
  neuronDomain,
  neuronImage,
  planeExtent,
  type PlaneGrid,
  type Range,
} from '../../src/viz/plane';

/** The hex colour of image pixel (row from the top, col); throws unless it is opaque. */
function pixel(bytes: Uint8ClampedArray, n: number, row: number, col: number): string {
  const o = 4 * (row * n + col);
  expect(bytes[o + 3]).toBe(255);
  return rgb(bytes[o], bytes[o + 1], bytes[o + 2]).formatHex();
}

function grid1(values: number[], domain: Range): PlaneGrid {
  const n = Math.round(Math.sqrt(values.length));
  return { resolution: n, values: Float64Array.from(values), outputs: 1, domain };
}

const distance = (a: string, b: string) => {
  const x = rgb(a);
  const y = rgb(b);
  return Math.max(Math.abs(x.r - y.r), Math.abs(x.g - y.g), Math.abs(x.b - y.b));
};

describe('planeExtent', () => {
  it('pads the toy sets’ [−1, 1]² square to [−1.2, 1.2]²', () => {
    const pts = [
      { x: -1, y: 0.3 },
      { x: 1, y: -1 },
      { x: 0, y: 1 },
    ];
    expect(planeExtent(pts)).toEqual({ x: [-1.2, 1.2], y: [-1.2, 1.2] });
  });

  it('falls back to [−1, 1]² without finite points and ignores non-finite ones', () => {
    expect(planeExtent([])).toEqual({ x: [-1, 1], y: [-1, 1] });
    expect(planeExtent([{ x: Number.NaN, y: 1 }])).toEqual({ x: [-1, 1], y: [-1, 1] });
    const e = planeExtent([
      { x: 0, y: 0 },
      { x: 1, y: 1 },
      { x: Infinity, y: 50 },
    ]);
    expect(e.x[1]).toBeLessThan(2);
    expect(e.y[1]).toBeLessThan(2);
  });

  it('puts a lone point inside a unit-sized square', () => {
    const e = planeExtent([{ x: 3, y: -7 }]);
    expect(e.x[0]).toBeLessThan(3);
    expect(e.x[1]).toBeGreaterThan(3);
    expect(e.y[0]).toBeLessThan(-7);
    expect(e.y[1]).toBeGreaterThan(-7);
    expect(e.x[1] - e.x[0]).toBeGreaterThanOrEqual(1);
  });

  it('is square, holds every point with the padding to spare, and is not much larger', () => {
    const coord = fc.double({ min: -1e3, max: 1e3, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.record({ x: coord, y: coord }), { minLength: 2 }), (pts) => {
        const e = planeExtent(pts);
        const xs = pts.map((p) => p.x);
        const ys = pts.map((p) => p.y);
        const raw = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
        fc.pre(raw > 1e-6);
        const span = e.x[1] - e.x[0];
        expect(e.y[1] - e.y[0]).toBeCloseTo(span, 6);
        const pad = 0.1 * raw * (1 - 1e-9);
        expect(e.x[0]).toBeLessThanOrEqual(Math.min(...xs) - pad);
        expect(e.x[1]).toBeGreaterThanOrEqual(Math.max(...xs) + pad);
        expect(e.y[0]).toBeLessThanOrEqual(Math.min(...ys) - pad);
        expect(e.y[1]).toBeGreaterThanOrEqual(Math.max(...ys) + pad);
        // 10% padding per side, then whole 1-2-5 steps of about a tenth of that: well under 1.5×.
        expect(span).toBeLessThanOrEqual(raw * 1.2 * 1.5 + 1e-9);
      }),
    );
  });
});

describe('gridImage with one output', () => {
  it('colours the domain’s ends NEGATIVE and POSITIVE and its middle NEUTRAL, largest y on top', () => {
    // grid row 0 (bottom): 0, 0.5; grid row 1 (top): 1, NaN
    const bytes = gridImage(grid1([0, 0.5, 1, Number.NaN], [0, 1]));
    expect(bytes).toHaveLength(16);
    expect(pixel(bytes, 2, 0, 0)).toBe(POSITIVE);
    expect(pixel(bytes, 2, 0, 1)).toBe(NEUTRAL);
    expect(pixel(bytes, 2, 1, 0)).toBe(NEGATIVE);
    expect(pixel(bytes, 2, 1, 1)).toBe(NEUTRAL);
  });

  it('takes the domain as given: tanh [−1, 1] and a regression range [2, 4]', () => {
    const tanh = gridImage(grid1([-1, 0, 0.5, 1], [-1, 1]));
    expect(pixel(tanh, 2, 1, 0)).toBe(NEGATIVE);
    expect(pixel(tanh, 2, 1, 1)).toBe(NEUTRAL);
    expect(pixel(tanh, 2, 0, 1)).toBe(POSITIVE);
    expect(pixel(tanh, 2, 0, 0)).not.toBe(NEUTRAL);
    const reg = gridImage(grid1([2, 3, 4, 3.5], [2, 4]));
    expect(pixel(reg, 2, 1, 0)).toBe(NEGATIVE);
    expect(pixel(reg, 2, 1, 1)).toBe(NEUTRAL);
    expect(pixel(reg, 2, 0, 0)).toBe(POSITIVE);
  });

  it('clamps values outside the domain to its ends', () => {
    const bytes = gridImage(grid1([-50, 1e9, -Infinity, Infinity], [-1, 1]));
    expect(pixel(bytes, 2, 1, 0)).toBe(NEGATIVE);
    expect(pixel(bytes, 2, 1, 1)).toBe(POSITIVE);
    // ±Infinity is no prediction (a diverged net), shown as NEUTRAL
    expect(pixel(bytes, 2, 0, 0)).toBe(NEUTRAL);
    expect(pixel(bytes, 2, 0, 1)).toBe(NEUTRAL);
  });

  it('gets deeper in colour the further a value is from the middle, on both sides', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 1e-3, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (lo, span, u, v) => {
          const [a, b] = [Math.min(u, v), Math.max(u, v)];
          const mid = lo + span / 2;
          const half = span / 2;
          // two values on one side of the middle, b further out than a
          const up = gridImage(grid1([mid + a * half, mid + b * half, 0, 0], [lo, lo + span]));
          const down = gridImage(grid1([mid - a * half, mid - b * half, 0, 0], [lo, lo + span]));
          expect(luminance(pixel(up, 2, 1, 1))).toBeLessThanOrEqual(
            luminance(pixel(up, 2, 1, 0)) + 1e-3,
          );
          expect(luminance(pixel(down, 2, 1, 1))).toBeLessThanOrEqual(
            luminance(pixel(down, 2, 1, 0)) + 1e-3,
          );
        },
      ),
    );
  });

  it('shows a flat domain as NEUTRAL and refuses a values array of the wrong length', () => {
    expect(pixel(gridImage(grid1([1, 1, 1, 1], [1, 1])), 2, 0, 0)).toBe(NEUTRAL);
    const bad: PlaneGrid = {
      resolution: 3,
      values: new Float64Array(8),
      outputs: 1,
      domain: [0, 1],
    };
    expect(() => gridImage(bad)).toThrow(RangeError);
  });

  it('fills a given buffer in place', () => {
    const out = new Uint8ClampedArray(16);
    const back = gridImage(grid1([0, 0, 0, 0], [0, 1]), out);
    expect(back).toBe(out);
    expect(pixel(out, 2, 0, 0)).toBe(NEGATIVE);
  });
});

describe('gridImage with softmax outputs', () => {
  const grid3 = (rows: number[][]): PlaneGrid => ({
    resolution: 2,
    values: Float64Array.from(rows.flat()),
    outputs: 3,
    domain: [0, 1],
  });

  it('blends the argmax class colour from NEUTRAL at uniform to full at certainty', () => {
    const bytes = gridImage(
      grid3([
        [1, 0, 0], // bottom left: certain class 0
        [1 / 3, 1 / 3, 1 / 3], // bottom right: no preference
        [0.1, 0.2, 0.7], // top left: class 2, fairly sure
        [0, 0.4, 0.6], // top right: class 2, less sure
      ]),
    );
    expect(pixel(bytes, 2, 1, 0)).toBe(CATEGORICAL[0]);
    expect(pixel(bytes, 2, 1, 1)).toBe(NEUTRAL);
    const sure = pixel(bytes, 2, 0, 0);
    const unsure = pixel(bytes, 2, 0, 1);
    for (const c of [sure, unsure]) {
      expect(distance(c, CATEGORICAL[2])).toBeGreaterThan(0);
      expect(distance(c, NEUTRAL)).toBeGreaterThan(0);
    }
    expect(distance(sure, CATEGORICAL[2])).toBeLessThan(distance(unsure, CATEGORICAL[2]));
    expect(luminance(sure)).toBeLessThan(luminance(unsure));
  });

  it('draws a two-way softmax like a sigmoid output of the second class’s probability', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (p) => {
        const soft = gridImage({
          resolution: 2,
          values: Float64Array.from([1 - p, p, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]),
          outputs: 2,
          domain: [0, 1],
        });
        const sig = gridImage(grid1([p, 0.5, 0.5, 0.5], [0, 1]));
        expect(distance(pixel(soft, 2, 1, 0), pixel(sig, 2, 1, 0))).toBeLessThanOrEqual(3);
      }),
    );
  });
});

describe('neuron heatmaps', () => {
  it('draws column j of a [n·n, size] block', () => {
    // 2×2 grid, 3 neurons; neuron 1 reads -1, 1, 0, NaN over the four points
    const block = Float64Array.from([9, -1, 9, 9, 1, 9, 9, 0, 9, 9, Number.NaN, 9]);
    const bytes = neuronImage(block, 2, 3, 1, [-1, 1]);
    expect(pixel(bytes, 2, 1, 0)).toBe(NEGATIVE);
    expect(pixel(bytes, 2, 1, 1)).toBe(POSITIVE);
    expect(pixel(bytes, 2, 0, 0)).toBe(NEUTRAL);
    expect(() => neuronImage(block, 2, 3, 3, [-1, 1])).toThrow(RangeError);
    expect(() => neuronImage(block, 2, 4, 0, [-1, 1])).toThrow(RangeError);
  });

  it('centres each activation’s domain on its midpoint', () => {
    expect(neuronDomain('sigmoid', 5)).toEqual([0, 1]);
    expect(neuronDomain('tanh', 0.2)).toEqual([-1, 1]);
    expect(neuronDomain('relu', 3.5)).toEqual([-3.5, 3.5]);
    expect(neuronDomain('leaky-relu', 0)).toEqual([-1, 1]);
    expect(neuronDomain('linear', Number.NaN)).toEqual([-1, 1]);
  });

  it('finds the largest finite magnitude of one column', () => {
    const block = Float64Array.from([1, -8, -3, Infinity, 2, 5]);
    expect(columnMaxAbs(block, 2, 0)).toBe(3);
    expect(columnMaxAbs(block, 2, 1)).toBe(8);
  });
});

describe('gridCoordinate', () => {
  it('includes both ends of the range', () => {
    expect(gridCoordinate([-1, 1], 5, 0)).toBe(-1);
    expect(gridCoordinate([-1, 1], 5, 4)).toBe(1);
    expect(gridCoordinate([-1, 1], 5, 1)).toBe(-0.5);
  });
});
