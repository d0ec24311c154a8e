// `export … --data-dir D`: a shipped data set's CSV is written into D, byte for byte the app's,
// and the printed script reads it from its own folder; inline data write nothing; without the
// flag every script stays self-contained; a folder that cannot be written is bad input (exit 2).
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { readText, readTextSync } from '../helpers/files';

interface Written {
  readonly path: string;
  readonly text: string;
}

async function exportCli(args: string[], failWrite = false) {
  let stdout = '';
  let stderr = '';
  const written: Written[] = [];
  const code = await runCli(['export', ...args], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdin: async () => '',
    stderrIsTTY: false,
    readFile: async () => {
      throw new Error('no files here');
    },
    readDataFile: readText,
    writeFile: async (path, text) => {
      if (failWrite) throw new Error('EACCES: permission denied');
      written.push({ path, text });
    },
  });
  return { code, stdout, stderr, written };
}

describe('export --data-dir', () => {
  it('writes the shipped CSV into the folder and prints a script that reads it', async () => {
    for (const [preset, file] of [
      ['iris', 'iris.csv'],
      ['sunspots-lstm', 'sunspots.csv'],
    ] as const) {
      const r = await exportCli([`preset:${preset}`, '--to', 'pytorch', '--data-dir', 'out/here']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.written).toEqual([{ path: `out/here/${file}`, text: readTextSync(file) }]);
      expect(r.stdout).toContain(`DATA_FILE = Path(__file__).with_name("${file}")`);
      expect(r.stdout.startsWith('#!/usr/bin/env python3\n')).toBe(true);
      expect(r.stderr).toContain(`wrote out/here/${file}`);
      expect(r.stderr).toContain('save it in out/here too');
    }
  });

  it('writes nothing for inline data, and keeps every script self-contained without it', async () => {
    const xor = await exportCli(['preset:xor', '--to', 'pytorch', '--data-dir', 'out']);
    expect(xor.code).toBe(0);
    expect(xor.written).toEqual([]);
    expect(xor.stderr).toMatch(/inline in the script; --data-dir wrote nothing/);
    expect(xor.stdout).toContain('INPUTS = [');
    const iris = await exportCli(['preset:iris', '--to', 'pytorch']);
    expect(iris.code).toBe(0);
    expect(iris.written).toEqual([]);
    expect(iris.stderr).toBe('');
    expect(iris.stdout).not.toContain('__file__');
    expect(iris.stdout).toMatch(/^INPUTS = \[\n {4}\[/m);
  });

  it('is bad input when the folder cannot be written, and prints no script', async () => {
    const r = await exportCli(['preset:digits', '--to', 'pytorch', '--data-dir', '/nope'], true);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^--data-dir: could not write \/nope\/digits\.csv \(EACCES/);
    const empty = await exportCli(['preset:iris', '--to', 'pytorch', '--data-dir']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/--data-dir needs a value/);
  });
});
