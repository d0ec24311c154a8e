// Keyboard movement inside the graph (one tab stop): arrows between neurons and layers, an
// input image on its grid, I/O/B to a neuron's weights and bias, Escape back, and nothing
// but neurons on a big net.
import { describe, expect, it } from 'vitest';
import {
  FIRST_FOCUS,
  focusValid,
  moveFocus,
  type GraphFocus,
  type GraphKeyContext,
} from '../../src/viz/graphKeys';
import { refKey } from '../../src/viz/refs';

const small: GraphKeyContext = { sizes: [2, 3, 1], imageCols: null, params: true };
const walk = (ctx: GraphKeyContext, keys: string[], from: GraphFocus = FIRST_FOCUS) => {
  let at = from;
  const seen: string[] = [];
  for (const key of keys) {
    at = moveFocus(ctx, at, key) ?? at;
    seen.push(refKey(at.ref));
  }
  return seen;
};

describe('moveFocus', () => {
  it('moves between the neurons of a layer and across layers, proportionally', () => {
    expect(walk(small, ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp', 'End', 'Home'])).toEqual([
      'n:1:1',
      'n:1:2',
      'n:1:2',
      'n:1:1',
      'n:1:2',
      'n:1:0',
    ]);
    // from the last of 3 hidden neurons to the last of 2 inputs; the output has one
    expect(walk(small, ['End', 'ArrowLeft', 'ArrowLeft', 'ArrowRight', 'ArrowRight'])).toEqual([
      'n:1:2',
      'n:0:1',
      'n:0:1',
      'n:1:2',
      'n:2:0',
    ]);
  });

  it('walks a neuron’s incoming weights with I, outgoing with O, and its bias with B', () => {
    expect(walk(small, ['ArrowDown', 'i', 'ArrowDown', 'End', 'ArrowDown', 'Escape'])).toEqual([
      'n:1:1',
      'w:0:1:0',
      'w:0:1:1',
      'w:0:1:1',
      'w:0:1:1',
      'n:1:1',
    ]);
    expect(
      walk(small, ['ArrowLeft', 'o', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'Escape']),
    ).toEqual(['n:0:0', 'w:0:0:0', 'w:0:1:0', 'w:0:2:0', 'w:0:2:0', 'n:0:0']);
    expect(walk(small, ['B', 'ArrowDown', 'End', 'ArrowRight'])).toEqual([
      'b:0:0',
      'b:0:1',
      'b:0:2',
      'n:1:2',
    ]);
    // a weight's ends: ← the sender, → the receiver
    const w: GraphFocus = { ref: { kind: 'weight', layer: 1, j: 0, i: 2 }, walk: 'in' };
    expect(refKey(moveFocus(small, w, 'ArrowLeft')!.ref)).toBe('n:1:2');
    expect(refKey(moveFocus(small, w, 'ArrowRight')!.ref)).toBe('n:2:0');
  });

  it('leaves focus where it is for what a neuron does not have, and for other keys', () => {
    const input: GraphFocus = { ref: { kind: 'neuron', layer: 0, j: 0 }, walk: 'in' };
    const output: GraphFocus = { ref: { kind: 'neuron', layer: 2, j: 0 }, walk: 'in' };
    expect(moveFocus(small, input, 'i')).toBeNull();
    expect(moveFocus(small, input, 'b')).toBeNull();
    expect(moveFocus(small, output, 'o')).toBeNull();
    expect(moveFocus(small, input, 'Escape')).toBeNull();
    expect(moveFocus(small, input, 'x')).toBeNull();
  });

  it('keeps a big net to its neurons, and moves on an input image’s grid', () => {
    const big: GraphKeyContext = { sizes: [64, 32, 10], imageCols: 8, params: false };
    expect(moveFocus(big, FIRST_FOCUS, 'i')).toBeNull();
    expect(moveFocus(big, FIRST_FOCUS, 'b')).toBeNull();
    const pixel: GraphFocus = { ref: { kind: 'neuron', layer: 0, j: 9 }, walk: 'in' };
    expect(walk(big, ['ArrowUp', 'ArrowUp', 'ArrowLeft', 'ArrowLeft'], pixel)).toEqual([
      'n:0:1',
      'n:0:1',
      'n:0:0',
      'n:0:0',
    ]);
    const edge: GraphFocus = { ref: { kind: 'neuron', layer: 0, j: 15 }, walk: 'in' };
    expect(walk(big, ['ArrowDown', 'ArrowRight'], edge)).toEqual(['n:0:23', 'n:1:11']);
  });
});

describe('focusValid', () => {
  it('refuses items gone after a change of architecture, and weights on a big net', () => {
    const w: GraphFocus = { ref: { kind: 'weight', layer: 0, j: 2, i: 1 }, walk: 'in' };
    expect(focusValid(small, w)).toBe(true);
    expect(focusValid({ ...small, sizes: [2, 2, 1] }, w)).toBe(false);
    expect(focusValid({ ...small, params: false }, w)).toBe(false);
    expect(focusValid({ ...small, params: false }, FIRST_FOCUS)).toBe(true);
  });
});
