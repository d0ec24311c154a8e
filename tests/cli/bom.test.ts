// A scenario file that starts with a byte-order mark (as Windows editors save it) is read by
// every command the same as without one, from a file and from standard input.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getPreset } from '../../src/scenario/presets';
import { cli } from './runCli';

const text = JSON.stringify(getPreset('xor')!.scenario);

describe('a byte-order mark', () => {
  it.each([['validate'], ['trace', '--format', 'csv'], ['train', '--updates', '3', '--json']])(
    'is dropped by %s, from a file and from standard input',
    async (command, ...flags) => {
      const dir = await mkdtemp(join(tmpdir(), 'lens-bom-'));
      const file = join(dir, 'scenario.json');
      await writeFile(file, `\uFEFF${text}`, 'utf8');
      const plain = await cli([command, '-', ...flags], text);
      expect(plain.code).toBe(0);
      expect(await cli([command, file, ...flags])).toEqual(plain);
      expect(await cli([command, '-', ...flags], `\uFEFF${text}`)).toEqual(plain);
    },
  );

  it('is dropped once only: a second one is not JSON', async () => {
    const result = await cli(['validate', '-'], `\uFEFF\uFEFF${text}`);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not valid JSON/);
  });
});
