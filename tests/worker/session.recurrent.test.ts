// The session with recurrent scenarios: an Elman RNN loads (sunspots from its shipped file),
// streams frames with a live inspection of the shown sequence, traces BPTT updates, steps
// back, takes live settings through the validator, and refuses what only MLPs have.
import { describe, expect, it } from 'vitest';
import type { Frame, Message } from '../../src/protocol/messages';
import { getRecurrentPreset } from '../../src/scenario/recurrentPresets';
import { createSession } from '../../src/worker/session';
import { readText } from '../helpers/files';

const of = <T extends Message['type']>(messages: Message[], type: T) =>
  messages.filter((m): m is Extract<Message, { type: T }> => m.type === type);
const frameOf = (messages: Message[]): Frame => {
  const m = messages.find((x) => 'frame' in x) as { frame: Frame } | undefined;
  if (!m) throw new Error(`no frame in ${messages.map((x) => x.type).join(', ')}`);
  return m.frame;
};

async function loaded(id: string) {
  const session = createSession({ readText, now: () => 0 });
  const out = await session.handle({ type: 'load', scenario: getRecurrentPreset(id)!.scenario });
  return { session, out };
}

describe('recurrent sessions', () => {
  it('loads rnn-memory with a recurrent summary and a frame that inspects its shown sequence', async () => {
    const { out } = await loaded('rnn-memory');
    const [m] = of(out, 'loaded');
    expect(m, JSON.stringify(of(out, 'error'))).toBeDefined();
    expect(m.summary.recurrent?.groups).toEqual(['Wxh', 'Whh', 'Why']);
    expect(m.summary.recurrent?.spec.hidden).toBe(8);
    expect(m.summary.recurrent?.lengths[0]).toBe(9); // the cue, then 8 steps of delay
    expect(m.frame.gradNorm).toHaveLength(3);
    expect(m.frame.sequence?.index).toBe(m.summary.recurrent?.shown);
    expect(m.frame.sequence?.steps).toHaveLength(9);
    expect(m.frame.train?.accuracy).not.toBeNull();
    expect(of(out, 'data')).toHaveLength(0); // no MLP data views for sequences
  });

  it('traces one BPTT update, steps back to the state before it, and redoes it bit for bit', async () => {
    const { session } = await loaded('rnn-memory');
    const first = of(await session.handle({ type: 'traceStep' }), 'trace')[0];
    expect(first.trace.kind).toBe('rnn');
    if (first.trace.kind !== 'rnn') return;
    expect(first.trace.samples).toHaveLength(16);
    expect(first.trace.samples[0].steps).toHaveLength(9);
    expect(first.frame.update).toBe(1);
    const back = of(await session.handle({ type: 'stepBack' }), 'steppedBack')[0];
    expect(back.update).toBe(0);
    expect(Array.from(back.frame.params)).toEqual(Array.from(first.trace.before));
    const again = of(await session.handle({ type: 'traceStep' }), 'trace')[0];
    expect(Array.from(again.trace.after)).toEqual(Array.from(first.trace.after));
  });

  it('loads sunspots from public/data and its test loss falls while training', async () => {
    const { session, out } = await loaded('sunspots-rnn');
    const start = of(out, 'loaded')[0].frame.test!.loss;
    expect(of(out, 'loaded')[0].summary.nTest).toBeGreaterThan(0);
    const later = frameOf(await session.handle({ type: 'step', unit: 'update', count: 150 }));
    expect(later.update).toBe(150);
    expect(later.test!.loss).toBeLessThan(start);
    expect(later.sequence?.steps).toHaveLength(24);
  });

  it('inspect picks the shown sequence; its frames follow it', async () => {
    const { session } = await loaded('rnn-sine');
    const out = await session.handle({ type: 'inspect', sample: 7 });
    const [m] = of(out, 'inspected');
    expect(m.sample.index).toBe(7);
    expect(frameOf(out).sequence?.index).toBe(7);
    const paused = frameOf(await session.handle({ type: 'pause' }));
    expect(paused.sequence?.index).toBe(7);
    const refused = of(await session.handle({ type: 'inspect', sample: 10_000 }), 'error');
    expect(refused[0].message).toMatch(/outside/);
  });

  it('takes gradient clipping live through the validator, and refuses a bad value naming it', async () => {
    const { session } = await loaded('rnn-sine');
    const optimizer = {
      kind: 'adam',
      learningRate: 0.01,
      beta1: 0.9,
      beta2: 0.999,
      epsilon: 1e-8,
      clipNorm: 1,
    } as const;
    const ok = await session.handle({ type: 'configure', patch: { optimizer } });
    expect(of(ok, 'configured')[0].summary.optimizer.clipNorm).toBe(1);
    const traced = of(await session.handle({ type: 'traceStep' }), 'trace')[0].trace;
    expect(traced.clip?.factor).toBeLessThanOrEqual(1);
    const bad = await session.handle({
      type: 'configure',
      patch: { optimizer: { ...optimizer, clipNorm: -2 } },
    });
    expect(of(bad, 'error')[0].issues[0].path).toBe('optimizer.clipNorm');
    const after = of(
      await session.handle({ type: 'configure', patch: { learningRate: 0.02 } }),
      'configured',
    );
    expect(after[0].summary.optimizer.clipNorm).toBe(1);
  });

  it('refuses what only feed-forward nets have, and kinds the app does not show', async () => {
    const { session } = await loaded('rnn-sine');
    const grid = await session.handle({
      type: 'evaluateGrid',
      id: 1,
      x: [0, 1],
      y: [0, 1],
      resolution: 2,
      layers: false,
    });
    expect(of(grid, 'error')[0].message).toMatch(/feed-forward networks only/);
    const lstm = await session.handle({
      type: 'load',
      scenario: { ...getRecurrentPreset('rnn-sine')!.scenario, network: { kind: 'lstm' } },
    });
    // an LSTM the app shows, but without its sizes
    expect(of(lstm, 'error')[0].issues[0].path).toMatch(/^network\./);
    // the run shown before stays
    expect(session.loaded).toBe(true);
    expect(session.updates).toBe(0);
  });
});
