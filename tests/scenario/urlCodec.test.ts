// Scenarios in links: every preset survives the round trip, and each way a link can be
// damaged gets its own message.
import { describe, expect, it } from 'vitest';
import {
  decodeScenario,
  encodeScenario,
  formatIssue,
  getPreset,
  PRESETS,
} from '../../src/scenario';
import { presetScenario, validScenario as valid } from '../helpers/scenarios';

/** Standard base64url of UTF-8 text, written independently of the codec. */
const base64url = (text: string): string =>
  Buffer.from(text, 'utf8').toString('base64url').replace(/=+$/, '');

const messageOf = (encoded: string): string => {
  const result = decodeScenario(encoded);
  if (result.ok) throw new Error('the link was accepted');
  return result.issues.map(formatIssue).join('\n');
};

describe('links', () => {
  it('round-trips every preset through a link', () => {
    for (const preset of PRESETS) {
      const scenario = valid(preset.scenario);
      expect(decodeScenario(encodeScenario(scenario))).toEqual({ ok: true, scenario });
    }
  });

  it('encodes compact JSON as standard base64url, safe in a URL without escaping', () => {
    const scenario = presetScenario('mazur-2-2-2');
    const encoded = encodeScenario(scenario);
    expect(encoded).toBe(base64url(JSON.stringify(scenario)));
    expect(encodeURIComponent(encoded)).toBe(encoded);
  });

  it('keeps non-ASCII titles intact', () => {
    const scenario = valid({ ...getPreset('xor')!.scenario, title: 'Rétropropagation ∂L/∂w 🎓' });
    const decoded = decodeScenario(encodeScenario(scenario));
    expect(decoded.ok && decoded.scenario.title).toBe('Rétropropagation ∂L/∂w 🎓');
  });

  it('accepts the = padding some encoders add', () => {
    const scenario = presetScenario('xor');
    const padded = Buffer.from(JSON.stringify(scenario), 'utf8').toString('base64');
    const urlSafe = padded.replace(/\+/g, '-').replace(/\//g, '_');
    expect(decodeScenario(urlSafe)).toEqual({ ok: true, scenario });
  });

  it.each([
    ['an empty link', '', 'the link is damaged: it holds no scenario'],
    ['characters outside base64url', 'abc$%', 'characters that base64url does not use'],
    ['a length base64 cannot have (cut short)', 'abcde', 'not valid base64url text'],
    ['bytes that are not UTF-8', Buffer.from([0xff, 0xfe, 0x41]).toString('base64url'), 'UTF-8'],
    ['text that is not JSON', base64url('{"version":1,'), 'not valid JSON'],
    ['JSON that breaks the schema', base64url('{"version":1}'), 'network: is required'],
    [
      'a scenario with a prototype key',
      base64url('{"version":1,"constructor":{}}'),
      'constructor: this key is not allowed',
    ],
  ])('says what is wrong with %s', (_what, encoded, message) => {
    expect(messageOf(encoded)).toContain(message);
  });
});
