// Long steps in the session: they run in slices, so the thread still answers the heartbeat,
// and they end exactly where asked.
import { describe, expect, it } from 'vitest';
import type { Message } from '../../src/protocol/messages';
import { getPreset } from '../../src/scenario/presets';
import { createSession } from '../../src/worker/session';
import { readText } from '../helpers/files';

describe('a long step', () => {
  it('lets other tasks run between its slices, answers pings meanwhile, and ends on the asked update', async () => {
    const session = createSession({ readText, now: () => performance.now() });
    await session.handle({ type: 'load', scenario: getPreset('circle')!.scenario });
    let finished = false;
    const stepping = session.handle({ type: 'step', unit: 'update', count: 40_000 }).then((m) => {
      finished = true;
      return m;
    });
    // a timer task that fires only if the step gives the thread back before it is done
    const pongWhileStepping = await new Promise<{ pong: Message[]; finished: boolean }>((resolve) =>
      setTimeout(() => {
        const wasFinished = finished;
        void session
          .handle({ type: 'ping', id: 9 })
          .then((pong) => resolve({ pong, finished: wasFinished }));
      }, 5),
    );
    expect(pongWhileStepping.finished).toBe(false);
    expect(pongWhileStepping.pong).toEqual([{ type: 'pong', id: 9 }]);
    const out = await stepping;
    const frame = out.find((m) => m.type === 'frame');
    expect(frame?.type === 'frame' && frame.frame.update).toBe(40_000);
    expect(session.updates).toBe(40_000);
  });

  it('does not let play train between its slices', async () => {
    const session = createSession({ readText, now: () => performance.now() });
    await session.handle({ type: 'load', scenario: getPreset('circle')!.scenario });
    await session.handle({ type: 'play', speed: 'max' });
    const stepping = session.handle({ type: 'step', unit: 'update', count: 30_000 });
    const during = await new Promise<Message[]>((resolve) =>
      setTimeout(() => resolve(session.train(1000, Infinity)), 5),
    );
    expect(during).toEqual([]);
    await stepping;
    expect(session.updates).toBe(30_000);
  });
});
