// View-models of the classification views: confusion shading, probability rows, image pixels,
// first-layer weight pictures (checked against the engine's own parameter layout) and caps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNetwork, weightIndex } from '../../src/engine/network';
import { createRng } from '../../src/engine/random';
import {
  argmax,
  capList,
  cellTextColor,
  confusionCells,
  firstLayerUnitName,
  formatPercent,
  imagePixels,
  imageShape,
  misclassifiedCaption,
  probabilityRows,
  weightTiles,
} from '../../src/viz/classes';
import { NEGATIVE, NEUTRAL, POSITIVE, contrastRatio, luminance } from '../../src/viz/colors';

describe('confusionCells', () => {
  // prettier-ignore
  const matrix = [
    8, 2, 0,
    0, 0, 0,
    1, 1, 2,
  ];

  it('shades by share of the true-class row, darker for a larger share', () => {
    const rows = confusionCells(matrix, 3);
    expect(rows[0].map((c) => c.share)).toEqual([0.8, 0.2, 0]);
    expect(rows[2].map((c) => c.share)).toEqual([0.25, 0.25, 0.5]);
    expect(rows[1].map((c) => c.share)).toEqual([0, 0, 0]);
    expect(luminance(rows[0][0].fill)).toBeLessThan(luminance(rows[0][1].fill));
    expect(luminance(rows[0][1].fill)).toBeLessThan(luminance(rows[0][2].fill));
    expect(rows[2][0].fill).toBe(rows[2][1].fill);
    expect(rows[0][2]).toMatchObject({ truth: 0, predicted: 2, count: 0 });
  });

  it('keeps the count readable on every shade (WCAG AA, 4.5:1)', () => {
    for (let step = 0; step <= 1000; step += 1) {
      const [cell] = confusionCells([step, 1000 - step], 2)[0];
      expect(contrastRatio(cell.fill, cell.text)).toBeGreaterThanOrEqual(4.5);
    }
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 }), (a, b) => {
        const [cell] = confusionCells([Math.min(a, b), b - Math.min(a, b)], 2)[0];
        expect(contrastRatio(cell.fill, cell.text)).toBeGreaterThanOrEqual(4.5);
      }),
    );
  });

  it('gives shares that sum to 1 in every non-empty row', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 10 })
          .chain((k) =>
            fc.tuple(fc.constant(k), fc.array(fc.nat(50), { minLength: k * k, maxLength: k * k })),
          ),
        ([k, m]) => {
          for (const row of confusionCells(m, k)) {
            const total = row.reduce((s, c) => s + c.count, 0);
            const shares = row.reduce((s, c) => s + c.share, 0);
            expect(shares).toBeCloseTo(total > 0 ? 1 : 0, 12);
          }
        },
      ),
    );
  });
});

describe('cellTextColor', () => {
  it('reaches 4.5:1 on any grey, where near-black #111 text would not', () => {
    for (let g = 0; g < 256; g += 1) {
      const fill = `rgb(${g}, ${g}, ${g})`;
      expect(contrastRatio(fill, cellTextColor(fill))).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('probabilityRows', () => {
  it('marks the true class and the largest probability as predicted', () => {
    const rows = probabilityRows([0.1, 0.7, 0.2], ['setosa', 'versicolor', 'virginica'], 2);
    expect(rows.map((r) => r.isPredicted)).toEqual([false, true, false]);
    expect(rows.map((r) => r.isTrue)).toEqual([false, false, true]);
    expect(rows[1]).toMatchObject({ name: 'versicolor', p: 0.7, width: 0.7 });
  });

  it('clamps bar widths to [0, 1] and names unnamed classes', () => {
    const rows = probabilityRows([Number.NaN, 1.5, -0.1], [], null);
    expect(rows.map((r) => r.width)).toEqual([0, 1, 0]);
    expect(rows[2].name).toBe('Class 3');
    expect(rows.some((r) => r.isTrue)).toBe(false);
  });

  it('predicts the first of tied classes', () => {
    expect(argmax([0.3, 0.3, 0.3])).toBe(0);
    expect(argmax([0.1, 0.4, 0.4])).toBe(1);
  });
});

describe('images', () => {
  it('lays 64 values out as 8×8, row by row, white at 0 and black at 1', () => {
    expect(imageShape(64)).toEqual({ cols: 8, rows: 8 });
    expect(imageShape(4)).toEqual({ cols: 2, rows: 2 });
    expect(imageShape(6)).toEqual({ cols: 6, rows: 1 });
    const v = new Float64Array(64);
    v[9] = 1;
    const px = imagePixels(v, 8);
    expect(px).toHaveLength(64);
    expect(px[9]).toEqual({ x: 1, y: 1, fill: '#000000' });
    expect(px[63]).toEqual({ x: 7, y: 7, fill: '#ffffff' });
  });
});

describe('weightTiles', () => {
  const sizes = [4, 3, 2];
  const net = createNetwork(
    { sizes, activations: ['tanh', 'softmax'], init: 'xavier-uniform' },
    createRng(7, 'init'),
  );

  it('reads each unit’s incoming weights W0[j][i] where the engine keeps them', () => {
    const tiles = weightTiles(net.params, sizes, 'unit');
    expect(tiles).toHaveLength(3);
    for (let j = 0; j < 3; j += 1) {
      for (let i = 0; i < 4; i += 1) {
        expect(tiles[j].weights[i]).toBe(net.params[weightIndex(net, 0, j, i)]);
      }
    }
  });

  it('colours positive weights blue and negative vermillion, symmetric around 0', () => {
    const params = new Float64Array([2, -2, 0, 1, /* unit 2 */ 0.5, -0.5, 0, 0]);
    const [a, b] = weightTiles(params, [4, 2], 'shared');
    expect(a.fills.slice(0, 3)).toEqual([POSITIVE, NEGATIVE, NEUTRAL]);
    expect(b.maxAbs).toBe(2);
    const own = weightTiles(params, [4, 2], 'unit')[1];
    expect(own.maxAbs).toBe(0.5);
    expect(own.fills.slice(0, 2)).toEqual([POSITIVE, NEGATIVE]);
    // 0.5 on the shared scale of 2 is a paler blue than the full colour.
    expect(luminance(b.fills[0])).toBeGreaterThan(luminance(POSITIVE));
    expect(luminance(b.fills[0])).toBeLessThan(luminance(NEUTRAL));
  });

  it('names units from 1, hidden or output', () => {
    expect(firstLayerUnitName([64, 16, 10], 4)).toBe('Hidden unit 5');
    expect(firstLayerUnitName([64, 10], 0)).toBe('Output unit 1');
  });
});

describe('labels and caps', () => {
  it('shows the first items and counts the rest', () => {
    expect(capList([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2, 3], more: 2 });
    expect(capList([1, 2], 24)).toEqual({ shown: [1, 2], more: 0 });
  });

  it('captions a wrong prediction as true → predicted (confidence)', () => {
    expect(misclassifiedCaption('3', '8', 0.724)).toBe('3 → 8 (72%)');
    expect(formatPercent(Number.NaN)).toBe('not a number');
  });
});
