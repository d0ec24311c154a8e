// The one reference type: keys, equality and parameter indices asked of the layout.
import { describe, expect, it } from 'vitest';
import { createLayout } from '../../src/engine/layout';
import { biasIndex, createNetwork, weightIndex } from '../../src/engine/network';
import { createRng } from '../../src/engine/random';
import { mlpParamRefs, refKey, refOfParam, refParamIndex, sameRef } from '../../src/engine/ref';

const net = createNetwork(
  { sizes: [3, 4, 2], activations: ['relu', 'linear'], init: 'zeros' },
  createRng(1, 'init'),
);

describe('references', () => {
  it('find every MLP weight and bias where weightIndex and biasIndex put it', () => {
    for (let l = 0; l < 2; l += 1) {
      for (let j = 0; j < net.sizes[l + 1]; j += 1) {
        for (let i = 0; i < net.sizes[l]; i += 1) {
          const ref = { kind: 'weight', layer: l, j, i } as const;
          expect(refParamIndex(net.layout, ref)).toBe(weightIndex(net, l, j, i));
        }
        expect(refParamIndex(net.layout, { kind: 'bias', layer: l, j })).toBe(biasIndex(net, l, j));
      }
    }
    expect(refParamIndex(net.layout, { kind: 'neuron', layer: 1, j: 0 })).toBeNull();
    expect(refParamIndex(net.layout, { kind: 'bias', layer: 2, j: 0 })).toBeNull();
  });

  it('list the parameters in flat order, and turn a flat index back into its reference', () => {
    const refs = mlpParamRefs(net.layout);
    expect(refs).toHaveLength(net.params.length);
    refs.forEach((ref, k) => {
      expect(refParamIndex(net.layout, ref)).toBe(k);
      expect(refOfParam(net.layout, k)).toEqual(ref);
    });
    expect(refOfParam(net.layout, net.params.length)).toBeNull();
  });

  it('name entries of other blocks by block and position, with the time step in the key', () => {
    const layout = createLayout([
      { name: 'Wxh', shape: [2, 1], role: 'weight' },
      { name: 'Whh', shape: [2, 2], role: 'weight' },
    ]);
    const ref = { kind: 'entry', block: 'Whh', position: [1, 0], t: 3 } as const;
    expect(refParamIndex(layout, ref)).toBe(2 + 2);
    expect(refOfParam(layout, 4)).toEqual({ kind: 'entry', block: 'Whh', position: [1, 0] });
    expect(refKey(ref)).toBe('e:Whh:1,0@3');
    expect(sameRef(ref, { ...ref, t: 2 })).toBe(false);
    expect(sameRef({ kind: 'neuron', layer: 1, j: 0 }, { kind: 'neuron', layer: 1, j: 0 })).toBe(
      true,
    );
    expect(refKey({ kind: 'weight', layer: 1, j: 0, i: 1 })).toBe('w:1:0:1');
  });
});
