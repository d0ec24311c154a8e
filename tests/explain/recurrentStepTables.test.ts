// The per-step worked example: one table per step with the trace's numbers, the sweeps with
// truncation, and one update table per block whose rows cover every parameter once.
import { describe, expect, it } from 'vitest';
import { formatWorkedExample } from '../../src/explain/format';
import { recurrentStepExample, stepSections } from '../../src/explain/recurrentStepTables';
import { rnnTrace, threeSequences } from './recurrentFixtures';

describe('recurrent step tables', () => {
  it('one table per step with x, a, h, y, target, loss, ∂L/∂y, ∂L/∂h and δ from the trace', async () => {
    const trace = await rnnTrace();
    const s = trace.samples[0];
    const sections = stepSections(trace.spec, s);
    expect(sections.map((x) => x.heading)).toEqual([
      'Step t = 1 of 4',
      'Step t = 2 of 4',
      'Step t = 3 of 4',
      'Step t = 4 of 4',
    ]);
    const third = sections[2];
    expect(third.rows.map((r) => r[0])).toEqual([
      'x (input)',
      'a = Wxh·x + Whh·h(t−1) + bh',
      'h = f(a)',
      'y (output)',
      'target',
      'loss of this step',
      '∂L/∂y',
      '∂L/∂h (own output + from t+1)',
      'δ = ∂L/∂a',
    ]);
    expect(third.rows[2].slice(1)).toEqual(Array.from(s.steps[2].h));
    expect(third.rows[8].slice(1)).toEqual(Array.from(s.steps[2].delta));
    expect(third.rows[5][1]).toBe(s.steps[2].loss);
  });

  it('unscored steps say so; truncation adds its sweeps', async () => {
    const trace = await rnnTrace({
      ...threeSequences,
      sequence: { readout: 'last-step', bptt: { mode: 'truncated', k1: 2, k2: 2 } },
      data: {
        kind: 'sequences',
        inputs: (threeSequences.data as { inputs: number[][][] }).inputs,
        targets: [
          [0, 1],
          [1, 0],
          [0.5, 0.5],
        ],
      },
    });
    const s = trace.samples.find((x) => x.steps.length === 5)!;
    const sections = stepSections(trace.spec, s);
    expect(sections[0].note).toMatch(/not scored/);
    expect(sections[0].rows[4].slice(1)).toEqual(['—', '—', '—']);
    expect(sections[4].note).toBeUndefined();
    expect(sections[5].heading).toBe('Truncated BPTT sweeps');
    expect(sections[5].rows.map((r) => r[0])).toEqual(['2', '4', '5']);
  });

  it('the update tables cover every parameter once and copy as Markdown', async () => {
    const trace = await rnnTrace();
    const ex = recurrentStepExample('RNN', trace.spec, trace.samples[0], trace);
    const updates = ex.sections.filter((x) => x.kind === 'update');
    expect(updates.map((u) => u.heading)).toEqual([
      'Update 1: Wxh',
      'Update 1: Whh',
      'Update 1: bh',
      'Update 1: Why',
      'Update 1: by',
    ]);
    const rows = updates.flatMap((u) => u.rows);
    expect(rows.map((r) => r[3])).toEqual(Array.from(trace.after));
    const md = formatWorkedExample(ex, 'markdown');
    expect(md).toContain('## Step t = 1 of 4');
    expect(md).toContain('| Whh (h1 ← h2) |');
  });
});
