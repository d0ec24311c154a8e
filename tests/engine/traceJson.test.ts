// The trace JSON of the public contract, checked on the 2-2-1 worked example.
import { describe, expect, it } from 'vitest';
import { traceToJson } from '../../src/engine/traceJson';
import { makeTwoTwoOne, twoTwoOneNumbers } from '../helpers/twoTwoOne';

const { weights } = twoTwoOneNumbers();

const twoUpdates = () => {
  const trainer = makeTwoTwoOne();
  return [trainer.step(true), trainer.step(true)].map((r) => {
    if (!r.ok || !r.trace) throw new Error('the step should succeed');
    return r.trace;
  });
};

describe('traceToJson', () => {
  it('has the contract’s fields, in nested [l][j][i] layout, and survives JSON text', () => {
    const json = traceToJson('The 2-2-1 worked example', twoUpdates());
    const parsed = JSON.parse(JSON.stringify(json)) as typeof json;
    expect(parsed).toEqual(json);
    expect(parsed.title).toBe('The 2-2-1 worked example');
    expect(parsed.updates.map((u) => u.update)).toEqual([1, 2]);
    const [u] = parsed.updates;
    for (const key of [
      'update',
      'epoch',
      'batch',
      'samples',
      'loss',
      'gradients',
      'before',
      'after',
    ]) {
      expect(u).toHaveProperty(key);
    }
    expect(u.epoch).toBe(1);
    expect(u.batch).toEqual([0]);
    expect(u.before).toEqual({ weights, biases: [[0, 0], [0]] });
    // Published values of the example (six decimals).
    expect(u.after.weights[0][0][0]).toBeCloseTo(0.199045, 6);
    expect(u.after.weights[0][1][1]).toBeCloseTo(0.29435, 6);
    expect(u.after.weights[1][0][1]).toBeCloseTo(0.878743, 6);
    expect(parsed.updates[1].before).toEqual(u.after);
  });

  it('lists each sample’s layers with z, a, dLda and delta, input layer excluded', () => {
    const [u] = traceToJson('t', twoUpdates()).updates;
    const s = u.samples[0];
    expect(s).toMatchObject({ index: 0, input: [0.35, 0.7], target: [0.5] });
    expect(s.layers).toHaveLength(2);
    for (const layer of s.layers)
      expect(Object.keys(layer).sort()).toEqual(['a', 'dLda', 'delta', 'z']);
    // z of the hidden layer: 0.2·0.35 + 0.2·0.7 and 0.3·0.35 + 0.3·0.7.
    expect(s.layers[0].z[0]).toBeCloseTo(0.21, 15);
    expect(s.layers[0].z[1]).toBeCloseTo(0.315, 15);
    expect(s.layers[1].a[0]).toBeCloseTo(0.665074, 6);
    // Squared error: dL/dy = y − t.
    expect(s.layers[1].dLda[0]).toBeCloseTo(s.layers[1].a[0] - 0.5, 15);
    expect(u.loss).toBe(s.loss);
    expect(s.loss).toBeCloseTo(0.5 * (0.665074 - 0.5) ** 2, 6);
  });

  it('gives the gradient as (before − after)/η for plain SGD with rate 1', () => {
    const [u] = traceToJson('t', twoUpdates()).updates;
    u.gradients.weights.forEach((layer, l) =>
      layer.forEach((row, j) =>
        row.forEach((g, i) =>
          expect(g).toBeCloseTo(u.before.weights[l][j][i] - u.after.weights[l][j][i], 15),
        ),
      ),
    );
    expect(u.gradients.biases[1][0]).not.toBe(0);
    expect(u.after.biases).toEqual(u.before.biases);
  });
});
