// Shipped data sets read from the CSV beside the exported script: the script, run as a learner
// runs it (`python3 <folder>/<name>.py` from elsewhere, the CSV copied next to it), prints the
// engine's losses (within 1e-10 relative) and ends at its parameters; the data it builds from
// the CSV equal the app's loader's bit for bit; a missing CSV stops it with a message naming
// the file; inline data stay inline.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledDataCode } from '../../src/export/bundledData';
import { scriptHeader } from '../../src/export/scriptParts';
import { parseIris, parseDigits } from '../../src/data/real';
import { sunspotWindows } from '../../src/data/sequences';
import { ALL_PRESETS } from '../../src/scenario/allPresets';
import { readTextSync } from '../helpers/files';
import {
  engineSide,
  maxRelDiff,
  PYTHON,
  runScripts,
  runScriptsForOutput,
  torchMissing,
} from './parity';

const UPDATES = 3;
const DATA = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/data');

function presetScenario(id: string): unknown {
  const preset = ALL_PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  return preset.scenario;
}

/** Writes `files` (name → text) into a new folder; `copy` copies shipped data files there. */
function folder(files: Record<string, string>, copy: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'bpl-beside-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  for (const name of copy) copyFileSync(join(DATA, name), join(dir, name));
  return dir;
}

/** Runs a script from another working directory, as `python3 <path>`. */
function runPython(path: string) {
  return spawnSync(PYTHON, [path], { cwd: tmpdir(), encoding: 'utf8', maxBuffer: 64 << 20 });
}

describe('export → PyTorch with a shipped data set beside the script', () => {
  it('every preset on iris, digits or sunspots reproduces the engine from the CSV', async () => {
    const missing = torchMissing();
    expect(missing, missing ?? '').toBeNull();
    const ids = ['iris', 'digits', 'sunspots-rnn', 'sunspots-lstm', 'sunspots-gru', 'digits-cnn'];
    const sides = await Promise.all(
      ids.map(async (id) => ({
        id,
        ...(await engineSide(presetScenario(id), UPDATES, { dataBeside: true })),
      })),
    );
    const files = new Set<string>();
    for (const side of sides) {
      expect(side.dataFile, side.id).toMatch(/^(iris|digits|sunspots)\.csv$/);
      files.add(side.dataFile ?? '');
      // the data are read, not written out: no inline list, and the script stays small
      expect(side.script, side.id).toContain(`Path(__file__).with_name("${side.dataFile}")`);
      expect(side.script, side.id).not.toMatch(/^(INPUTS|TARGETS|SEQUENCES) = \[\n {4}\(?\[/m);
      expect(side.script.length, side.id).toBeLessThan(100_000);
    }
    const outputs = runScripts(
      sides.map((s) => s.script),
      [...files],
    );
    const report: string[] = [];
    sides.forEach((side, k) => {
      const out = outputs[k];
      expect(out.losses, side.id).toHaveLength(UPDATES);
      const lossDiff = maxRelDiff(out.losses, side.losses);
      const paramDiff = maxRelDiff(out.params, side.params, 1);
      report.push(
        `${side.id}: loss ${lossDiff.toExponential(2)}, params ${paramDiff.toExponential(2)}`,
      );
      expect(lossDiff, `${side.id} losses`).toBeLessThanOrEqual(1e-10);
      expect(paramDiff, `${side.id} parameters`).toBeLessThanOrEqual(1e-10);
    });
    console.info(`max relative differences, data read beside:\n${report.join('\n')}`);
  }, 180_000);

  it('builds from each CSV exactly the data the app loads', () => {
    const cases = [
      { spec: { kind: 'iris' }, data: parseIris(readTextSync('iris.csv')).dataset },
      { spec: { kind: 'digits' }, data: parseDigits(readTextSync('digits.csv')).dataset },
    ];
    const dump = 'print(json.dumps([INPUTS.tolist(), TARGETS.tolist()]))\n';
    const scripts: string[] = [];
    const files = new Set<string>();
    for (const { spec, data } of cases) {
      const code = bundledDataCode(spec, data.n);
      if (!code) throw new Error(`no data code for ${spec.kind}`);
      scripts.push(
        `${scriptHeader(spec.kind, 0, ['json', ...code.imports])}\n${code.block}${dump}`,
      );
      files.add(code.file);
    }
    const readouts = ['every-step', 'last-step'] as const;
    const windows = readouts.map((readout) => {
      const { sequences } = sunspotWindows(readTextSync('sunspots.csv'), 12, readout);
      const code = bundledDataCode(
        { kind: 'sunspots', window: 12 },
        sequences.n,
        readout === 'every-step',
      );
      if (!code) throw new Error('no data code for sunspots');
      scripts.push(
        `${scriptHeader('sunspots', 0, ['json', ...code.imports])}\n${code.block}` +
          'print(json.dumps([[x.tolist(), t.tolist()] for x, t in SEQUENCES]))\n',
      );
      files.add(code.file);
      return { readout, sequences };
    });
    // one Python process for the four scripts (each run would import torch again), the CSVs
    // beside them, each reading its CSV through its own __file__
    const outs = runScriptsForOutput(scripts, [...files]).map((r) => r.out);
    cases.forEach(({ spec, data }, k) => {
      const [inputs, targets] = JSON.parse(outs[k]) as [number[][], number[][]];
      expect(Float64Array.from(inputs.flat()), spec.kind).toEqual(data.inputs);
      expect(Float64Array.from(targets.flat()), spec.kind).toEqual(data.targets);
    });
    windows.forEach(({ readout, sequences }, k) => {
      const seqs = JSON.parse(outs[cases.length + k]) as [number[][], number[][]][];
      expect(seqs).toHaveLength(sequences.n);
      expect(Float64Array.from(seqs.flatMap(([x]) => x.flat())), readout).toEqual(sequences.inputs);
      expect(Float64Array.from(seqs.flatMap(([, t]) => t.flat())), readout).toEqual(
        sequences.targets,
      );
    });
  }, 60_000);

  it('stops with a message naming the CSV when it is not beside the script', async () => {
    const side = await engineSide(presetScenario('iris'), 1, { dataBeside: true });
    const dir = folder({ 'iris.py': side.script }, []);
    const r = runPython(join(dir, 'iris.py'));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(`${join(dir, 'iris.csv')} was not found`);
    expect(r.stdout).toBe('');
    // a file of another length is refused too, not read as the wrong data
    writeFileSync(
      join(dir, 'iris.csv'),
      readTextSync('iris.csv').split('\n').slice(0, 20).join('\n'),
    );
    const short = runPython(join(dir, 'iris.py'));
    expect(short.status).not.toBe(0);
    expect(short.stderr).toContain("has 19 data rows; the app's iris.csv has 150");
  }, 60_000);

  it('keeps small and generated data inline, and shipped sets inline unless asked', async () => {
    const xor = await engineSide(presetScenario('xor'), 1, { dataBeside: true });
    expect(xor.dataFile).toBeNull();
    expect(xor.script).toContain('INPUTS = [');
    expect(xor.script).not.toContain('import csv');
    const iris = await engineSide(presetScenario('iris'), 1);
    expect(iris.dataFile).toBeNull();
    expect(iris.script).not.toContain('__file__');
  });

  it('imports only the standard library it uses, in isort order', async () => {
    const unused =
      'import ast, sys\n' +
      'tree = ast.parse(sys.stdin.read())\n' +
      'names = {a.asname or a.name for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom)) for a in n.names}\n' +
      'used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}\n' +
      'print(sorted(names - used))\n';
    for (const [id, imports] of [
      ['iris', ['import csv', 'import json', 'import math', 'from pathlib import Path']],
      ['digits-cnn', ['import csv', 'import json', 'from pathlib import Path']],
      ['sunspots-gru', ['import csv', 'import json', 'from pathlib import Path']],
    ] as const) {
      const { script } = await engineSide(presetScenario(id), 1, { dataBeside: true });
      const lines = script.split('\n').filter((l) => /^\s*(import|from)\s/.test(l));
      expect(lines, id).toEqual([...imports, 'import torch']);
      const r = spawnSync(PYTHON, ['-c', unused], { input: script, encoding: 'utf8' });
      expect(r.stderr, id).toBe('');
      expect(r.stdout.trim(), `${id}: unused imports`).toBe('[]');
    }
  });
});
