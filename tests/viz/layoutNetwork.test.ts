import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../src/engine/network';
import { createRng } from '../../src/engine/random';
import { layoutNetwork } from '../../src/viz/layoutNetwork';

const nets = [
  [2, 2, 1],
  [4, 8, 3],
  [64, 32, 10],
  [2, 3, 3, 2],
];

describe('layoutNetwork', () => {
  it.each(nets)('keeps every node of %s inside the box', (...sizes) => {
    const w = 390;
    const h = 500;
    const layout = layoutNetwork(sizes, w, h);
    for (const col of layout.nodes)
      for (const n of col) {
        expect(n.x - n.r).toBeGreaterThanOrEqual(0);
        expect(n.x + n.r).toBeLessThanOrEqual(w);
        expect(n.y - n.r).toBeGreaterThanOrEqual(0);
        expect(n.y + n.r).toBeLessThanOrEqual(h);
      }
  });

  it('orders layers left to right and nodes top to bottom', () => {
    const layout = layoutNetwork([3, 5, 2], 800, 400);
    const xs = layout.nodes.map((col) => col[0].x);
    expect(xs[0]).toBeLessThan(xs[1]);
    expect(xs[1]).toBeLessThan(xs[2]);
    for (const col of layout.nodes) {
      for (let j = 1; j < col.length; j += 1) expect(col[j].y).toBeGreaterThan(col[j - 1].y);
      for (const n of col) expect(n.x).toBe(col[0].x);
    }
  });

  it('gives each layer the number of nodes its size says and one edge per weight', () => {
    const layout = layoutNetwork([2, 2, 1], 600, 300);
    expect(layout.nodes.map((c) => c.length)).toEqual([2, 2, 1]);
    expect(layout.edges).toHaveLength(2 * 2 + 2 * 1);
    expect(layout.biases).toHaveLength(3);
  });

  it('maps every edge and bias to the engine parameter index of the same weight', () => {
    const sizes = [3, 4, 2];
    const net = createNetwork(
      { sizes, activations: ['sigmoid', 'sigmoid'], init: 'uniform' },
      createRng(1),
    );
    const layout = layoutNetwork(sizes, 600, 300);
    for (const e of layout.edges) {
      const shape = net.layers[e.layer];
      expect(e.index).toBe(shape.wOffset + e.j * shape.nIn + e.i);
    }
    for (const b of layout.biases) expect(b.index).toBe(net.layers[b.layer].bOffset + b.j);
    const all = [...layout.edges.map((e) => e.index), ...layout.biases.map((b) => b.index)];
    expect(new Set(all).size).toBe(net.params.length);
  });

  it('connects each edge from its sending node to its receiving node', () => {
    const layout = layoutNetwork([2, 3, 1], 600, 300);
    for (const e of layout.edges) {
      const from = layout.nodes[e.layer][e.i];
      const to = layout.nodes[e.layer + 1][e.j];
      expect(Math.hypot(e.x1 - from.x, e.y1 - from.y)).toBeCloseTo(from.r, 6);
      expect(Math.hypot(e.x2 - to.x, e.y2 - to.y)).toBeCloseTo(to.r, 6);
      expect(e.x1).toBeLessThan(e.x2);
    }
  });

  it('draws an 8×8 input image as a grid of square cells in row-major order', () => {
    const layout = layoutNetwork([64, 32, 10], 1280, 700, { inputImage: { rows: 8, cols: 8 } });
    const img = layout.image;
    expect(img).not.toBeNull();
    const cells = layout.nodes[0];
    expect(cells[1].x - cells[0].x).toBeCloseTo(img!.cell, 9);
    expect(cells[8].y - cells[0].y).toBeCloseTo(img!.cell, 9);
    expect(cells[8].x).toBeCloseTo(cells[0].x, 9);
    // The image sits left of the first hidden column.
    expect(img!.x + img!.cols * img!.cell).toBeLessThan(layout.nodes[1][0].x);
  });

  it('ignores an input image whose cell count does not match the input size', () => {
    const layout = layoutNetwork([4, 2], 400, 300, { inputImage: { rows: 8, cols: 8 } });
    expect(layout.image).toBeNull();
  });

  it('refuses sizes with fewer than two layers or a non-positive size', () => {
    expect(() => layoutNetwork([3], 400, 300)).toThrow(RangeError);
    expect(() => layoutNetwork([3, 0], 400, 300)).toThrow(RangeError);
  });

  it('keeps small layers compact and centres a narrow drawing', () => {
    const layout = layoutNetwork([2, 2, 1], 1200, 800, { maxSpacing: 100, maxGap: 300 });
    const [a, b] = layout.nodes[0];
    expect(b.y - a.y).toBe(100);
    const xs = layout.nodes.map((c) => c[0].x);
    expect(xs[1] - xs[0]).toBe(300);
    expect((xs[0] + xs[2]) / 2).toBeCloseTo(
      layout.padding.left + (1200 - layout.padding.left - layout.padding.right) / 2,
      9,
    );
  });
});
