// The session in Node: command sequences, frames and acknowledgement, live changes at update
// boundaries, divergence, determinism, copies that never alias the engine, bad commands.
import { describe, expect, it } from 'vitest';
import type { Frame, Message } from '../../src/protocol/messages';
import { getPreset } from '../../src/scenario/presets';
import { createSession, type Session } from '../../src/worker/session';
import { readText } from '../helpers/files';
import { divergingScenario } from '../helpers/scenarios';

function make(): { session: Session; clock: { t: number } } {
  const clock = { t: 0 };
  return { session: createSession({ readText, now: () => clock.t }), clock };
}

const of = <T extends Message['type']>(messages: Message[], type: T) =>
  messages.filter((m): m is Extract<Message, { type: T }> => m.type === type);
const frameOf = (messages: Message[]): Frame => {
  const m = messages.find((x) => 'frame' in x) as { frame: Frame } | undefined;
  if (!m) throw new Error(`no frame in ${messages.map((x) => x.type).join(', ')}`);
  return m.frame;
};

async function loaded(id: string) {
  const { session, clock } = make();
  const out = await session.handle({
    type: 'load',
    scenario: getPreset(id)!.scenario,
    debug: true,
  });
  expect(of(out, 'loaded')).toHaveLength(1);
  return { session, clock, out };
}

describe('loading and stepping', () => {
  it('a frame with no new update repeats the batch loss of the update it shows', async () => {
    const { session } = await loaded('xor');
    expect(Number.isNaN(frameOf(await session.handle({ type: 'pause' })).batchLoss)).toBe(true);
    let stepped = frameOf(await session.handle({ type: 'step', unit: 'update', count: 1 }));
    for (let k = 0; k < 2; k += 1)
      stepped = frameOf(await session.handle({ type: 'step', unit: 'update', count: 1 }));
    expect(Number.isFinite(stepped.batchLoss)).toBe(true);
    // a pause sends a frame of its own, after the one that carried the loss
    const paused = frameOf(await session.handle({ type: 'pause' }));
    expect(paused.update).toBe(3);
    expect(paused.batchLoss).toBe(stepped.batchLoss);
    // an earlier state's batch loss is not known: the repeated one belonged to update 3
    const back = frameOf(await session.handle({ type: 'stepBack' }));
    expect(back.update).toBe(2);
    expect(Number.isNaN(back.batchLoss)).toBe(true);
  });

  it('loads a preset and answers with a summary, a first frame and a checkpoint', async () => {
    const { out } = await loaded('iris');
    const [m] = of(out, 'loaded');
    expect(m.summary.sizes).toEqual([4, 8, 3]);
    expect(m.summary.nTrain + m.summary.nTest).toBe(150);
    expect(m.frame.update).toBe(0);
    expect(m.frame.train?.accuracy).not.toBeNull();
    expect(of(out, 'checkpoint')).toHaveLength(1);
  });

  it('steps by updates and by epochs', async () => {
    const { session } = await loaded('iris');
    expect(frameOf(await session.handle({ type: 'step', unit: 'update', count: 3 })).update).toBe(
      3,
    );
    const frame = frameOf(await session.handle({ type: 'step', unit: 'epoch', count: 1 }));
    expect(frame.epoch).toBe(2);
    expect(frame.update).toBe(8); // 120 training flowers in batches of 16: 8 updates an epoch
  });

  it('returns a traced update and steps back across updates to the same parameters', async () => {
    const { session } = await loaded('two-two-one');
    const before = frameOf(
      await session
        .handle({ type: 'frameAck' })
        .then(() => session.handle({ type: 'step', unit: 'update', count: 1 })),
    ).params;
    const traced = of(await session.handle({ type: 'traceStep' }), 'trace')[0];
    expect(traced.trace.update).toBe(2);
    expect(Array.from(traced.trace.before)).toEqual(Array.from(before));
    const back = of(await session.handle({ type: 'stepBack' }), 'steppedBack')[0];
    expect(back.update).toBe(1);
    expect(Array.from(back.frame.params)).toEqual(Array.from(before));
    const again = of(await session.handle({ type: 'traceStep' }), 'trace')[0];
    expect(again.trace).toEqual(traced.trace);
  });

  it('answers a bad command with an error and leaves the run as it was', async () => {
    const { session } = await loaded('xor');
    await session.handle({ type: 'step', unit: 'update', count: 5 });
    const params = frameOf(
      await session.handle({ type: 'setParam', index: 0, value: 0.25 }),
    ).params;
    for (const command of [
      { type: 'setParam', index: 999, value: 1 },
      { type: 'setParam', index: 0, value: Number.NaN },
      { type: 'configure', patch: { learningRate: -3 } },
      { type: 'configure', patch: { activations: ['softmax', 'sigmoid'] } },
      { type: 'step', unit: 'update', count: 0 },
      { type: 'load', scenario: { version: 1, network: 5 } },
      { type: 'inspect', sample: 99 },
    ] as const) {
      const out = await session.handle(command);
      expect(out.map((m) => m.type)).toEqual(['error']);
    }
    const out = await session.handle({ type: 'configure', patch: { learningRate: -3 } });
    expect(of(out, 'error')[0].issues[0].path).toBe('optimizer.learningRate');
    const now = frameOf(await session.handle({ type: 'setParam', index: 0, value: 0.25 })).params;
    expect(Array.from(now)).toEqual(Array.from(params));
    expect(frameOf(await session.handle({ type: 'step', unit: 'update', count: 1 })).update).toBe(
      6,
    );
  });
});

describe('playing', () => {
  it('sends at most one frame until it is acknowledged, and the latest state then', async () => {
    const { session } = await loaded('circle');
    await session.handle({ type: 'frameAck' });
    await session.handle({ type: 'play', speed: 'max' });
    const first = session.train(20, Infinity);
    expect(of(first, 'frame')).toHaveLength(1);
    expect(of(session.train(20, Infinity), 'frame')).toHaveLength(0);
    expect(of(session.train(20, Infinity), 'frame')).toHaveLength(0);
    const acked = await session.handle({ type: 'frameAck' });
    expect(frameOf(acked).update).toBe(60);
    expect(of(await session.handle({ type: 'frameAck' }), 'frame')).toHaveLength(0);
  });

  it('says since when a frame has waited for its acknowledgement', async () => {
    const { session, clock } = await loaded('circle');
    await session.handle({ type: 'frameAck' });
    expect(session.awaitingAckSince).toBeNull();
    await session.handle({ type: 'play', speed: 'max' });
    clock.t = 500;
    expect(of(session.train(3, Infinity), 'frame')).toHaveLength(1);
    clock.t = 900;
    session.train(3, Infinity);
    expect(session.awaitingAckSince).toBe(500);
    await session.handle({ type: 'frameAck' }); // answers with the newer frame at once
    expect(session.awaitingAckSince).toBe(900);
  });

  it('applies a live change from the next update and says so in the next frame', async () => {
    const { session } = await loaded('circle');
    await session.handle({ type: 'play', speed: 'max' });
    session.train(7, Infinity);
    const out = await session.handle({
      type: 'configure',
      patch: { learningRate: 0.02, batch: { mode: 'full' } },
    });
    const configured = of(out, 'configured')[0];
    expect(configured.fromUpdate).toBe(8);
    expect(configured.summary.optimizer.learningRate).toBe(0.02);
    expect(configured.summary.batch).toEqual({ mode: 'full' });
    const frames = of(out, 'frame');
    const next =
      frames.length > 0 ? frames[0] : of(await session.handle({ type: 'frameAck' }), 'frame')[0];
    expect(next.frame.appliedFrom).toBe(8);
    const trace = of(await session.handle({ type: 'traceStep' }), 'trace')[0].trace;
    expect(trace.update).toBe(8);
    // the rest of the current epoch (7 mini-batches of 10 were used), never merged into the next
    expect(trace.samples).toHaveLength(320 - 70);
    expect(trace.optimizer.config.learningRate).toBe(0.02);
    const whole = of(await session.handle({ type: 'traceStep' }), 'trace')[0].trace;
    expect(whole.samples).toHaveLength(320);
  });

  it('pauses on divergence on the last finite state, and undo and a lower rate recover', async () => {
    // a linear net on sine data with a far too large learning rate: the weights blow up
    const { session } = make();
    await session.handle({
      type: 'load',
      scenario: divergingScenario,
    });
    await session.handle({ type: 'play', speed: 'max' });
    let out: Message[] = [];
    for (let k = 0; k < 200 && of(out, 'diverged').length === 0; k += 1) {
      out = session.train(50, Infinity);
      await session.handle({ type: 'frameAck' });
    }
    const [d] = of(out, 'diverged');
    expect(d).toBeDefined();
    expect(d.divergence.learningRate).toBe(5);
    expect(d.divergence.message).toContain(`Update ${d.divergence.update}`);
    expect(session.playing).toBe(false);
    for (const v of d.frame.params) expect(Number.isFinite(v)).toBe(true);
    expect(d.frame.update).toBe(d.divergence.update - 1);
    const undone = frameOf(await session.handle({ type: 'undo' }));
    expect(undone.update).toBe(0); // the load's checkpoint: the last state known to be good
    const lowered = of(
      await session.handle({ type: 'configure', patch: { learningRate: 0.5 } }),
      'configured',
    )[0];
    expect(lowered.summary.optimizer.learningRate).toBe(0.5);
  });

  it('gives bit-identical parameters for the same commands', async () => {
    const runOnce = async (): Promise<number[]> => {
      const { session } = await loaded('spiral');
      await session.handle({ type: 'play', speed: 'max' });
      session.train(30, Infinity);
      await session.handle({ type: 'configure', patch: { learningRate: 0.003, dropout: 0.1 } });
      session.train(25, Infinity);
      await session.handle({ type: 'pause' });
      await session.handle({ type: 'step', unit: 'update', count: 4 });
      return Array.from(
        frameOf(await session.handle({ type: 'setParam', index: 3, value: 0.5 })).params,
      );
    };
    expect(await runOnce()).toEqual(await runOnce());
  });

  it('resets to the same initial weights, keeping edits made before the first update', async () => {
    const { session, out } = await loaded('xor');
    const initial = Array.from(of(out, 'loaded')[0].frame.params);
    initial[2] = 0.75;
    await session.handle({ type: 'setParam', index: 2, value: 0.75 });
    await session.handle({ type: 'step', unit: 'update', count: 10 });
    const reset = of(await session.handle({ type: 'reset' }), 'loaded')[0];
    expect(Array.from(reset.frame.params)).toEqual(initial);
    const reseeded = of(await session.handle({ type: 'reseed', seed: 99 }), 'loaded')[0];
    expect(reseeded.summary.seed).toBe(99);
    expect(Array.from(reseeded.frame.params)).not.toEqual(initial);
  });
});

describe('copies, grids and inspection', () => {
  it('sends copies: changing a frame’s arrays never changes the run', async () => {
    const { session } = await loaded('xor');
    const frame = frameOf(await session.handle({ type: 'step', unit: 'update', count: 1 }));
    const copy = Array.from(frame.params);
    frame.params.fill(123);
    const next = frameOf(await session.handle({ type: 'setParam', index: 0, value: copy[0] }));
    expect(Array.from(next.params)).toEqual(copy);
    expect(next.params.buffer).not.toBe(frame.params.buffer);
  });

  it('evaluates a grid of inputs with every hidden neuron, matching a forward pass', async () => {
    const { session } = await loaded('circle');
    const grid = of(
      await session.handle({
        type: 'evaluateGrid',
        id: 7,
        x: [-1, 1],
        y: [-1, 1],
        resolution: 5,
        layers: true,
      }),
      'grid',
    )[0];
    expect(grid.id).toBe(7);
    expect(grid.output).toHaveLength(25);
    expect(grid.layers?.map((l) => l.length)).toEqual([25 * 8, 25 * 8]);
    const centre = of(
      await session.handle({
        type: 'evaluateGrid',
        id: 8,
        x: [0, 0],
        y: [0, 0],
        resolution: 2,
        layers: false,
      }),
      'grid',
    )[0];
    expect(centre.output[0]).toBeCloseTo(grid.output[12], 15); // row 2, column 2 is (0, 0)
  });

  it('inspects a sample without updating', async () => {
    const { session } = await loaded('iris');
    const [m] = of(await session.handle({ type: 'inspect', sample: 4 }), 'inspected');
    expect(m.sample.index).toBe(4);
    if (!('layers' in m.sample)) throw new Error('expected an MLP sample');
    expect(m.sample.layers[1].a.reduce((a, b) => a + b)).toBeCloseTo(1, 12);
    expect(session.updates).toBe(0);
  });
});
