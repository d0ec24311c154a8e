// The URL fragment: every key of embed.md read and written, bad values fall back and are listed,
// parse ∘ serialize is the identity on valid states, and no fragment throws or reaches a prototype.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTROL_IDS,
  DEFAULT_FRAGMENT,
  LAYOUTS,
  PANEL_IDS,
  PHASE_NAMES,
  THEMES,
  formatStep,
  parseFragment,
  parseStep,
  serializeFragment,
  type FragmentState,
  type StepTarget,
} from '../../src/scenario/fragment';
import { PRESETS } from '../../src/scenario/presets';

const ids = <T extends string>(list: readonly T[]) =>
  fc.uniqueArray(fc.constantFrom(...list), { maxLength: 5 });

const stepArb: fc.Arbitrary<StepTarget> = fc.oneof(
  fc.record({ update: fc.integer({ min: 0, max: 1_000_000 }), at: fc.constant(null) }),
  fc.record({
    update: fc.integer({ min: 1, max: 1_000_000 }),
    at: fc.oneof(
      fc.record({
        sample: fc.integer({ min: 1, max: 999 }),
        phase: fc.constantFrom('forward' as const, 'loss' as const, 'backward' as const),
        layer: fc.option(fc.integer({ min: 1, max: 16 }), { nil: null }),
      }),
      fc.record({
        sample: fc.constant(1),
        phase: fc.constantFrom('accumulate' as const, 'update' as const),
        layer: fc.constant(null),
      }),
    ),
  }),
);

const stateArb: fc.Arbitrary<FragmentState> = fc
  .record({
    preset: fc.option(fc.constantFrom(...PRESETS.map((p) => p.id)), { nil: null }),
    s: fc.option(fc.stringMatching(/^[A-Za-z0-9_.-]{1,40}$/), { nil: null }),
    layout: fc.option(fc.constantFrom(...LAYOUTS), { nil: null }),
    show: ids([...PANEL_IDS, ...CONTROL_IDS]),
    hide: ids(PANEL_IDS),
    controls: fc.option(fc.oneof(fc.constant('none' as const), ids(CONTROL_IDS)), { nil: null }),
    lock: fc.oneof(fc.constant('all' as const), ids(CONTROL_IDS)),
    step: fc.option(stepArb, { nil: null }),
    play: fc.boolean(),
    theme: fc.constantFrom(...THEMES),
    lesson: fc.option(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/), { nil: null }),
    lstep: fc.option(fc.integer({ min: 1, max: 9999 }), { nil: null }),
  })
  .map((s) => ({ v: 1 as const, ...s, lstep: s.lesson === null ? null : s.lstep }));

describe('the URL fragment', () => {
  it('reads every key of the embed contract', () => {
    const { state, ignored } = parseFragment(
      '#v=1&preset=xor&layout=compact&show=loss,norms&hide=data&controls=play,step&lock=lr,batch' +
        '&step=u3.s2.backward.l1&play=1&theme=dark&lesson=chain-rule-by-hand&lstep=2',
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      v: 1,
      preset: 'xor',
      s: null,
      layout: 'compact',
      show: ['loss', 'norms'],
      hide: ['data'],
      controls: ['play', 'step'],
      lock: ['lr', 'batch'],
      step: { update: 3, at: { sample: 2, phase: 'backward', layer: 1 } },
      play: true,
      theme: 'dark',
      lesson: 'chain-rule-by-hand',
      lstep: 2,
    });
  });

  it('gives the defaults for an empty fragment', () => {
    expect(parseFragment('')).toEqual({ state: DEFAULT_FRAGMENT, ignored: [] });
    expect(parseFragment('#')).toEqual({ state: DEFAULT_FRAGMENT, ignored: [] });
    expect(serializeFragment(DEFAULT_FRAGMENT)).toBe('v=1');
  });

  it.each([
    ['v=2', 'v', /only version 1/],
    ['preset=CIRCLE', 'preset', /no preset called “CIRCLE”/],
    ['preset=', 'preset', /no preset called/],
    ['preset=constructor', 'preset', /no preset called/],
    ['layout=wide', 'layout', /must be one of/],
    ['show=graph,sparkles', 'show', /“sparkles” is not a known panel or control id/],
    ['controls=graph', 'controls', /not a known control id/],
    ['lock=everything', 'lock', /not a known setting id/],
    ['step=u1.s0.forward', 'step', /counted from 1/],
    ['step=u0.s1.loss', 'step', /update must be 1 or more/],
    ['step=u1.s1.update.l1', 'step', /whole batch/],
    ['step=u1.s1.sideways', 'step', /its phase must be one of/],
    ['step=u5000000', 'step', /at most 1 000 000 updates/],
    ['step=u1000001.s1.loss', 'step', /at most 1 000 000 updates/],
    ['step=12', 'step', /must be u<update>/],
    ['play=yes', 'play', /0 or 1/],
    ['theme=pink', 'theme', /must be one of/],
    ['lesson=Bad Id', 'lesson', /lowercase/],
    ['lesson=a&lstep=0', 'lstep', /from 1/],
    ['lstep=3', 'lstep', /needs a lesson/],
    ['s=%7B%22a%22%7D', 's', /base64url/],
    ['__proto__=1', '__proto__', /not a known key/],
    ['preset=xor&preset=iris', 'preset', /given twice/],
  ])('ignores %s, saying why, and keeps the default', (fragment, key, reason) => {
    const { state, ignored } = parseFragment(`#${fragment}`);
    const entry = ignored.find((i) => i.key === key);
    expect(entry?.reason).toMatch(reason);
    if (key !== 'preset' || !fragment.includes('xor')) {
      const k = key as keyof FragmentState;
      if (k in DEFAULT_FRAGMENT) expect(state[k]).toEqual(DEFAULT_FRAGMENT[k]);
    } else expect(state.preset).toBe('xor');
  });

  it('keeps the good keys when others are bad', () => {
    const { state, ignored } = parseFragment('#preset=spiral&theme=neon&step=loss');
    expect(state.preset).toBe('spiral');
    expect(state.theme).toBe('auto');
    expect(state.step).toEqual({ update: 1, at: { sample: 1, phase: 'loss', layer: null } });
    expect(ignored.map((i) => i.key)).toEqual(['theme']);
  });

  it('writes lists with readable commas', () => {
    expect(
      serializeFragment({
        preset: 'xor',
        show: ['loss', 'norms'],
        step: parseStep('u2') as StepTarget,
      }),
    ).toBe('v=1&preset=xor&show=loss,norms&step=u2');
  });

  it('reads back what it writes, for any valid state', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(parseFragment(`#${serializeFragment(state)}`)).toEqual({ state, ignored: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('reads back any step it writes', () => {
    fc.assert(
      fc.property(stepArb, (step) => {
        expect(parseStep(formatStep(step))).toEqual(step);
      }),
    );
    expect(PHASE_NAMES).toContain('backward');
  });

  it('never throws and never touches Object.prototype, whatever the fragment', () => {
    const keys = fc.constantFrom(
      'v',
      'preset',
      's',
      'step',
      'show',
      'lock',
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      'hasOwnProperty',
    );
    const pair = fc.tuple(keys, fc.string({ maxLength: 30 })).map(([k, v]) => `${k}=${v}`);
    const fragment = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(pair, { maxLength: 8 }).map((p) => `#${p.join('&')}`),
    );
    fc.assert(
      fc.property(fragment, (text) => {
        const parsed = parseFragment(text);
        expect(parsed.state.v).toBe(1);
        expect(Object.keys(Object.prototype)).toEqual([]);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        // whatever was read can be written and read again unchanged
        expect(parseFragment(serializeFragment(parsed.state)).state).toEqual(parsed.state);
      }),
      { numRuns: 500 },
    );
  });
});
