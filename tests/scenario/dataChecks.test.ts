// The data checks every loading path shares: CSV text and inline rows are read and fitted to
// the network as training reads them, naming path, row and column; and a byte-order mark is
// dropped the same way for scenario text, links and CSV.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/csv';
import { checkCarriedData } from '../../src/scenario/dataChecks';
import { deflateText } from '../../src/scenario/deflate';
import { PRESETS, getPreset } from '../../src/scenario/presets';
import { readLink } from '../../src/scenario/share';
import { decodeScenario } from '../../src/scenario/urlCodec';
import { formatIssue, parseScenarioText, validateScenario } from '../../src/scenario/validate';
import { baseScenario } from '../helpers/scenarios';

const base = baseScenario;
const issuesOf = (input: unknown): string[] => {
  const r = validateScenario(input);
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
  return checkCarriedData(r.scenario).map(formatIssue);
};
const csv = (text: string) => ({ ...base, data: { kind: 'csv', text, targetColumns: ['label'] } });

describe('the data a scenario carries', () => {
  it.each([
    [
      'a ragged row',
      'a,b,label\n1,2,0\n3,4\n',
      'data.text: row 3: has 2 columns; expected 3 (as in row 1)',
    ],
    [
      'a word for a number',
      'a,b,label\n1,2,0\n3,four,1\n',
      'data.text: row 3, column 2: column ("b") "four" is not a number',
    ],
    [
      'too many columns for the net',
      'a,b,c,label\n1,2,3,0\n4,5,6,1\n',
      'network.layers[0]: must be 3: the data has 3 input columns',
    ],
  ])('is refused for %s, naming where', (_what, text, message) => {
    expect(issuesOf(csv(text))).toEqual([message]);
  });

  it('passes for every preset and for data the scenario does not carry', () => {
    for (const p of PRESETS) expect(issuesOf(p.scenario)).toEqual([]);
    expect(issuesOf(csv('a,b,label\n1,2,0\n3,4,1\n'))).toEqual([]);
  });
});

describe('a byte-order mark', () => {
  const text = JSON.stringify(getPreset('xor')!.scenario);
  const bytes = (t: string) => Buffer.from(t, 'utf8').toString('base64url');

  it('is dropped from scenario text, once', () => {
    expect(parseScenarioText(`\uFEFF${text}`)).toEqual(parseScenarioText(text));
    expect(parseScenarioText(`\uFEFF\uFEFF${text}`).ok).toBe(false);
  });

  it('is dropped from a link’s scenario the same way, old and packed', async () => {
    expect(decodeScenario(bytes(`\uFEFF${text}`))).toEqual(parseScenarioText(text));
    expect(decodeScenario(bytes(`\uFEFF\uFEFF${text}`)).ok).toBe(false);
    const packed = await deflateText(`\uFEFF${JSON.stringify({ scenario: JSON.parse(text) })}`);
    const opened = await readLink({ search: '', hash: `#s=d.${packed}` });
    expect(opened.kind).toBe('scenario');
  });

  it('is dropped from CSV text', () => {
    const plain = parseCsv('a,b,label\n1,2,0\n3,4,1\n', ['label']);
    expect(parseCsv('\uFEFFa,b,label\n1,2,0\n3,4,1\n', ['label'])).toEqual(plain);
  });
});
