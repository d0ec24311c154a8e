// The data set the page draws, and forward-only outputs for given rows or every sample.
import { describe, expect, it } from 'vitest';
import { forwardMany } from '../../src/engine/evaluate';
import { loadScenarioRun } from '../../src/scenario/instantiate';
import type { Message } from '../../src/protocol/messages';
import { getPreset } from '../../src/scenario/presets';
import { createSession } from '../../src/worker/session';
import { readText } from '../helpers/files';
import { presetScenario } from '../helpers/scenarios';

const one = <T extends Message['type']>(out: Message[], type: T) =>
  out.find((m): m is Extract<Message, { type: T }> => m.type === type);

async function reference(preset: string) {
  return loadScenarioRun(presetScenario(preset), readText);
}

describe('data and evaluate', () => {
  it('sends the loaded data set and its split once per load', async () => {
    const session = createSession({ readText, now: () => 0 });
    const out = await session.handle({ type: 'load', scenario: getPreset('iris')!.scenario });
    const data = one(out, 'data')!.data;
    const run = await reference('iris');
    expect(data.nIn).toBe(4);
    expect(data.nOut).toBe(3);
    expect([...data.inputs]).toEqual([...run.data.dataset.inputs]);
    expect([...data.targets]).toEqual([...run.data.dataset.targets]);
    expect([...data.train]).toEqual([...run.split.train]);
    expect(data.train.length + data.test.length).toBe(run.data.dataset.n);
    // a copy: training does not change what the page holds
    expect(data.inputs).not.toBe(run.data.dataset.inputs);
  });

  it('evaluates every sample, or given rows, with the current parameters', async () => {
    const session = createSession({ readText, now: () => 0 });
    await session.handle({ type: 'load', scenario: getPreset('circle')!.scenario });
    await session.handle({ type: 'step', unit: 'update', count: 25 });
    const all = one(await session.handle({ type: 'evaluate', id: 3 }), 'evaluated')!;
    const run = await reference('circle');
    for (let k = 0; k < 25; k += 1) run.trainer.step(false);
    const expected = new Float64Array(run.data.dataset.n);
    forwardMany(run.net, run.data.dataset.inputs, run.data.dataset.n, expected);
    expect(all.id).toBe(3);
    expect(all.update).toBe(25);
    expect([...all.outputs]).toEqual([...expected]);
    const rows = Float64Array.of(0, 0, 1, -1);
    const some = one(await session.handle({ type: 'evaluate', id: 4, inputs: rows }), 'evaluated')!;
    const want = new Float64Array(2);
    forwardMany(run.net, rows, 2, want);
    expect([...some.outputs]).toEqual([...want]);
  });

  it('refuses rows of the wrong width or non-finite inputs', async () => {
    const session = createSession({ readText, now: () => 0 });
    await session.handle({ type: 'load', scenario: getPreset('circle')!.scenario });
    const odd = await session.handle({ type: 'evaluate', id: 1, inputs: Float64Array.of(1, 2, 3) });
    expect(one(odd, 'error')?.message).toMatch(/rows of 2 numbers/);
    const nan = await session.handle({ type: 'evaluate', id: 1, inputs: Float64Array.of(1, NaN) });
    expect(one(nan, 'error')?.message).toMatch(/finite/);
  });

  it('an edited input of inline data is sent again', async () => {
    const session = createSession({ readText, now: () => 0 });
    await session.handle({ type: 'load', scenario: getPreset('xor')!.scenario });
    await session.handle({ type: 'traceStep' });
    const trace = one(await session.handle({ type: 'traceStep' }), 'trace')!.trace;
    const sample = trace.samples[0].index;
    const out = await session.handle({
      type: 'revise',
      edit: { kind: 'input', sample, column: 1, value: 0.25 },
    });
    expect(one(out, 'data')!.data.inputs[sample * 2 + 1]).toBe(0.25);
  });
});
