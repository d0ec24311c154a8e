// The engine side and the Python side of the export's parity tests: a scenario's exported
// script and the engine's own numbers for the same updates, and the scripts run under
// /usr/bin/python3 with torch, and their comparison (1e-10 relative). Test-only.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { exportPyTorch, type ExportOptions } from '../../src/export';
import { loadScenarioRun } from '../../src/scenario/instantiate';
import { loadRecurrentRun } from '../../src/scenario/recurrentRun';
import { loadGatedRun } from '../../src/scenario/gatedRun';
import { loadCnnRun } from '../../src/scenario/cnnRun';
import { loadFixedPointRun } from '../../src/scenario/fixedPointRun';
import {
  isCnnScenario,
  isFixedPointScenario,
  isGatedScenario,
  isRecurrentScenario,
} from '../../src/scenario/validate';
import { validateAnyScenario } from '../../src/scenario/validateAny';
import { readText } from '../helpers/files';

export const PYTHON = '/usr/bin/python3';
const HERE = dirname(fileURLToPath(import.meta.url));
const RUNNER = resolve(HERE, 'runScripts.py');
const DATA = resolve(HERE, '../../public/data');

/** Why the parity tests cannot run here, or null when /usr/bin/python3 imports torch. */
export function torchMissing(): string | null {
  const r = spawnSync(PYTHON, ['-c', 'import torch'], { encoding: 'utf8' });
  if (r.status === 0) return null;
  return (
    `${PYTHON} cannot import torch (${(r.error?.message ?? r.stderr).trim().split('\n').pop() ?? ''}). ` +
    'The export parity tests need it: install Debian’s python3-torch (bash .ci/run does).'
  );
}

export interface EngineSide {
  readonly script: string;
  readonly losses: number[];
  /** Final parameters, in the engine's flat layout. */
  readonly params: number[];
  /** The shipped CSV the script reads from its folder, or null (data inline). */
  readonly dataFile: string | null;
}

/** Validates `input`, exports it for `updates` updates, then trains a fresh run as far. */
export async function engineSide(
  input: unknown,
  updates: number,
  options?: ExportOptions,
): Promise<EngineSide> {
  const checked = validateAnyScenario(input);
  if (!checked.ok) throw new Error(`invalid scenario: ${JSON.stringify(checked.issues)}`);
  const scenario = checked.scenario;
  const run = isRecurrentScenario(scenario)
    ? await loadRecurrentRun(scenario, readText)
    : isGatedScenario(scenario)
      ? await loadGatedRun(scenario, readText)
      : isCnnScenario(scenario)
        ? await loadCnnRun(scenario, readText)
        : isFixedPointScenario(scenario)
          ? await loadFixedPointRun(scenario, readText)
          : 'layers' in scenario.network && scenario.network.kind === 'mlp'
            ? await loadScenarioRun(scenario as Parameters<typeof loadScenarioRun>[0], readText)
            : null;
  if (!run) throw new Error(`no parity run for network.kind ${scenario.network.kind}`);
  const params = 'rnn' in run ? run.rnn.params : 'cnn' in run ? run.cnn.params : run.net.params;
  const result = exportPyTorch(run, updates, options);
  if (!result.ok) throw new Error(result.reason);
  const losses: number[] = [];
  for (let u = 0; u < updates; u += 1) {
    const step = run.trainer.step(false);
    if (!step.ok) throw new Error(step.divergence.message);
    losses.push(step.loss);
  }
  return {
    script: result.script,
    losses,
    params: Array.from(params),
    dataFile: result.dataFile,
  };
}

export interface ScriptOutput {
  readonly losses: number[];
  /** Final parameters flattened W1, b1, W2, b2, … (the engine's layout). */
  readonly params: number[];
}

/**
 * Runs the scripts in one Python process (torch imported once); each script's printed output.
 * `beside`: shipped data files (public/data) copied into the scripts' folder first.
 */
export function runScriptsForOutput(
  scripts: readonly string[],
  beside: readonly string[] = [],
): { readonly path: string; readonly out: string }[] {
  const dir = mkdtempSync(join(tmpdir(), 'bpl-export-'));
  for (const name of beside) copyFileSync(join(DATA, name), join(dir, name));
  const paths = scripts.map((s, k) => {
    const path = join(dir, `script${k}.py`);
    writeFileSync(path, s);
    return path;
  });
  const out = execFileSync(PYTHON, [RUNNER, ...paths], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const results = JSON.parse(out) as { out: string; error: string | null }[];
  return results.map((r, k) => {
    if (r.error) throw new Error(`${paths[k]} failed:\n${r.error}`);
    return { path: paths[k], out: r.out };
  });
}

/** runScriptsForOutput, each output read as the script's losses and final parameters. */
export function runScripts(
  scripts: readonly string[],
  beside: readonly string[] = [],
): ScriptOutput[] {
  return runScriptsForOutput(scripts, beside).map((r) => parseScriptOutput(r.out, r.path));
}

/** A script's printed output → its losses (`update <n> loss <value>`) and final parameters. */
export function parseScriptOutput(out: string, label: string): ScriptOutput {
  const lines = out.trim().split('\n');
  const losses = lines
    .filter((l) => l.startsWith('update '))
    .map((l, u) => {
      const m = /^update (\d+) loss (\S+)$/.exec(l);
      if (!m || Number(m[1]) !== u + 1) throw new Error(`${label}: unexpected line "${l}"`);
      return Number(m[2]);
    });
  const final = JSON.parse(lines[lines.length - 1]) as Record<string, unknown>;
  // MLP: {weights, biases} → W1, b1, W2, b2, …; other kinds: their blocks in layout order.
  const blocks =
    'weights' in final
      ? (final.weights as unknown[]).flatMap((W, l) => [W, (final.biases as unknown[])[l]])
      : Object.values(final);
  const params = (blocks as unknown[]).flat(Infinity) as number[];
  return { losses, params };
}

/** max |a − b| / max(|b|, floor) over paired entries (floor keeps values near 0 absolute). */
export function maxRelDiff(a: readonly number[], b: readonly number[], floor = 0): number {
  if (a.length !== b.length) return Infinity;
  let max = 0;
  for (let k = 0; k < a.length; k += 1) {
    const scale = Math.max(Math.abs(b[k]), floor);
    const d = a[k] === b[k] ? 0 : Math.abs(a[k] - b[k]) / scale;
    if (!(d <= max)) max = d;
  }
  return max;
}

/**
 * Exports each scenario for `updates` updates, runs every script in one Python process and
 * expects each loss within 1e-10 relative and the final parameters within 1e-10 of the engine's.
 */
export async function compare(
  scenarios: readonly unknown[],
  label: string,
  updates: number,
): Promise<void> {
  const sides = await Promise.all(
    scenarios.map(async (s) => ({ scenario: s, ...(await engineSide(s, updates)) })),
  );
  const outputs = runScripts(sides.map((s) => s.script));
  let worstLoss = 0;
  let worstParams = 0;
  sides.forEach((side, k) => {
    const what = JSON.stringify(side.scenario);
    const lossDiff = maxRelDiff(outputs[k].losses, side.losses);
    const paramDiff = maxRelDiff(outputs[k].params, side.params, 1);
    worstLoss = Math.max(worstLoss, lossDiff);
    worstParams = Math.max(worstParams, paramDiff);
    expect(lossDiff, `losses of ${what}`).toBeLessThanOrEqual(1e-10);
    expect(paramDiff, `parameters of ${what}`).toBeLessThanOrEqual(1e-10);
  });
  console.info(
    `${scenarios.length} ${label} scenarios, ${updates} updates: max relative difference loss ${worstLoss.toExponential(2)}, params ${worstParams.toExponential(2)}`,
  );
}
