// The work limit: a scenario whose one pass over its data (parameters × samples) is too large
// to train usefully in a browser is refused by the one validator, with the limit named, so
// the CLI, share links and imports agree; every preset stays well inside it.
import { describe, expect, it } from 'vitest';
import { paramCount } from '../../src/engine/network';
import { formatIssue, LIMITS, validateScenario } from '../../src/scenario';
import { PRESETS } from '../../src/scenario/presets';
import { readLink } from '../../src/scenario/share';
import { encodeScenario } from '../../src/scenario/urlCodec';

const heavy = {
  version: 1,
  title: 'Heavy',
  network: { layers: [2, 1000, 1000, 1], activations: ['tanh', 'tanh', 'sigmoid'] },
  loss: 'cross-entropy',
  batch: { mode: 'full' },
  data: { kind: 'circle', samples: 100_000 },
};

describe('the work limit', () => {
  it('refuses a 2-1000-1000-1 net on 100 000 samples, naming the limit', () => {
    const result = validateScenario(heavy);
    expect(result.ok).toBe(false);
    const text = result.ok ? '' : result.issues.map(formatIssue).join('\n');
    expect(text).toContain(String(LIMITS.work));
    expect(text).toContain(String(paramCount([2, 1000, 1000, 1])));
    expect(text).toMatch(/parameters × samples/);
  });

  it('counts inline rows and CSV lines as samples', () => {
    const layers = [1, 1000, 1000, 1];
    const over = Math.ceil(LIMITS.work / paramCount(layers)) + 1;
    const under = Math.floor(LIMITS.work / paramCount(layers));
    const network = { layers, activations: ['tanh', 'tanh', 'linear'] };
    const inline = (rows: number) => ({
      version: 1,
      network,
      loss: 'mse',
      data: {
        kind: 'inline',
        inputs: Array.from({ length: rows }, (_, k) => [k]),
        targets: Array.from({ length: rows }, (_, k) => [k]),
      },
    });
    const csv = (rows: number) => ({
      version: 1,
      network,
      loss: 'mse',
      data: {
        kind: 'csv',
        text: ['x,y', ...Array.from({ length: rows }, (_, k) => `${k},${k}`), ''].join('\n'),
        targetColumns: ['y'],
      },
    });
    expect(validateScenario(inline(over)).ok).toBe(false);
    expect(validateScenario(inline(under)).ok).toBe(true);
    expect(validateScenario(csv(over)).ok).toBe(false);
    expect(validateScenario(csv(under)).ok).toBe(true);
  });

  it('refuses such a link when it is read', async () => {
    const opened = await readLink({ search: `?s=${encodeScenario(heavy as never)}`, hash: '' });
    expect(opened.kind).toBe('invalid');
    if (opened.kind === 'invalid') expect(opened.message).toContain(String(LIMITS.work));
  });

  it('leaves every preset far inside it', () => {
    for (const preset of PRESETS) expect(validateScenario(preset.scenario).ok).toBe(true);
  });
});
