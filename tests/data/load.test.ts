// Loading a data spec: inline targets, shipped files through readText, seeded toy sets.
import { describe, expect, it } from 'vitest';
import { DataError, inlineOutputCount, loadData, type DataFileName } from '../../src/data';
import { readText } from '../helpers/files';

describe('loading a data spec', () => {
  it('infers the output count of inline targets when the network does not give it', async () => {
    expect(inlineOutputCount([[0.5, 1]])).toBe(2);
    expect(inlineOutputCount([0, 2, 1])).toBe(3);
    expect(inlineOutputCount([0, 1])).toBe(1);
    const loaded = await loadData(
      { kind: 'inline', inputs: [[0], [1], [2]], targets: [0, 2, 1] },
      { readText, seed: 1 },
    );
    expect(Array.from(loaded.dataset.targets)).toEqual([1, 0, 0, 0, 0, 1, 0, 1, 0]);
    expect(loaded.dataset.task).toBe('classification');
  });

  it('refuses ragged inline rows with their path even without the validator', async () => {
    const load = loadData(
      { kind: 'inline', inputs: [[0, 1], [1]], targets: [[0], [1]] },
      { readText, seed: 1 },
    );
    await expect(load).rejects.toBeInstanceOf(DataError);
    await expect(load).rejects.toMatchObject({ path: 'data.inputs[1]' });
  });

  it('reads iris and digits through readText', async () => {
    const names: string[] = [];
    const spy = (name: DataFileName): Promise<string> => {
      names.push(name);
      return readText(name);
    };
    const iris = await loadData({ kind: 'iris' }, { readText: spy, seed: 1 });
    const digits = await loadData({ kind: 'digits' }, { readText: spy, seed: 1 });
    expect(names).toEqual(['iris.csv', 'digits.csv']);
    expect([iris.dataset.nOut, digits.dataset.nOut]).toEqual([3, 10]);
  });

  it('draws the same toy set from the same seed and another from another seed', async () => {
    const spec = { kind: 'spiral', samples: 50, noise: 0.3 } as const;
    const a = await loadData(spec, { readText, seed: 9 });
    const b = await loadData(spec, { readText, seed: 9 });
    const c = await loadData(spec, { readText, seed: 10 });
    expect(b.dataset.inputs).toEqual(a.dataset.inputs);
    expect(c.dataset.inputs).not.toEqual(a.dataset.inputs);
  });
});
