// loadScenario over protocol v1, on a real store with a stand-in worker: the title of what
// loaded and the warnings the app gives (fields it ignored, notes it shows), and every refusal
// (a recurrent net, data that does not fit, a worker that refuses) as `invalid-scenario` with
// the path, never a silent success.
import { describe, expect, it } from 'vitest';
import type { Command, Message } from '../../src/protocol/messages';
import { createAppStore } from '../../src/store/createAppStore';
import { carryOut, type RequestContext } from '../../src/embed/requests';
import type { ProtocolError } from '../../src/embed/protocol';
import { getPreset } from '../../src/scenario/presets';
import { getRecurrentPreset } from '../../src/scenario/recurrentPresets';
import { firstFrame, xorSummary } from '../helpers/loaded';

const summary = xorSummary;

const frame = firstFrame;

/** A store whose worker loads what it is sent (saying a warning first, for 'warns'), or
 * refuses every load after the first. */
function setup(worker: 'loads' | 'warns' | 'refuses' = 'loads') {
  let loads = 0;
  const store = createAppStore({
    send: (c: Command) => {
      if (c.type !== 'load') return;
      loads += 1;
      const answer: Message =
        worker === 'refuses' && loads > 1
          ? {
              type: 'error',
              command: 'load',
              message: 'The data could not be read',
              issues: [{ path: 'data.url', message: 'was not found' }],
            }
          : {
              type: 'loaded',
              summary: summary((c.scenario as { title: string }).title),
              frame: frame(),
            };
      queueMicrotask(() => {
        if (worker === 'warns')
          store
            .getState()
            .actions.receive({ type: 'plateau', update: 0, message: 'The loss has stalled' });
        store.getState().actions.receive(answer);
      });
    },
  });
  const ctx: RequestContext = {
    store,
    locked: () => [],
    configure: () => undefined,
    subscribe: () => undefined,
  };
  const loadScenario = (payload: { preset: string } | { scenario: unknown }) =>
    carryOut(ctx, { type: 'loadScenario', id: 1, payload }) as Promise<{
      title: string;
      warnings: string[];
    }>;
  return { store, loadScenario };
}

const refusal = (p: Promise<unknown>): Promise<ProtocolError | null> =>
  p.then(
    () => null,
    (e: ProtocolError) => e,
  );

const twoTwoOne = () => structuredClone(getPreset('two-two-one')!.scenario);

describe('loadScenario', () => {
  it('answers the title of what loaded, with no warnings for a clean preset', async () => {
    const { loadScenario } = setup();
    const result = await loadScenario({ preset: 'xor' });
    expect(result).toEqual({ title: getPreset('xor')!.scenario.title, warnings: [] });
  });

  it('answers as warnings what the app told the reader while loading', async () => {
    const { loadScenario } = setup('warns');
    const result = await loadScenario({ scenario: twoTwoOne() });
    expect(result.warnings).toEqual(['The loss has stalled']);
  });

  it('refuses a field it does not know, with its path, rather than ignoring it', async () => {
    const { loadScenario } = setup();
    const scenario = twoTwoOne() as Record<string, unknown>;
    scenario.optimizer = { ...(scenario.optimizer as object), learningrate: 3 };
    const e = await refusal(loadScenario({ scenario }));
    expect(e?.code).toBe('invalid-scenario');
    expect(e?.issues?.map((i) => i.path)).toEqual(['optimizer.learningrate']);
  });

  it('refuses a recurrent scenario or preset with the path network.kind', async () => {
    const { store, loadScenario } = setup();
    const rnn = getRecurrentPreset('rnn-sine')!;
    for (const payload of [{ scenario: rnn.scenario }, { preset: rnn.id }]) {
      const e = await refusal(loadScenario(payload));
      expect(e?.code).toBe('invalid-scenario');
      expect(e?.issues?.map((i) => i.path)).toEqual(['network.kind']);
    }
    expect(store.getState().summary).toBeNull();
  });

  it('refuses inline data that does not fit the network, naming where', async () => {
    const { loadScenario } = setup();
    const scenario = twoTwoOne() as Record<string, unknown>;
    // three input columns for a net with two inputs
    scenario.data = { kind: 'inline', inputs: [[1, 2, 3]], targets: [[1]] };
    const e = await refusal(loadScenario({ scenario }));
    expect(e?.code).toBe('invalid-scenario');
    expect(e?.issues?.map((i) => i.path)).toEqual(['data.inputs[0]']);
  });

  it('refuses what the worker refuses, with its reason, and keeps the old run', async () => {
    const { store, loadScenario } = setup('refuses');
    await loadScenario({ preset: 'two-two-one' });
    const started = Date.now();
    const e = await refusal(loadScenario({ preset: 'xor' }));
    expect(e?.code).toBe('invalid-scenario');
    expect(e?.message).toContain('The data could not be read');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(store.getState().summary?.title).toBe(getPreset('two-two-one')!.scenario.title);
  });
});
