// The unrolled graph's pure parts: the time window follows the cursor and stays in range, the
// layout draws every unit and weight copy of the shown steps, and keys walk between them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { followCursor, visibleCount, windowAround, windowSteps } from '../../src/viz/timeWindow';
import { itemRef, moveItem, itemValid, type UnrolledItem } from '../../src/viz/unrolledKeys';
import { layoutUnrolled, type UnitShape } from '../../src/viz/unrolledLayout';

const shape: UnitShape = { inputs: 1, hidden: 2, outputs: 1, readout: true };

describe('time window', () => {
  it('a window of count steps around the cursor stays inside 0…T−1 and contains it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.nat(),
        (T, c, raw) => {
          const count = Math.min(T, c);
          const t = raw % T;
          const start = windowAround(T, count, t);
          expect(start).toBeGreaterThanOrEqual(0);
          expect(start + count).toBeLessThanOrEqual(T);
          expect(t).toBeGreaterThanOrEqual(start);
          expect(t).toBeLessThan(start + count);
        },
      ),
    );
  });

  it('keeps its place while the cursor is inside, and jumps to it when it leaves', () => {
    expect(followCursor(3, 4, 20, 5)).toBe(3);
    expect(followCursor(3, 4, 20, 12)).toBe(windowAround(20, 4, 12));
    expect(followCursor(30, 4, 20, null)).toBe(16);
    expect(windowSteps(2, 3)).toEqual([2, 3, 4]);
  });

  it('shows every step of a short sequence on a wide screen, few on a phone, at most 10', () => {
    expect(visibleCount(8, 1200)).toBe(8);
    expect(visibleCount(24, 1200)).toBe(10);
    expect(visibleCount(24, 390)).toBe(4);
    expect(visibleCount(24, 40)).toBe(1);
    expect(visibleCount(0, 800)).toBe(0);
  });
});

describe('layoutUnrolled', () => {
  it('draws x, h, y per step, Wxh and Why per step and Whh from step 2 on', () => {
    const layout = layoutUnrolled(shape, [0, 1, 2, 3], 800, 400);
    expect(layout.columns.map((c) => c.t)).toEqual([0, 1, 2, 3]);
    expect(layout.nodes).toHaveLength(4 * 4);
    const count = (b: string) => layout.edges.filter((e) => e.block === b).length;
    expect(count('Wxh')).toBe(4 * 2);
    expect(count('Why')).toBe(4 * 2);
    expect(count('Whh')).toBe(3 * 4);
    // columns left to right; inside a column y above h above x
    const at = (g: string, t: number) =>
      layout.nodes.find((n) => n.group === g && n.t === t && n.j === 0)!;
    expect(at('h', 1).x).toBeGreaterThan(at('h', 0).x);
    expect(at('y', 0).y).toBeLessThan(at('h', 0).y);
    expect(at('h', 0).y).toBeLessThan(at('x', 0).y);
    // every node inside the box
    for (const n of layout.nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(800);
      expect(n.y + n.r).toBeLessThanOrEqual(400);
    }
  });

  it('a window not starting at step 1 still draws the recurrent weights into its first step', () => {
    const layout = layoutUnrolled(shape, [5, 6], 390, 300);
    const whh = layout.edges.filter((e) => e.block === 'Whh' && e.t === 5);
    expect(whh).toHaveLength(4);
    expect(Math.max(...whh.map((e) => e.x1))).toBeLessThan(layout.columns[0].x);
  });

  it('without a readout there are no y nodes and no Why edges', () => {
    const layout = layoutUnrolled({ ...shape, readout: false }, [0, 1], 600, 300);
    expect(layout.nodes.some((n) => n.group === 'y')).toBe(false);
    expect(layout.edges.some((e) => e.block === 'Why')).toBe(false);
  });
});

describe('unrolled keys', () => {
  const ctx = { shape, steps: [2, 3, 4] };
  const h0: UnrolledItem = { kind: 'node', group: 'h', t: 3, j: 0 };

  it('arrows walk steps and the units of a column; I enters the incoming weights', () => {
    expect(moveItem(ctx, h0, 'ArrowRight')).toEqual({ ...h0, t: 4 });
    expect(moveItem(ctx, { ...h0, t: 4 }, 'ArrowRight')).toBeNull();
    expect(moveItem(ctx, h0, 'ArrowUp')).toEqual({ kind: 'node', group: 'y', t: 3, j: 0 });
    expect(moveItem(ctx, { ...h0, j: 1 }, 'ArrowDown')).toEqual({
      kind: 'node',
      group: 'x',
      t: 3,
      j: 0,
    });
    const w = moveItem(ctx, h0, 'i')!;
    expect(itemRef(w)).toEqual({ kind: 'entry', block: 'Wxh', position: [0, 0], t: 3 });
    const r = moveItem(ctx, w, 'ArrowDown')!;
    expect(itemRef(r)).toEqual({ kind: 'entry', block: 'Whh', position: [0, 0], t: 3 });
    // the same shared weight one step later
    expect(itemRef(moveItem(ctx, r, 'ArrowRight')!)).toEqual({
      kind: 'entry',
      block: 'Whh',
      position: [0, 0],
      t: 4,
    });
    expect(moveItem(ctx, r, 'Escape')).toEqual(h0);
    expect(itemRef(h0)).toEqual({ kind: 'neuron', layer: 1, j: 0, t: 3 });
  });

  it('every move lands on a drawn item', () => {
    const keys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'i', 'Escape'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...keys), { maxLength: 30 }), (seq) => {
        let item: UnrolledItem = h0;
        for (const k of seq) {
          item = moveItem(ctx, item, k) ?? item;
          expect(itemValid(ctx, item)).toBe(true);
        }
      }),
    );
  });
});
