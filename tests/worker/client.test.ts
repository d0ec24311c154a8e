// The page-side client in Node: the main-thread fallback when no worker can start, and the
// restart of a failed worker from its checkpoint with the learner's later changes replayed.
import { describe, expect, it, vi } from 'vitest';
import {
  PROTOCOL_VERSION,
  type Command,
  type Envelope,
  type Message,
} from '../../src/protocol/messages';
import { getPreset } from '../../src/scenario/presets';
import { createTrainingClient, type ClientOptions, type Notice } from '../../src/worker/client';
import { createSession } from '../../src/worker/session';
import { readText } from '../helpers/files';

const dataBase = new URL('../../public/data/', import.meta.url).href;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A stand-in Worker that runs a real session in this thread, and can fail on demand. */
class FakeWorker {
  onmessage: ((e: MessageEvent<Envelope<Message>>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  /** A hung worker: receives commands and never answers. */
  hung = false;
  readonly received: Command[] = [];
  private session = createSession({
    now: () => performance.now(),
    readText,
  });
  postMessage(envelope: Envelope<Command>): void {
    this.received.push(envelope.body);
    void this.session.handle(envelope.body).then((messages) => {
      if (this.terminated || this.hung) return;
      for (const body of messages)
        this.onmessage?.({ data: { v: PROTOCOL_VERSION, body } } as MessageEvent<
          Envelope<Message>
        >);
    });
  }
  fail(): void {
    this.onerror?.({ message: 'boom', preventDefault: () => undefined } as unknown as ErrorEvent);
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** A client whose workers are FakeWorkers, with every worker, message and notice recorded. */
function withFakeWorkers(options: Pick<ClientOptions, 'heartbeatMs' | 'maxRestarts'>) {
  const workers: FakeWorker[] = [];
  const messages: Message[] = [];
  const notices: Notice[] = [];
  const client = createTrainingClient(
    { onMessage: (m) => messages.push(m), onNotice: (n) => notices.push(n) },
    {
      dataBase,
      afterPaint: (fn) => setTimeout(fn, 0),
      ...options,
      createWorker: () => {
        const w = new FakeWorker();
        workers.push(w);
        return w as unknown as Worker;
      },
    },
  );
  return { client, workers, messages, notices };
}

describe('the training client', () => {
  it('falls back to a session on the main thread when no worker can start, and says so', async () => {
    const messages: Message[] = [];
    const notices: Notice[] = [];
    const client = createTrainingClient(
      { onMessage: (m) => messages.push(m), onNotice: (n) => notices.push(n) },
      {
        dataBase,
        afterPaint: (fn) => setTimeout(fn, 0),
        createWorker: () => {
          throw new Error('workers are disabled');
        },
      },
    );
    expect(client.mode).toBe('main-thread');
    expect(notices[0]?.kind).toBe('fallback');
    client.send({ type: 'load', scenario: getPreset('xor')!.scenario });
    client.send({ type: 'step', unit: 'update', count: 3 });
    // the engine is imported on demand, then both commands run in order
    await vi.waitFor(() => expect(messages.filter((m) => m.type === 'frame')).not.toHaveLength(0));
    expect(messages.findIndex((m) => m.type === 'loaded')).toBe(0);
    const frames = messages.filter(
      (m): m is Extract<Message, { type: 'frame' }> => m.type === 'frame',
    );
    expect(frames.at(-1)?.frame.update).toBe(3);
    client.dispose();
  });

  it('plays on the main thread: the update counter rises after Play', async () => {
    const messages: Message[] = [];
    const client = createTrainingClient(
      { onMessage: (m) => messages.push(m), onNotice: () => undefined },
      {
        dataBase,
        afterPaint: (fn) => setTimeout(fn, 0),
        createWorker: () => {
          throw new Error('workers are disabled');
        },
      },
    );
    client.send({ type: 'load', scenario: getPreset('xor')!.scenario });
    // the learner presses Play once the first frame is on screen (and acknowledged)
    await vi.waitFor(() => expect(messages.some((m) => m.type === 'loaded')).toBe(true));
    await wait(50);
    client.send({ type: 'play', speed: 'max' });
    const latest = (): number =>
      messages.flatMap((m) => ('frame' in m ? [m.frame.update] : [])).at(-1) ?? 0;
    await vi.waitFor(() => expect(latest()).toBeGreaterThan(10), { timeout: 3000 });
    client.send({ type: 'pause' });
    client.dispose();
  });

  it('restarts a failed worker from the last checkpoint and replays the changes made since', async () => {
    const { client, workers, messages, notices } = withFakeWorkers({ heartbeatMs: 60_000 });
    client.send({ type: 'load', scenario: getPreset('xor')!.scenario });
    client.send({ type: 'step', unit: 'update', count: 5 }); // ends with a checkpoint
    await wait(30);
    client.send({ type: 'configure', patch: { learningRate: 0.05 } }); // after it: must be replayed
    await wait(30);
    workers[0].fail();
    await wait(50);
    expect(workers).toHaveLength(2);
    expect(workers[0].terminated).toBe(true);
    expect(notices.at(-1)).toMatchObject({ kind: 'restarted', attempt: 1 });
    expect(workers[1].received[0].type).toBe('restore');
    const configured = messages
      .filter((m): m is Extract<Message, { type: 'configured' }> => m.type === 'configured')
      .at(-1);
    expect(configured?.summary.optimizer.learningRate).toBe(0.05);
    const loaded = messages
      .filter((m): m is Extract<Message, { type: 'loaded' }> => m.type === 'loaded')
      .at(-1);
    expect(loaded?.frame.update).toBe(5);
    client.dispose();
  });

  it('keeps the debug flag when it restores a restarted worker', async () => {
    const { client, workers, messages } = withFakeWorkers({ heartbeatMs: 60_000 });
    client.send({ type: 'load', scenario: getPreset('xor')!.scenario, debug: true });
    await vi.waitFor(() => expect(messages.some((m) => m.type === 'checkpoint')).toBe(true));
    workers[0].fail();
    expect(workers[1].received[0]).toMatchObject({ type: 'restore', debug: true });
    client.dispose();
  });

  it('gives up with a clear notice after the last allowed restart', async () => {
    const { client, workers, notices } = withFakeWorkers({
      maxRestarts: 2,
      heartbeatMs: 60_000,
    });
    for (let k = 0; k < 3; k += 1) workers.at(-1)!.fail();
    expect(workers).toHaveLength(3);
    expect(notices.map((n) => n.kind)).toEqual(['restarted', 'restarted', 'failed']);
    expect(notices.at(-1)?.message).toMatch(/reload the page/);
    client.dispose();
  });

  it('after giving up, starts afresh when the learner loads a preset or plays again', async () => {
    const { client, workers, messages, notices } = withFakeWorkers({
      maxRestarts: 1,
      heartbeatMs: 60_000,
    });
    client.send({ type: 'load', scenario: getPreset('xor')!.scenario });
    client.send({ type: 'step', unit: 'update', count: 2 });
    const checkpointAt = (update: number) =>
      messages.some(
        (m) =>
          m.type === 'checkpoint' &&
          (m.checkpoint.snapshot as { updates: number }).updates === update,
      );
    await vi.waitFor(() => expect(checkpointAt(2)).toBe(true));
    workers.at(-1)!.fail();
    workers.at(-1)!.fail();
    expect(notices.map((n) => n.kind)).toEqual(['restarted', 'failed']);
    expect(notices.at(-1)?.message).toMatch(/choose a preset/);
    // Play: a fresh worker resumes the run from its checkpoint, then plays
    client.send({ type: 'play', speed: 'max' });
    expect(workers).toHaveLength(3);
    expect(workers[2].received.map((c) => c.type).slice(0, 2)).toEqual(['restore', 'play']);
    client.send({ type: 'pause' });
    workers.at(-1)!.fail();
    workers.at(-1)!.fail();
    expect(notices.at(-1)?.kind).toBe('failed');
    // another preset: a fresh worker loads it
    messages.length = 0;
    client.send({ type: 'load', scenario: getPreset('circle')!.scenario });
    await vi.waitFor(() => expect(messages.some((m) => m.type === 'loaded')).toBe(true));
    expect(workers.at(-1)!.received[0].type).toBe('load');
    client.dispose();
  });

  it('restarts a worker that stops answering its heartbeat, and keeps the run where it was', async () => {
    const { client, workers, messages, notices } = withFakeWorkers({ heartbeatMs: 20 });
    client.send({ type: 'load', scenario: getPreset('xor')!.scenario });
    client.send({ type: 'step', unit: 'update', count: 4 });
    await wait(100); // answers pings: no restart yet
    expect(workers).toHaveLength(1);
    expect(workers[0].received.some((c) => c.type === 'ping')).toBe(true);
    workers[0].hung = true;
    // four missed heartbeats of 20 ms (more on a busy machine, whose timers run late)
    await vi.waitFor(() => expect(workers.length).toBeGreaterThanOrEqual(2), { timeout: 2000 });
    expect(workers[0].terminated).toBe(true);
    expect(notices[0]).toMatchObject({ kind: 'restarted', attempt: 1 });
    expect(notices[0].message).toMatch(/stopped answering/);
    const loaded = messages
      .filter((m): m is Extract<Message, { type: 'loaded' }> => m.type === 'loaded')
      .at(-1);
    expect(loaded?.frame.update).toBe(4);
    client.dispose();
  });
});
