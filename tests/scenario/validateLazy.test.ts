// The page's validator (validateLazy.ts) against the one of the worker and the command line
// (validate.ts): the same answer, word for word, for valid and broken scenarios of every kind
// the app shows; an MLP answered at once, another kind only after its schemas have loaded.
import { describe, expect, it } from 'vitest';
import { APP_PRESETS } from '../../src/scenario/appPresets';
import { validateAppScenario, validateScenario } from '../../src/scenario/validate';
import {
  validateAppScenarioLater,
  validateAppScenarioNow,
  validateScenarioLater,
} from '../../src/scenario/validateLazy';

const preset = (id: string): Record<string, unknown> =>
  structuredClone(APP_PRESETS.find((p) => p.id === id)!.scenario) as Record<string, unknown>;

/** One broken copy of a preset: a field of the wrong type, an unknown one, a bad kind. */
function broken(id: string): unknown[] {
  const s = preset(id);
  const network = s.network as Record<string, unknown>;
  return [
    { ...s, seed: 'one' },
    { ...s, colour: 'red' },
    { ...s, network: { ...network, surprise: 1 } },
    { ...s, network: { ...network, kind: 'transformer' } },
  ];
}

const IDS = [
  'two-two-one',
  'rnn-memory',
  'lstm-gomez',
  'gru-memory',
  'conv-by-hand',
  'fixed-point',
];
const INPUTS: unknown[] = [
  null,
  [],
  JSON.parse('{"__proto__": {}, "version": 1}'),
  ...IDS.flatMap((id) => [preset(id), ...broken(id)]),
];

describe('the page validator', () => {
  it('answers an MLP at once, another kind only once its schemas have loaded', async () => {
    expect(validateAppScenarioNow(preset('two-two-one'))).toEqual(
      validateAppScenario(preset('two-two-one')),
    );
    expect(validateAppScenarioNow(preset('rnn-memory'))).toBeNull();
    expect(validateAppScenarioNow({ ...preset('conv-by-hand'), seed: 'x' })).toBeNull();
    const later = await validateAppScenarioLater(preset('rnn-memory'));
    expect(later.ok).toBe(true);
    // loaded now: answered at once from here on
    expect(validateAppScenarioNow(preset('rnn-memory'))).toEqual(later);
  });

  it('says what validate.ts says, for every kind, valid or not', async () => {
    for (const input of INPUTS) {
      expect(await validateAppScenarioLater(input)).toEqual(validateAppScenario(input));
      expect(await validateScenarioLater(input)).toEqual(validateScenario(input));
    }
    // the broken copies are refused (the comparison above is not between two passes)
    const refused = INPUTS.filter((i) => !validateAppScenario(i).ok);
    expect(refused.length).toBe(3 + IDS.length * 4);
  });
});
