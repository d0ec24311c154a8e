// Loading a scenario whose kind's schemas (or preset) are a chunk not loaded yet: the run shown
// stays until the new one has been checked (no flash of half a load), a bad one is refused with
// the same notice as before, and a load asked for meanwhile wins over the one still waiting.
// Each test starts from fresh modules, so the chunks are not loaded yet.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Command } from '../../src/protocol/messages';

async function setup() {
  const { createAppStore } = await import('../../src/store/createAppStore');
  const sent: Command[] = [];
  const store = createAppStore({ send: (c) => sent.push(c) });
  const loads = () => sent.filter((c) => c.type === 'load');
  return { store, loads, actions: store.getState().actions };
}

beforeEach(() => {
  vi.resetModules();
});

describe('loading another kind on demand', () => {
  it('keeps the run shown until the new scenario is checked, then loads it', async () => {
    const { store, loads, actions } = await setup();
    expect(await actions.loadPreset('two-two-one')).toBe(true);
    const before = store.getState().scenario;
    const loading = actions.loadPreset('rnn-memory');
    // nothing changed yet: the preset and its schemas are on their way
    expect(store.getState().scenario).toBe(before);
    expect(store.getState().presetId).toBe('two-two-one');
    expect(loads()).toHaveLength(1);
    expect(await loading).toBe(true);
    expect(store.getState().presetId).toBe('rnn-memory');
    expect(loads()).toHaveLength(2);
    expect(loads()[1]).toMatchObject({ scenario: { network: { kind: 'rnn' } } });
  });

  it('refuses a bad scenario of another kind with its issue, the run shown staying', async () => {
    const { store, loads, actions } = await setup();
    await actions.loadPreset('two-two-one');
    const before = store.getState().scenario;
    const { getRecurrentPreset } = await import('../../src/scenario/recurrentPresets');
    const rnn = getRecurrentPreset('rnn-memory')!.scenario;
    const bad = {
      ...rnn,
      sequence: { ...rnn.sequence, bptt: { mode: 'truncated', k1: 4, k2: 2 } },
    };
    expect(await actions.loadScenario(bad)).toBe(false);
    expect(store.getState().scenario).toBe(before);
    expect(loads()).toHaveLength(1);
    expect(store.getState().notices.at(-1)?.text).toMatch(
      /^This scenario cannot be loaded: sequence\.bptt\.k2/,
    );
  });

  it('drops a load still waiting when another is asked for meanwhile', async () => {
    const { store, loads, actions } = await setup();
    const waiting = actions.loadPreset('lstm-gomez');
    expect(await actions.loadPreset('xor')).toBe(true);
    expect(await waiting).toBe(false);
    expect(store.getState().presetId).toBe('xor');
    expect(loads()).toHaveLength(1);
    // asked the other way round, the later (waiting) one is loaded after the first
    const first = actions.loadPreset('two-two-one');
    expect(await actions.loadPreset('gru-memory')).toBe(true);
    expect(await first).toBe(true);
    expect(store.getState().presetId).toBe('gru-memory');
    expect(loads()).toHaveLength(3);
  });

  it('says so when there is no such preset', async () => {
    const { store, actions } = await setup();
    expect(await actions.loadPreset('no-such-preset')).toBe(false);
    expect(store.getState().notices.at(-1)?.text).toBe(
      'There is no preset called “no-such-preset”.',
    );
  });
});
