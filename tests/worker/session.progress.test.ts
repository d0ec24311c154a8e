// Long commands in slices: a fast-forward reports its progress between slices and stops when
// cancelled; a heavy update checks the slice's deadline after every update; a load reports its
// stages and can be cancelled, leaving the run that was there.
import { describe, expect, it } from 'vitest';
import type { Message } from '../../src/protocol/messages';
import { getPreset } from '../../src/scenario/presets';
import { createSession } from '../../src/worker/session';
import { readText } from '../helpers/files';

/** A session whose clock moves 1 ms per reading, and the progress it reports. */
function make(read = readText) {
  const clock = { t: 0 };
  const progress: Extract<Message, { type: 'progress' }>[] = [];
  const session = createSession({
    readText: read,
    now: () => (clock.t += 1),
    progress: (m) => {
      if (m.type === 'progress') progress.push(m);
    },
  });
  return { session, progress, clock };
}

const of = <T extends Message['type']>(messages: Message[], type: T) =>
  messages.filter((m): m is Extract<Message, { type: T }> => m.type === type);

describe('a long step', () => {
  it('reports its progress between slices, rising to the total', async () => {
    const { session, progress } = make();
    await session.handle({ type: 'load', scenario: getPreset('xor')!.scenario });
    const out = await session.handle({ type: 'step', unit: 'update', count: 20_000 });
    expect(of(out, 'frame')[0].frame.update).toBe(20_000);
    const steps = progress.filter((p) => p.task === 'step');
    expect(steps.length).toBeGreaterThan(2);
    expect(steps.every((p) => p.total === 20_000)).toBe(true);
    const done = steps.map((p) => p.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBeLessThanOrEqual(20_000);
  });

  it('stops where it is when cancelled, and the session goes on working', async () => {
    const { session } = make();
    await session.handle({ type: 'load', scenario: getPreset('xor')!.scenario });
    const stepping = session.handle({ type: 'step', unit: 'update', count: 1_000_000 });
    await new Promise((r) => setTimeout(r, 5));
    expect(await session.handle({ type: 'cancel' })).toEqual([]);
    const out = await stepping;
    const stopped = of(out, 'frame')[0].frame.update;
    expect(stopped).toBeGreaterThan(0);
    expect(stopped).toBeLessThan(1_000_000);
    expect(of(out, 'checkpoint')).toHaveLength(1);
    const next = await session.handle({ type: 'step', unit: 'update', count: 3 });
    expect(of(next, 'frame')[0].frame.update).toBe(stopped + 3);
  });
});

describe('a heavy update', () => {
  it('checks the slice’s deadline after every update, not every sixteenth', async () => {
    const { session } = make();
    const circle = getPreset('circle')!.scenario;
    await session.handle({
      type: 'load',
      scenario: {
        ...circle,
        network: { layers: [2, 64, 64, 1], activations: ['tanh', 'tanh', 'sigmoid'] },
        batch: { mode: 'full' },
      },
    });
    await session.handle({ type: 'play', speed: 'max' });
    session.train(100, 0);
    expect(session.updates).toBe(1);
  });
});

describe('a load', () => {
  it('reports its stages and can be cancelled, keeping the run that was there', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const { session, progress, clock } = make(async (name) => {
      await gate;
      clock.t += 500; // reading the file takes half a second
      return readText(name);
    });
    const first = await session.handle({ type: 'load', scenario: getPreset('xor')!.scenario });
    expect(of(first, 'loaded')).toHaveLength(1);
    // a quick load shows no progress
    expect(progress.some((p) => p.task === 'load')).toBe(false);
    await session.handle({ type: 'step', unit: 'update', count: 2 });
    const loading = session.handle({ type: 'load', scenario: getPreset('iris')!.scenario });
    await session.handle({ type: 'cancel' });
    release();
    const out = await loading;
    expect(of(out, 'error')[0]?.message).toMatch(/cancelled/);
    expect(progress.filter((p) => p.task === 'load').map((p) => p.done)).toEqual([1]);
    expect(session.updates).toBe(2);
  });
});
