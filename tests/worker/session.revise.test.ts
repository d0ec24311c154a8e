// Editing the update just traced (the worked-example table): the update is computed again from
// the state before it with the new value, exactly as a run that had that value from the start.
import { describe, expect, it } from 'vitest';
import type { StepTrace } from '../../src/engine/types';
import type { Command, Message } from '../../src/protocol/messages';
import { getPreset } from '../../src/scenario/presets';
import type { Scenario } from '../../src/scenario/schema';
import { createSession, type Session } from '../../src/worker/session';
import { readText } from '../helpers/files';
import { mlpOnly } from '../helpers/traced';

const base = getPreset('two-two-one')!.scenario as Scenario;

async function loaded(scenario: unknown = base): Promise<Session> {
  const session = createSession({ readText, now: () => 0 });
  await session.handle({ type: 'load', scenario });
  return session;
}

const one = <T extends Message['type']>(out: Message[], type: T) =>
  out.find((m): m is Extract<Message, { type: T }> => m.type === type);

async function traced(session: Session, command: Command = { type: 'traceStep' }) {
  const out = await session.handle(command);
  const m = one(out, 'trace') ?? one(out, 'revised');
  if (!m) throw new Error(`no trace: ${JSON.stringify(out.map((x) => x.type))}`);
  return mlpOnly(m.trace);
}

/** The numbers a learner reads in the table. */
const numbers = (t: StepTrace) => ({
  before: [...t.before],
  after: [...t.after],
  gradients: [...t.gradients],
  samples: t.samples.map((s) => ({
    input: [...s.input],
    target: [...s.target],
    loss: s.loss,
    a: s.layers.map((l) => [...l.a]),
  })),
  rate: t.optimizer.config.learningRate,
});

describe('revise', () => {
  it('a starting weight edited in the table gives the update a run with that weight computes', async () => {
    const session = await loaded();
    await traced(session);
    const revised = await traced(session, {
      type: 'revise',
      edit: { kind: 'param', index: 1, value: -0.4 },
    });
    const fresh = await loaded();
    await fresh.handle({ type: 'setParam', index: 1, value: -0.4 });
    expect(numbers(revised)).toEqual(numbers(await traced(fresh)));
    expect(revised.update).toBe(1);
    expect(session.updates).toBe(1);
  });

  it('an input or a target edit is the same as a scenario with that data, and the checkpoint keeps it', async () => {
    const session = await loaded();
    await traced(session);
    await session.handle({
      type: 'revise',
      edit: { kind: 'input', sample: 0, column: 1, value: 0.75 },
    });
    const out = await session.handle({
      type: 'revise',
      edit: { kind: 'target', sample: 0, column: 0, value: 0.25 },
    });
    const revised = mlpOnly(one(out, 'revised')!.trace);
    const data = base.data as { inputs: number[][]; targets: number[][] };
    const edited = {
      ...base,
      data: { kind: 'inline', inputs: [[data.inputs[0][0], 0.75]], targets: [[0.25]] },
    };
    expect(numbers(revised)).toEqual(numbers(await traced(await loaded(edited))));
    const saved = one(out, 'checkpoint')!.checkpoint.scenario as Scenario;
    expect(saved.data).toEqual(edited.data);
  });

  it('a learning-rate edit redoes the update with it, announces it, and keeps it for later updates', async () => {
    const session = await loaded();
    await traced(session);
    const out = await session.handle({
      type: 'revise',
      edit: { kind: 'learningRate', value: 0.25 },
    });
    const revised = mlpOnly(one(out, 'revised')!.trace);
    expect(revised.optimizer.config.learningRate).toBe(0.25);
    expect(one(out, 'configured')?.summary.optimizer.learningRate).toBe(0.25);
    const fresh = await loaded({ ...base, optimizer: { kind: 'sgd', learningRate: 0.25 } });
    expect(numbers(revised)).toEqual(numbers(await traced(fresh)));
    expect((await traced(session)).optimizer.config.learningRate).toBe(0.25);
  });

  it('a setting changed after the traced update still applies only from the next one', async () => {
    const session = await loaded();
    await traced(session);
    await session.handle({ type: 'configure', patch: { learningRate: 0.1 } });
    const revised = await traced(session, {
      type: 'revise',
      edit: { kind: 'param', index: 0, value: 0.5 },
    });
    expect(revised.optimizer.config.learningRate).toBe(1);
    expect((await traced(session)).optimizer.config.learningRate).toBe(0.1);
  });

  it('stepping back after an edit returns to the edited state before the update', async () => {
    const session = await loaded();
    await traced(session);
    await session.handle({ type: 'revise', edit: { kind: 'param', index: 2, value: 0.05 } });
    await session.handle({ type: 'stepBack' });
    // the unedited state is gone: there is nothing further back
    expect(one(await session.handle({ type: 'stepBack' }), 'error')).toBeDefined();
    const again = await traced(session);
    expect(again.before[2]).toBe(0.05);
  });

  it('refuses edits it cannot make, saying why, and changes nothing', async () => {
    const session = await loaded();
    const untraced = await session.handle({
      type: 'revise',
      edit: { kind: 'param', index: 0, value: 1 },
    });
    expect(one(untraced, 'error')?.message).toMatch(/only the update just traced/);
    const first = await traced(session);
    const refusals: [Command, RegExp][] = [
      [{ type: 'revise', edit: { kind: 'param', index: 99, value: 1 } }, /index 99 is outside/],
      [{ type: 'revise', edit: { kind: 'param', index: 0, value: NaN } }, /finite/],
      [
        { type: 'revise', edit: { kind: 'input', sample: 3, column: 0, value: 1 } },
        /sample 3 is outside/,
      ],
      [
        { type: 'revise', edit: { kind: 'target', sample: 0, column: 2, value: 1 } },
        /target column 2/,
      ],
      [{ type: 'revise', edit: { kind: 'learningRate', value: -1 } }, /./],
    ];
    for (const [command, message] of refusals) {
      const out = await session.handle(command);
      const error = one(out, 'error');
      expect(error, JSON.stringify(command)).toBeDefined();
      expect(`${error!.message} ${error!.issues.map((i) => i.message).join(' ')}`).toMatch(message);
    }
    // the state is the traced one: stepping back and tracing again gives the same numbers
    await session.handle({ type: 'stepBack' });
    expect(numbers(await traced(session))).toEqual(numbers(first));
    // after two untraced updates there is no single traced update to edit
    await session.handle({ type: 'step', unit: 'update', count: 2 });
    const late = await session.handle({
      type: 'revise',
      edit: { kind: 'param', index: 0, value: 1 },
    });
    expect(one(late, 'error')?.message).toMatch(/only the update just traced/);
  });

  it('refuses data edits on generated data', async () => {
    const session = await loaded(getPreset('circle')!.scenario);
    await traced(session);
    const out = await session.handle({
      type: 'revise',
      edit: { kind: 'input', sample: 0, column: 0, value: 0 },
    });
    expect(one(out, 'error')?.message).toMatch(/inline data/);
  });
});
