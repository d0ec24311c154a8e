// Share links: every preset's link stays short (unedited: < 2 000 characters at any step; with
// edited weights: < 8 000), scenario, edits and step survive the round trip, links made before
// fragments still open, and damaged links say what is wrong.
import { describe, expect, it } from 'vitest';
import { getPreset, PRESETS, type Scenario } from '../../src/scenario';
import type { StepTarget } from '../../src/scenario/fragment';
import { startingParams } from '../../src/scenario/packScenario';
import type { AppScenario } from '../../src/scenario/validate';
import {
  namesScenario,
  readLink,
  shareableScenario,
  shareFragment,
} from '../../src/scenario/share';
import oldLinks from './fixtures/oldLinks.json';
import { presetScenario } from '../helpers/scenarios';

const preset = presetScenario;
const start = (s: AppScenario): Float64Array => startingParams(s);
const BASE = 'https://lens.example/app/';
const DEEP: StepTarget = { update: 1_000_000, at: { sample: 999, phase: 'backward', layer: 16 } };

/** `count` parameters spread over the net set to values no seed draws. */
function edited(params: Float64Array, count: number): Float64Array {
  const out = params.slice();
  for (let k = 0; k < count; k += 1) {
    const index = Math.floor(((k + 0.5) * out.length) / count);
    out[index] = (k % 2 === 0 ? 1 : -1) * (0.1 + k / 997) * Math.PI;
  }
  return out;
}

const link = async (scenario: Scenario, initial: Float64Array, step: StepTarget | null) =>
  `${BASE}#${await shareFragment({ scenario, initial, step })}`;
const open = (url: string) => {
  const u = new URL(url);
  return readLink({ search: u.search, hash: u.hash });
};

describe('share links', () => {
  it.each(PRESETS.map((p) => p.id))(
    '%s unedited is a preset link under 2 000 characters at any step',
    async (id) => {
      const scenario = preset(id);
      const url = await link(scenario, start(scenario), DEEP);
      expect(url).toBe(`${BASE}#v=1&preset=${id}&step=u1000000.s999.backward.l16`);
      expect(url.length).toBeLessThan(2000);
      expect(await open(url)).toEqual({
        kind: 'preset',
        presetId: id,
        restore: { updates: 999_999, at: DEEP.at },
        notes: [],
      });
    },
  );

  it.each(PRESETS.map((p) => p.id))(
    '%s with changed settings stays under 2 000 characters and reopens them',
    async (id) => {
      const scenario = { ...preset(id), optimizer: { kind: 'sgd' as const, learningRate: 0.0123 } };
      const url = await link(scenario, start(scenario), { update: 40, at: null });
      expect(url.length).toBeLessThan(2000);
      const opened = await open(url);
      expect(opened).toMatchObject({ kind: 'scenario', restore: { updates: 40, at: null } });
      if (opened.kind !== 'scenario') return;
      expect(opened.scenario.optimizer).toEqual({ kind: 'sgd', learningRate: 0.0123 });
      expect(start(opened.scenario)).toEqual(start(scenario));
    },
  );

  it.each(PRESETS.map((p) => p.id))(
    '%s with 40 edited starting weights is under 8 000 characters and reopens them exactly',
    async (id) => {
      const scenario = preset(id);
      const initial = edited(start(scenario), 40);
      const url = await link(scenario, initial, { update: 3, at: null });
      expect(url.length).toBeLessThan(8000);
      const opened = await open(url);
      expect(opened.kind).toBe('scenario');
      if (opened.kind !== 'scenario') return;
      expect(start(opened.scenario)).toEqual(initial);
      expect(opened.scenario).toEqual(shareableScenario(scenario, initial));
    },
  );

  it('keeps every setting, the seed and the edits of a changed scenario', async () => {
    const scenario = { ...preset('xor'), seed: 99, dropout: 0.25, title: 'Rétro ∂L/∂w 🎓' };
    const initial = edited(start(scenario), 3);
    const opened = await open(await link(scenario, initial, null));
    expect(opened).toEqual({
      kind: 'scenario',
      scenario: shareableScenario(scenario, initial),
      restore: null,
      notes: [],
    });
  });

  it.each(Object.entries(oldLinks))(
    'still opens the %s link made before fragments',
    async (id, query) => {
      const opened = await readLink({ search: query, hash: '' });
      expect(opened.kind).toBe('scenario');
      if (opened.kind !== 'scenario') return;
      const params = start(preset(id));
      if (id === 'xor') params[2] = 0.125; // the fixture's edited weight
      expect(opened.scenario).toEqual(shareableScenario(preset(id), params));
      const u = new URLSearchParams(query);
      const p = u.get('p');
      expect(opened.restore).toEqual({
        updates: Number(u.get('u')),
        at: p === null ? null : Number(p),
      });
    },
  );

  it('opens an old preset query and says when the preset does not exist', async () => {
    expect(await readLink({ search: '?preset=iris', hash: '' })).toMatchObject({
      kind: 'preset',
      presetId: 'iris',
    });
    expect(await readLink({ search: '?preset=CIRCLE', hash: '' })).toMatchObject({
      kind: 'invalid',
      message: 'there is no preset called “CIRCLE”',
    });
    expect(await readLink({ search: '', hash: '' })).toEqual({ kind: 'none', notes: [] });
  });

  it('opens the preset and lists what it ignored', async () => {
    const opened = await readLink({ search: '', hash: '#preset=spiral&step=u9000000&theme=x' });
    expect(opened).toMatchObject({ kind: 'preset', presetId: 'spiral', restore: null });
    expect(opened.notes).toEqual([
      'step “u9000000”: asks for update 9000000; a link can replay at most 1 000 000 updates',
      'theme “x”: must be one of “auto”, “light”, “dark”',
    ]);
  });

  it('leaves a lesson link to the lesson runner, and still opens the preset', async () => {
    const opened = await readLink({ search: '', hash: '#preset=xor&lesson=chain-rule&lstep=2' });
    expect(opened).toMatchObject({ kind: 'preset', presetId: 'xor' });
    expect(opened.notes).toEqual([]);
  });

  it.each([
    ['?s=%%%', /characters that base64url does not use/],
    ['#s=d.AAAA', /does not unpack/],
    ['#s=d.%%%', /base64url/],
    ['#preset=nope', /no preset called “nope”/],
    [`?${oldLinks.xor.replace('?', '').replace('u=0', 'u=-4')}`, /update number/],
    [`${oldLinks.xor}&p=x`, /phase number/],
    [`${oldLinks.xor.replace('u=0', 'u=5000000')}`, /at most 1 000 000 updates/],
  ])('say what is wrong with %s', async (address, message) => {
    const [search, hash] = address.startsWith('#') ? ['', address] : [address, ''];
    const opened = await readLink({ search, hash });
    expect(opened.kind).toBe('invalid');
    if (opened.kind === 'invalid') expect(opened.message).toMatch(message);
  });

  it('refuses edits that do not fit the network, and a bomb that unpacks too far', async () => {
    const { deflateText } = await import('../../src/scenario/deflate');
    const body = (edits: unknown) =>
      deflateText(JSON.stringify({ scenario: getPreset('xor')!.scenario, edits }));
    const outside = await readLink({ search: '', hash: `#s=d.${await body([[13, 1]])}` });
    expect(outside).toMatchObject({ kind: 'invalid' });
    if (outside.kind === 'invalid') expect(outside.message).toMatch(/outside 0…12/);
    const bomb = await deflateText(' '.repeat(3 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(8000);
    const opened = await readLink({ search: '', hash: `#s=d.${bomb}` });
    if (opened.kind === 'invalid') expect(opened.message).toMatch(/unpacks to more than/);
    expect(opened.kind).toBe('invalid');
  });

  it('tells a fragment that names a scenario from one that only sets the view', () => {
    expect(namesScenario('#v=1&preset=xor')).toBe(true);
    expect(namesScenario('#s=d.abc&step=u1')).toBe(true);
    expect(namesScenario('#theme=dark&layout=compact')).toBe(false);
    expect(namesScenario('')).toBe(false);
  });
});
