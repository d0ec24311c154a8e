// Opening the page from its address: a preset that does not exist, an empty one, or a link
// whose scenario the worker refuses still ends with an example loaded and one notice saying why.
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/protocol/messages';
import { createAppStore } from '../../src/store/createAppStore';
import { DEFAULT_PRESET, getPreset } from '../../src/scenario/presets';
import { encodeScenario } from '../../src/scenario/urlCodec';
import type { Scenario } from '../../src/scenario/schema';
import { firstFrame, xorSummary } from '../helpers/loaded';

function setup() {
  const sent: Command[] = [];
  const store = createAppStore({ send: (c) => sent.push(c) });
  return { store, sent, actions: store.getState().actions };
}

const summary = xorSummary;

const frame = firstFrame;

const loads = (sent: readonly Command[]) =>
  sent.filter((c): c is Extract<Command, { type: 'load' }> => c.type === 'load');

describe('opening the page', () => {
  it.each(['CIRCLE', 'circel', ''])(
    'loads the default example when the preset “%s” does not exist, keeping the notice',
    async (name) => {
      const { store, sent, actions } = setup();
      await actions.openLink({ search: `?preset=${name}`, hash: '' }, DEFAULT_PRESET);
      expect(loads(sent)).toHaveLength(1);
      expect(store.getState().presetId).toBe(DEFAULT_PRESET);
      const notices = store.getState().notices;
      expect(notices).toHaveLength(1);
      expect(notices[0].text).toMatch(/preset/);
      expect(notices[0].text).toMatch(/default example/);
    },
  );

  it('loads the default example when a link’s data cannot train, saying where once', async () => {
    const { store, sent, actions } = setup();
    const scenario = {
      version: 1,
      title: 'Broken CSV',
      network: { layers: [1, 2, 1], activations: ['tanh', 'linear'] },
      loss: 'mse',
      data: { kind: 'csv', text: 'x,y\n1,2\n3,oops\n', targetColumns: ['y'] },
    };
    await actions.openLink(
      { search: `?s=${encodeScenario(scenario as Scenario)}&u=3`, hash: '' },
      DEFAULT_PRESET,
    );
    expect(loads(sent)).toHaveLength(1);
    expect(loads(sent)[0].scenario).toEqual(
      expect.objectContaining({ title: getPreset(DEFAULT_PRESET)!.scenario.title }),
    );
    expect(store.getState().pendingRestore).toBeNull();
    const notices = store.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0].text.split('oops')).toHaveLength(2);
    expect(notices[0].text).toMatch(/default example/);
  });

  it('loads the default example when the worker refuses the first scenario, saying so once', async () => {
    const { store, sent, actions } = setup();
    await actions.loadPreset('xor');
    const issue = { path: 'data.text', message: 'row 2, column 2: "oops" is not a number' };
    actions.receive({
      type: 'error',
      command: 'load',
      message: 'the data could not be loaded',
      issues: [issue],
    });
    expect(loads(sent)).toHaveLength(2);
    expect(loads(sent)[1].scenario).toEqual(
      expect.objectContaining({ title: getPreset(DEFAULT_PRESET)!.scenario.title }),
    );
    const notices = store.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0].text.split(issue.message)).toHaveLength(2);
    expect(notices[0].text).toMatch(/default example/);
  });

  it('keeps the run on screen when a later load is refused', async () => {
    const { store, sent, actions } = setup();
    await actions.loadPreset('xor');
    actions.receive({ type: 'loaded', summary: summary(), frame: frame() });
    await actions.loadPreset('circle');
    actions.receive({ type: 'error', command: 'load', message: 'nope', issues: [] });
    expect(loads(sent)).toHaveLength(2);
    expect(store.getState().presetId).toBe('xor');
  });
});

describe('when the worker is given up on', () => {
  it('stops playing and waiting for a trace, so Play and Step work again', async () => {
    const { store, sent, actions } = setup();
    await actions.loadPreset('xor');
    actions.receive({ type: 'loaded', summary: summary(), frame: frame() });
    actions.receive({ type: 'state', playing: true, speed: 'max' });
    actions.stepForward('update');
    expect(store.getState().awaitingTrace).toBe(true);
    actions.workerFailed('The training worker stopped answering. It was restarted 3 times');
    expect(store.getState().playing).toBe(false);
    expect(store.getState().awaitingTrace).toBe(false);
    expect(store.getState().notices.at(-1)?.tone).toBe('error');
    actions.stepForward('update');
    expect(sent.filter((c) => c.type === 'traceStep')).toHaveLength(2);
  });
});
