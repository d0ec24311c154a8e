// The session when things go wrong: data that cannot be read is refused with its message
// said once (the path and what is wrong); the debug crash command exists only where a
// development build hands the session its crash hook.
import { describe, expect, it } from 'vitest';
import type { Message } from '../../src/protocol/messages';
import { getPreset } from '../../src/scenario/presets';
import { formatIssue } from '../../src/scenario/validate';
import { createSession } from '../../src/worker/session';

const session = () =>
  createSession({
    now: () => performance.now(),
    readText: () => Promise.reject(new Error('none')),
  });

const errorOf = (out: Message[]) =>
  out.find((m): m is Extract<Message, { type: 'error' }> => m.type === 'error');

describe('the session refusing data', () => {
  it('says what is wrong with CSV data once, with its path', async () => {
    const out = await session().handle({
      type: 'load',
      scenario: {
        version: 1,
        network: { layers: [1, 2, 1], activations: ['tanh', 'linear'] },
        loss: 'mse',
        data: { kind: 'csv', text: 'x,y\n1,oops\n', targetColumns: ['y'] },
      },
    });
    const error = errorOf(out);
    expect(error?.command).toBe('load');
    expect(error?.issues).toHaveLength(1);
    const [issue] = error!.issues;
    expect(issue.path).toBe('data.text');
    const shown = `${error!.message}: ${error!.issues.map(formatIssue).join('; ')}`;
    expect(shown.split(issue.message)).toHaveLength(2);
  });
});

describe('the debug crash command', () => {
  const xor = () => getPreset('xor')!.scenario;
  const crash = (mode: 'throw' | 'hang'): never => {
    throw new Error(`crashed on purpose (${mode})`);
  };

  it('is refused in a build without the crash hook, even in debug mode', async () => {
    const s = session();
    await s.handle({ type: 'load', scenario: xor(), debug: true });
    const out = await s.handle({ type: 'crash', mode: 'throw' });
    expect(errorOf(out)?.message).toMatch(/development builds/);
  });

  it('works in a development build only in debug mode, and a restore keeps the flag', async () => {
    const make = () =>
      createSession({
        now: () => performance.now(),
        readText: () => Promise.reject(new Error()),
        crash,
      });
    const plain = make();
    await plain.handle({ type: 'load', scenario: xor() });
    expect(errorOf(await plain.handle({ type: 'crash', mode: 'throw' }))?.message).toMatch(/debug/);
    const debug = make();
    const loaded = await debug.handle({ type: 'load', scenario: xor(), debug: true });
    await expect(debug.handle({ type: 'crash', mode: 'throw' })).rejects.toThrow(/on purpose/);
    const cp = loaded.find(
      (m): m is Extract<Message, { type: 'checkpoint' }> => m.type === 'checkpoint',
    );
    const restored = make();
    await restored.handle({ type: 'restore', checkpoint: cp!.checkpoint, debug: true });
    await expect(restored.handle({ type: 'crash', mode: 'hang' })).rejects.toThrow(/on purpose/);
  });
});
