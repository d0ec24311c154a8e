// The heartbeat measures the worker, not the page: a page that was itself busy (a long
// import, a slow laptop) does not take a healthy worker for a dead one, while a worker that
// really stops answering is still restarted. Fake timers; the page's clock is Date.now.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  PROTOCOL_VERSION,
  type Command,
  type Envelope,
  type Message,
} from '../../src/protocol/messages';
import { createTrainingClient, type Notice } from '../../src/worker/client';

/** A worker that answers pings (on a later microtask, as a real one would) until told not to. */
class PingWorker {
  onmessage: ((e: MessageEvent<Envelope<Message>>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  silent = false;
  terminated = false;
  postMessage(envelope: Envelope<Command>): void {
    const body = envelope.body;
    if (body.type !== 'ping' || this.silent || this.terminated) return;
    queueMicrotask(() =>
      this.onmessage?.({
        data: { v: PROTOCOL_VERSION, body: { type: 'pong', id: body.id } },
      } as MessageEvent<Envelope<Message>>),
    );
  }
  terminate(): void {
    this.terminated = true;
  }
}

function setup() {
  const workers: PingWorker[] = [];
  const notices: Notice[] = [];
  const client = createTrainingClient(
    { onMessage: () => undefined, onNotice: (n) => notices.push(n) },
    {
      dataBase: 'http://localhost/data/',
      heartbeatMs: 1000,
      now: () => Date.now(),
      afterPaint: (fn) => setTimeout(fn, 0),
      createWorker: () => {
        const w = new PingWorker();
        workers.push(w);
        return w as unknown as Worker;
      },
    },
  );
  return { client, workers, notices };
}

/** The page's main thread is blocked: its clock moves on, no timer or message runs. */
const stall = (ms: number): void => {
  vi.setSystemTime(Date.now() + ms);
};

describe('the heartbeat', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('does not restart a healthy worker after the page itself stalled for 6 s', async () => {
    const { client, workers, notices } = setup();
    await vi.advanceTimersByTimeAsync(3000);
    // the ping sent at the last beat is answered only once the page runs again
    workers[0].silent = true;
    await vi.advanceTimersByTimeAsync(1000);
    stall(6000);
    workers[0].silent = false;
    await vi.advanceTimersByTimeAsync(5000);
    expect(workers).toHaveLength(1);
    expect(notices).toEqual([]);
    client.dispose();
  });

  it('still restarts a worker that stops answering while the page is responsive', async () => {
    const { client, workers, notices } = setup();
    await vi.advanceTimersByTimeAsync(2000);
    workers[0].silent = true;
    await vi.advanceTimersByTimeAsync(7000);
    expect(workers).toHaveLength(2);
    expect(notices[0]).toMatchObject({ kind: 'restarted', attempt: 1 });
    expect(notices[0].message).toMatch(/stopped answering/);
    client.dispose();
  });

  it('restarts a silent worker after a stall once it stays silent on a responsive page', async () => {
    const { client, workers } = setup();
    await vi.advanceTimersByTimeAsync(2000);
    workers[0].silent = true;
    stall(6000);
    await vi.advanceTimersByTimeAsync(2000);
    expect(workers).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(workers).toHaveLength(2);
    client.dispose();
  });

  it('says once that it gave up, not at every beat after', async () => {
    const { client, workers, notices } = setup();
    for (let k = 0; k < 4; k += 1) {
      workers.at(-1)!.silent = true;
      await vi.advanceTimersByTimeAsync(6000);
    }
    expect(notices.map((n) => n.kind)).toEqual(['restarted', 'restarted', 'restarted', 'failed']);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(notices).toHaveLength(4);
    client.dispose();
  });
});
