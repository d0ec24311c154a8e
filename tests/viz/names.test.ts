import { describe, expect, it } from 'vitest';
import {
  layerTitle,
  neuronLabel,
  neuronText,
  shortLabel,
  sideLabelRoom,
  sideNames,
  subscript,
} from '../../src/viz/names';
import {
  paramIndexOf,
  paramSlots,
  refExists,
  refKey,
  refTouchesNeuron,
  sameRef,
} from '../../src/viz/refs';

describe('names and refs', () => {
  it('labels inputs x, hidden units h and outputs ŷ with subscripts', () => {
    expect(neuronLabel([2, 2, 1], 0, 0)).toBe('x₁');
    expect(neuronLabel([2, 2, 1], 1, 1)).toBe('h₂');
    expect(neuronLabel([2, 2, 1], 2, 0)).toBe('ŷ₁');
    expect(neuronLabel([64, 32, 10], 2, 9)).toBe('ŷ₁₀');
    expect(subscript(12)).toBe('₁₂');
  });

  it('tells hidden layers apart in deeper nets', () => {
    expect(neuronText([2, 3, 3, 1], 2, 0)).toBe('h2.1');
    expect(neuronLabel([2, 3, 3, 1], 1, 2)).toBe('h₁,₃');
    expect([0, 1, 2, 3].map((l) => layerTitle([2, 3, 3, 1], l))).toEqual([
      'Input',
      'Hidden 1',
      'Hidden 2',
      'Output',
    ]);
  });

  it('finds a weight at wOffset + j*nIn + i and a bias at bOffset + j', () => {
    const slots = paramSlots([3, 4, 2]);
    expect(slots[1]).toEqual({ nIn: 4, nOut: 2, wOffset: 16, bOffset: 24 });
    expect(paramIndexOf(slots, { kind: 'weight', layer: 1, j: 1, i: 2 })).toBe(16 + 4 + 2);
    expect(paramIndexOf(slots, { kind: 'bias', layer: 0, j: 3 })).toBe(12 + 3);
    expect(paramIndexOf(slots, { kind: 'neuron', layer: 1, j: 0 })).toBeNull();
  });

  it('compares refs by value and knows which neurons a weight touches', () => {
    expect(sameRef({ kind: 'bias', layer: 0, j: 1 }, { kind: 'bias', layer: 0, j: 1 })).toBe(true);
    expect(sameRef({ kind: 'bias', layer: 0, j: 1 }, { kind: 'neuron', layer: 0, j: 1 })).toBe(
      false,
    );
    expect(sameRef(null, null)).toBe(false);
    expect(refKey({ kind: 'weight', layer: 1, j: 0, i: 1 })).toBe('w:1:0:1');
    const w = { kind: 'weight', layer: 0, j: 1, i: 0 } as const;
    expect(refTouchesNeuron(w, 0, 0)).toBe(true);
    expect(refTouchesNeuron(w, 1, 1)).toBe(true);
    expect(refTouchesNeuron(w, 1, 0)).toBe(false);
  });
});

describe('refExists', () => {
  it('accepts refs inside the net and rejects refs past it', () => {
    const sizes = [2, 3, 1];
    expect(refExists(sizes, { kind: 'neuron', layer: 2, j: 0 })).toBe(true);
    expect(refExists(sizes, { kind: 'neuron', layer: 3, j: 0 })).toBe(false);
    expect(refExists(sizes, { kind: 'weight', layer: 1, j: 0, i: 2 })).toBe(true);
    expect(refExists(sizes, { kind: 'weight', layer: 1, j: 1, i: 0 })).toBe(false);
    expect(refExists(sizes, { kind: 'weight', layer: 0, j: 0, i: 2 })).toBe(false);
    expect(refExists(sizes, { kind: 'bias', layer: 2, j: 0 })).toBe(false);
  });
});

describe('side labels', () => {
  it('names inputs and outputs only when the names say more than the node labels', () => {
    expect(sideNames(['x₁', 'x₂'], 2)).toBeNull();
    expect(sideNames(['x1', 'x2', 'x3'], 3)).toBeNull();
    expect(sideNames(['column 1', 'column 2'], 2)).toBeNull();
    expect(sideNames(['setosa', 'versicolor', 'virginica'], 3)).toEqual([
      'setosa',
      'versicolor',
      'virginica',
    ]);
    expect(sideNames(['a', 'b'], 3)).toBeNull(); // not one per neuron
    expect(sideNames(['only'], 1)).toBeNull(); // a single output needs no key
    expect(sideNames(null, 2)).toBeNull();
  });

  it('cuts long names and makes room for the longest', () => {
    expect(shortLabel('petal length')).toBe('petal length');
    expect(shortLabel('a very long feature name')).toBe('a very long f…');
    expect(shortLabel('a very long feature name')).toHaveLength(14);
    expect(sideLabelRoom(null)).toBe(0);
    expect(sideLabelRoom(['0', '1'])).toBe(40);
    expect(sideLabelRoom(['sepal length', 'x'])).toBe(14 + 6.5 * 12);
    expect(sideLabelRoom(['a very long feature name', 'b'])).toBe(105);
  });
});
