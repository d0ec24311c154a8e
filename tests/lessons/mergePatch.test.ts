// JSON Merge Patch follows RFC 7396: every example of its Appendix A, and the target is never changed.
import { describe, expect, it } from 'vitest';
import { mergePatch } from '../../src/lessons/mergePatch';

// RFC 7396 Appendix A: [original, patch, result]
const APPENDIX_A: [unknown, unknown, unknown][] = [
  [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
  [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
  [{ a: 'b' }, { a: null }, {}],
  [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
  [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
  [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
  [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
  [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
  [
    ['a', 'b'],
    ['c', 'd'],
    ['c', 'd'],
  ],
  [{ a: 'b' }, ['c'], ['c']],
  [{ a: 'foo' }, null, null],
  [{ a: 'foo' }, 'bar', 'bar'],
  [{ e: null }, { a: 1 }, { e: null, a: 1 }],
  [[1, 2], { a: 'b', c: null }, { a: 'b' }],
  [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
];

describe('mergePatch', () => {
  it.each(APPENDIX_A.map((row, k) => [k + 1, ...row] as const))(
    'RFC 7396 Appendix A example %i',
    (_k, original, patch, result) => {
      expect(mergePatch(original, patch)).toEqual(result);
    },
  );

  it('gives the RFC’s section 3 example', () => {
    const target = {
      title: 'Goodbye!',
      author: { givenName: 'John', familyName: 'Doe' },
      tags: ['example', 'sample'],
      content: 'This will be unchanged',
    };
    const patch = {
      title: 'Hello!',
      phoneNumber: '+01-123-456-7890',
      author: { familyName: null },
      tags: ['example'],
    };
    expect(mergePatch(target, patch)).toEqual({
      title: 'Hello!',
      author: { givenName: 'John' },
      tags: ['example'],
      content: 'This will be unchanged',
      phoneNumber: '+01-123-456-7890',
    });
  });

  it('changes neither the target nor the patch, and shares no object with them', () => {
    const target = { optimizer: { kind: 'sgd', learningRate: 1 }, layers: [2, 2, 1] };
    const patch = { optimizer: { learningRate: 5 }, data: { inputs: [[1, 2]] } };
    const before = JSON.stringify([target, patch]);
    const out = mergePatch(target, patch) as {
      layers: number[];
      data: { inputs: number[][] };
    };
    expect(JSON.stringify([target, patch])).toBe(before);
    expect(out.layers).not.toBe(target.layers);
    expect(out.data.inputs).not.toBe(patch.data.inputs);
    expect(out).toEqual({
      optimizer: { kind: 'sgd', learningRate: 5 },
      layers: [2, 2, 1],
      data: { inputs: [[1, 2]] },
    });
  });
});
