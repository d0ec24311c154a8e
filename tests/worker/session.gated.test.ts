// The session with LSTM and GRU scenarios: lstm-gomez loads with a gated summary and a frame
// that inspects its sequence (gates and all), traces its one SGD step with the published
// updated weights, steps back; gru-memory trains; a share round trip keeps its weights.
import { describe, expect, it } from 'vitest';
import type { Message } from '../../src/protocol/messages';
import { getGatedPreset } from '../../src/scenario/gatedPresets';
import { packScenario, startingParams, unpackScenario } from '../../src/scenario/packScenario';
import { validateAppScenario } from '../../src/scenario/validate';
import { createSession } from '../../src/worker/session';
import { readText } from '../helpers/files';

const of = <T extends Message['type']>(messages: Message[], type: T) =>
  messages.filter((m): m is Extract<Message, { type: T }> => m.type === type);

async function loaded(id: string) {
  const session = createSession({ readText, now: () => 0 });
  const out = await session.handle({ type: 'load', scenario: getGatedPreset(id)!.scenario });
  return { session, out };
}

describe('gated sessions', () => {
  it('loads lstm-gomez with its cell in the summary and a frame inspecting its gates', async () => {
    const { out } = await loaded('lstm-gomez');
    const [m] = of(out, 'loaded');
    expect(m, JSON.stringify(of(out, 'error'))).toBeDefined();
    expect(m.summary.recurrent?.spec).toMatchObject({ cell: 'lstm', hidden: 1, readout: false });
    expect(m.summary.recurrent?.groups).toEqual(['Wxi', 'Wxf', 'Wxg', 'Wxo']);
    const step = m.frame.sequence?.steps[0];
    expect(step && 'gates' in step ? step.gates.i[0] : NaN).toBeCloseTo(0.96083, 5);
  });

  it('traces lstm-gomez’s SGD step to the published weights, and steps back', async () => {
    const { session } = await loaded('lstm-gomez');
    const [first] = of(await session.handle({ type: 'traceStep' }), 'trace');
    expect(first.trace.kind).toBe('lstm');
    // published: Wxi becomes [0.95022, 0.80066]
    expect(first.trace.after[0]).toBeCloseTo(0.95022, 5);
    expect(first.trace.after[1]).toBeCloseTo(0.80066, 5);
    const [back] = of(await session.handle({ type: 'stepBack' }), 'steppedBack');
    expect(Array.from(back.frame.params)).toEqual(Array.from(first.trace.before));
  });

  it('gru-memory trains its loss down', async () => {
    const { session, out } = await loaded('gru-memory');
    const start = of(out, 'loaded')[0].frame.train!.loss;
    const later = await session.handle({ type: 'step', unit: 'update', count: 60 });
    const frame = (later.find((x) => 'frame' in x) as { frame: { train: { loss: number } } }).frame;
    expect(frame.train.loss).toBeLessThan(start);
  });

  it('a share link of an edited GRU opens with the same starting weights', async () => {
    const result = validateAppScenario(getGatedPreset('gru-memory')!.scenario);
    if (!result.ok) throw new Error('invalid preset');
    const initial = startingParams(result.scenario);
    initial[3] = 0.125;
    const back = await unpackScenario(await packScenario(result.scenario, initial));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(Array.from(startingParams(back.scenario))).toEqual(Array.from(initial));
  });
});
