// Opening links in the store: a fragment's preset and step, an old query's phase index, a bad
// link's notice and the default example; and Share writes what opening reads back.
import { describe, expect, it } from 'vitest';
import type { StepTrace } from '../../src/engine/types';
import type { Command, Message, RunSummary } from '../../src/protocol/messages';
import { createAppStore } from '../../src/store/createAppStore';
import { deflateText } from '../../src/scenario/deflate';
import { phasesOf } from '../../src/store/phases';
import oldLinks from '../scenario/fixtures/oldLinks.json';
import { smallFrame, smallTraces } from '../helpers/traced';

const trace = (): StepTrace => smallTraces(1, 'full')[0];

const frame = smallFrame;

function setup() {
  const sent: Command[] = [];
  const store = createAppStore({ send: (c) => sent.push(c) });
  const receive = (m: Message) => store.getState().actions.receive(m);
  const summary = { sizes: [2, 3, 1] } as unknown as RunSummary;
  return { store, sent, receive, summary, actions: store.getState().actions };
}

describe('opening a link', () => {
  it('loads the fragment’s preset, replays the updates and shows the named phase', async () => {
    const { store, sent, receive, summary, actions } = setup();
    await actions.openLink(
      { search: '', hash: '#v=1&preset=xor&step=u4.s2.backward.l1' },
      'two-two-one',
    );
    expect(store.getState().presetId).toBe('xor');
    receive({ type: 'loaded', summary, frame: frame(0) });
    expect(sent.slice(-2)).toEqual([
      { type: 'step', unit: 'update', count: 3 },
      { type: 'traceStep' },
    ]);
    const t = trace();
    receive({ type: 'trace', trace: t, frame: frame(4) });
    const shown = phasesOf(t)[store.getState().cursor];
    expect(shown).toEqual({ kind: 'backward', sample: 1, layer: 0 });
  });

  it('shows an old link’s phase by its index', async () => {
    const { store, sent, receive, summary, actions } = setup();
    await actions.openLink({ search: oldLinks['two-two-one'], hash: '' }, 'xor');
    expect(store.getState().presetId).toBe(null);
    receive({ type: 'loaded', summary, frame: frame(0) });
    expect(sent.slice(-2)).toEqual([
      { type: 'step', unit: 'update', count: 3 },
      { type: 'traceStep' },
    ]);
    receive({ type: 'trace', trace: trace(), frame: frame(4) });
    expect(store.getState().cursor).toBe(5);
  });

  it('says once why a link cannot open and loads the default example', async () => {
    const { store, actions } = setup();
    await actions.openLink({ search: '', hash: '#preset=CIRCLE' }, 'two-two-one');
    expect(store.getState().presetId).toBe('two-two-one');
    const errors = store.getState().notices.filter((n) => n.tone === 'error');
    expect(errors.map((n) => n.text)).toEqual([
      'This link could not be opened: there is no preset called “CIRCLE”. Showing the default example instead.',
    ]);
  });

  it('lists the parts of a link it ignored, and still opens the rest', async () => {
    const { store, actions } = setup();
    await actions.openLink({ search: '', hash: '#preset=xor&step=u5000000' }, 'two-two-one');
    expect(store.getState().presetId).toBe('xor');
    expect(store.getState().pendingRestore).toBe(null);
    expect(store.getState().notices.at(-1)?.text).toMatch(
      /^Part of this link was ignored: step “u5000000”: .*at most 1 000 000 updates\.$/,
    );
  });

  it('refuses a link whose CSV cannot train, naming row and column, and opens the default', async () => {
    const { store, sent, actions } = setup();
    const scenario = {
      version: 1,
      network: { layers: [2, 3, 1], activations: ['tanh', 'sigmoid'] },
      data: { kind: 'csv', text: 'a,b,label\n1,2,0\n3,four,1\n', targetColumns: ['label'] },
    };
    const packed = await deflateText(JSON.stringify({ scenario }));
    await actions.openLink({ search: '', hash: `#v=1&s=d.${packed}` }, 'two-two-one');
    expect(store.getState().presetId).toBe('two-two-one');
    expect(sent.map((c) => c.type)).toEqual(['load']);
    expect(store.getState().notices.map((n) => n.text)).toEqual([
      'This link could not be opened: data.text: row 3, column 2: column ("b") "four" is not a number. Showing the default example instead.',
    ]);
  });
});
