import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  blockOf,
  createLayout,
  indexIn,
  locate,
  nestedBlock,
  nestedByName,
} from '../../src/engine/layout';

const rnn = createLayout([
  { name: 'Wxh', shape: [2, 1], role: 'weight' },
  { name: 'Whh', shape: [2, 2], role: 'weight' },
  { name: 'bh', shape: [2], role: 'bias' },
]);

describe('parameter layout', () => {
  it('lays blocks out one after another in the order given', () => {
    expect(rnn.blocks.map((b) => [b.name, b.offset, b.size])).toEqual([
      ['Wxh', 0, 2],
      ['Whh', 2, 4],
      ['bh', 6, 2],
    ]);
    expect(rnn.size).toBe(8);
  });

  it('refuses two blocks with one name', () => {
    expect(() =>
      createLayout([
        { name: 'W', shape: [1], role: 'weight' },
        { name: 'W', shape: [1], role: 'weight' },
      ]),
    ).toThrow(/duplicate/);
  });

  it('indexes matrices row-major, [receiving][sending]', () => {
    expect(indexIn(blockOf(rnn, 'Whh'), [1, 0])).toBe(4);
    expect(() => blockOf(rnn, 'Why')).toThrow(/no parameter block/);
  });

  it('locate inverts indexIn for every entry of random layouts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }), {
          minLength: 1,
          maxLength: 4,
        }),
        (shapes) => {
          const layout = createLayout(
            shapes.map((shape, k) => ({ name: `B${k}`, shape, role: 'weight' as const })),
          );
          for (let index = 0; index < layout.size; index += 1) {
            const found = locate(layout, index);
            expect(found).not.toBeNull();
            if (found) expect(indexIn(found.block, found.position)).toBe(index);
          }
          expect(locate(layout, layout.size)).toBeNull();
        },
      ),
    );
  });

  it('nests a block by its shape and keys every block by name', () => {
    const flat = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(nestedBlock(blockOf(rnn, 'Whh'), flat)).toEqual([
      [3, 4],
      [5, 6],
    ]);
    expect(nestedByName(rnn, flat)).toEqual({
      Wxh: [[1], [2]],
      Whh: [
        [3, 4],
        [5, 6],
      ],
      bh: [7, 8],
    });
  });
});
