// Share links: scenario, edited starting weights and step survive the round trip; damaged
// links say what is wrong.
import { describe, expect, it } from 'vitest';
import { getPreset, validateScenario } from '../../src/scenario';
import { parseShareQuery, shareableScenario, shareQuery } from '../../src/scenario/share';

const xor = () => {
  const r = validateScenario(getPreset('xor')!.scenario);
  if (!r.ok) throw new Error('invalid');
  return r.scenario;
};

describe('share links', () => {
  it('carry the settings, the edited starting weights and the step', () => {
    const scenario = { ...xor(), optimizer: { kind: 'sgd' as const, learningRate: 0.25 } };
    const initial = Float64Array.from({ length: 13 }, (_, k) => k / 8);
    const shared = shareableScenario(scenario, initial);
    expect(shared.network.weights?.[1]).toEqual([[1.125, 1.25, 1.375]]); // W1 follows W0 (6) and b0 (3)
    const parsed = parseShareQuery(`?${shareQuery({ scenario: shared, update: 12, phase: 4 })}`);
    expect(parsed).toEqual({ kind: 'ok', state: { scenario: shared, update: 12, phase: 4 } });
  });

  it('are absent from a plain address', () => {
    expect(parseShareQuery('?preset=iris')).toEqual({ kind: 'none' });
  });

  it.each([
    ['?s=%%%', /characters that base64url does not use/],
    [
      `?s=${btoa('{"version":1,"network":{"layers":[2,0,1],"activations":["tanh","sigmoid"]},"data":{"kind":"xor"}}').replace(/=+$/, '')}`,
      /network\.layers\[1\]/,
    ],
    [
      `?${shareQuery({ scenario: xor(), update: 0, phase: null }).replace('u=0', 'u=-4')}`,
      /update number/,
    ],
    [`?${shareQuery({ scenario: xor(), update: 0, phase: null })}&p=x`, /phase number/],
  ])('say what is wrong with %s', (search, message) => {
    const parsed = parseShareQuery(search);
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind === 'invalid') expect(parsed.message).toMatch(message);
  });
});
