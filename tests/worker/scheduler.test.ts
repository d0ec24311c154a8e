// The play loop's timing: a chosen speed is never exceeded, "as fast as possible" runs slice
// after slice, and a page that has fallen behind gets pauses between slices to draw in.
import { describe, expect, it } from 'vitest';
import type { Message, Speed } from '../../src/protocol/messages';
import { createScheduler } from '../../src/worker/scheduler';
import type { Session } from '../../src/worker/session';

/** A session stand-in that counts training calls and the updates they were asked for. */
function stubSession(speed: Speed, awaitingAckSince: number | null) {
  const calls: number[] = [];
  let updates = 0;
  const session: Session = {
    handle: () => Promise.resolve([]),
    train(count: number): Message[] {
      calls.push(performance.now());
      updates += Math.min(count, 5);
      return [];
    },
    playing: true,
    speed,
    loaded: true,
    get updates() {
      return updates;
    },
    awaitingAckSince,
  };
  return { session, calls, updates: () => updates };
}

const run = async (session: Session, ms: number, sliceMs = 10) => {
  const scheduler = createScheduler({
    session,
    post: () => undefined,
    now: () => performance.now(),
    sliceMs,
  });
  scheduler.poke();
  await new Promise((r) => setTimeout(r, ms));
  scheduler.stop();
};

describe('the play scheduler', () => {
  it('never runs more updates than the chosen speed allows', async () => {
    const stub = stubSession(50, null);
    const start = performance.now();
    await run(stub.session, 400);
    const elapsed = (performance.now() - start) / 1000;
    expect(stub.updates()).toBeGreaterThan(0);
    expect(stub.updates()).toBeLessThanOrEqual(Math.floor(50 * elapsed) + 1);
  });

  it('runs slice after slice without waiting when the page keeps up', async () => {
    const stub = stubSession('max', null);
    await run(stub.session, 150);
    // zero-delay tasks: far more slices than 150 ms / 10 ms of pauses would allow
    expect(stub.calls.length).toBeGreaterThan(40);
  });

  it('pauses a slice’s length between slices while the page has not acknowledged a frame for long', async () => {
    const stub = stubSession('max', -1_000_000);
    await run(stub.session, 150);
    expect(stub.calls.length).toBeGreaterThan(0);
    expect(stub.calls.length).toBeLessThanOrEqual(150 / 10 + 2);
  });
});
