// Truncation and the loss over time changed live on a net over sequences (LSTM, GRU, RNN):
// the next update's gradients are exactly the command line's for the scenario with that
// setting; the summary, the frame's inspection and the checkpoint follow; a bad value (k2 < k1)
// is refused naming its path and changes nothing; an MLP refuses the patch.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nestedByName } from '../../src/engine/layout';
import type { BpttConfig } from '../../src/engine/recurrent/types';
import type { LivePatch, Message } from '../../src/protocol/messages';
import { getAppPreset } from '../../src/scenario/appPresets';
import { createSession } from '../../src/worker/session';
import { cli } from '../cli/runCli';
import { readText } from '../helpers/files';

const of = <T extends Message['type']>(messages: Message[], type: T) =>
  messages.filter((m): m is Extract<Message, { type: T }> => m.type === type);

const dir = mkdtempSync(join(tmpdir(), 'bpl-seqedit-'));

async function loaded(id: string) {
  const session = createSession({ readText, now: () => 0 });
  const out = await session.handle({ type: 'load', scenario: getAppPreset(id)!.scenario });
  expect(of(out, 'error')).toEqual([]);
  return session;
}

/** The first update's gradients, keyed by block, as the CLI's `trace` prints them. */
async function cliGradients(id: string, sequence: Record<string, unknown>) {
  const scenario = getAppPreset(id)!.scenario as { sequence: Record<string, unknown> };
  const path = join(dir, `${id}.json`);
  writeFileSync(
    path,
    JSON.stringify({ ...scenario, sequence: { ...scenario.sequence, ...sequence } }),
  );
  const { code, stdout, stderr } = await cli(['trace', path]);
  expect(code, stderr).toBe(0);
  return (JSON.parse(stdout) as { updates: { gradients: unknown }[] }).updates[0].gradients;
}

async function tracedGradients(session: Awaited<ReturnType<typeof loaded>>) {
  const [{ trace }] = of(await session.handle({ type: 'traceStep' }), 'trace');
  if (!('layout' in trace)) throw new Error(`a ${trace.kind} trace has no block layout`);
  return nestedByName(trace.layout, trace.gradients);
}

const configure = (session: Awaited<ReturnType<typeof loaded>>, patch: LivePatch) =>
  session.handle({ type: 'configure', patch });

describe('sequence settings changed live', () => {
  const truncated: BpttConfig = { mode: 'truncated', k1: 2, k2: 3 };

  it.each(['lstm-memory', 'rnn-memory'])(
    '%s: truncation changes the next update exactly as the CLI’s truncated scenario',
    async (id) => {
      const session = await loaded(id);
      const out = await configure(session, { sequence: { bptt: truncated } });
      expect(of(out, 'error')).toEqual([]);
      const [configured] = of(out, 'configured');
      expect(configured.summary.recurrent?.sequence.bptt).toEqual(truncated);
      // the checkpoint carries the setting, so a restarted worker keeps it
      const [checkpoint] = of(out, 'checkpoint');
      expect(
        (checkpoint.checkpoint.scenario as { sequence: { bptt: unknown } }).sequence.bptt,
      ).toEqual(truncated);
      const gradients = await tracedGradients(session);
      expect(gradients).toEqual(await cliGradients(id, { bptt: truncated }));
      expect(gradients).not.toEqual(await cliGradients(id, { bptt: { mode: 'full' } }));
    },
  );

  it('sunspots-gru: the loss over time and truncation together, the shown sequence swept', async () => {
    const session = await loaded('sunspots-gru');
    await session.handle({ type: 'frameAck' });
    const out = await configure(session, {
      sequence: { lossOverTime: 'sum', bptt: { mode: 'truncated', k1: 4, k2: 4 } },
    });
    const [{ frame }] = of(out, 'frame');
    expect(frame.sequence?.sweeps?.[0]).toEqual({
      at: 4,
      injected: [1, 2, 3, 4],
      swept: [1, 2, 3, 4],
    });
    expect(await tracedGradients(session)).toEqual(
      await cliGradients('sunspots-gru', {
        lossOverTime: 'sum',
        bptt: { mode: 'truncated', k1: 4, k2: 4 },
      }),
    );
  });

  it('refuses k2 below k1 naming its path and keeps the run as it was', async () => {
    const session = await loaded('gru-memory');
    const out = await configure(session, {
      sequence: { bptt: { mode: 'truncated', k1: 4, k2: 2 } },
    });
    const [error] = of(out, 'error');
    expect(error.issues.map((i) => i.path)).toEqual(['sequence.bptt.k2']);
    expect(of(out, 'configured')).toEqual([]);
    expect(await tracedGradients(session)).toEqual(
      await cliGradients('gru-memory', { bptt: { mode: 'full' } }),
    );
  });

  it('an MLP has no sequence settings', async () => {
    const session = await loaded('two-two-one');
    const [error] = of(await configure(session, { sequence: { bptt: { mode: 'full' } } }), 'error');
    expect(error.message).toMatch(/only nets over sequences/);
  });
});
