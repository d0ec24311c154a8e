// The session with convolutional scenarios: a CNN loads with its summary and a frame that
// inspects the shown image, traces an update (the 'cnn' trace), steps back, picks another image
// to inspect, takes a learning rate live, and refuses dropout and MLP-only commands.
import { describe, expect, it } from 'vitest';
import type { Frame, Message } from '../../src/protocol/messages';
import { getCnnPreset } from '../../src/scenario/cnnPresets';
import { createSession } from '../../src/worker/session';
import { readText } from '../helpers/files';

const of = <T extends Message['type']>(messages: Message[], type: T) =>
  messages.filter((m): m is Extract<Message, { type: T }> => m.type === type);
const frameOf = (messages: Message[]): Frame => {
  const m = messages.find((x) => 'frame' in x) as { frame: Frame } | undefined;
  if (!m) throw new Error(`no frame in ${messages.map((x) => x.type).join(', ')}`);
  return m.frame;
};

async function loaded(id: string) {
  const session = createSession({ readText, now: () => 0 });
  const out = await session.handle({ type: 'load', scenario: getCnnPreset(id)!.scenario });
  return { session, out };
}

describe('convolutional sessions', () => {
  it('loads conv-by-hand with a cnn summary and a frame inspecting its image', async () => {
    const { out } = await loaded('conv-by-hand');
    const [m] = of(out, 'loaded');
    expect(m, JSON.stringify(of(out, 'error'))).toBeDefined();
    expect(m.summary.cnn?.groups).toEqual(['K1']);
    expect(m.summary.sizes).toHaveLength(2); // one gradient-norm series per weight block
    expect(m.frame.image?.layers[0].z?.[1]).toBe(5);
    expect(of(out, 'data')).toHaveLength(0);
  });

  it('traces an update, steps back to before it, and redoes it bit for bit', async () => {
    const { session } = await loaded('conv-by-hand');
    const first = of(await session.handle({ type: 'traceStep' }), 'trace')[0].trace;
    expect(first.kind).toBe('cnn');
    if (first.kind !== 'cnn') return;
    expect(first.samples[0].inputGradient).toHaveLength(16);
    await session.handle({ type: 'stepBack' });
    const again = of(await session.handle({ type: 'traceStep' }), 'trace')[0].trace;
    expect(Array.from(again.gradients)).toEqual(Array.from(first.gradients));
  });

  it('inspects another digit, takes a learning rate live, refuses dropout and grids', async () => {
    const { session } = await loaded('digits-cnn');
    const out = await session.handle({ type: 'inspect', sample: 7 });
    expect(frameOf(out).image?.index).toBe(7);
    expect(of(await session.handle({ type: 'inspect', sample: 99999 }), 'error')).toHaveLength(1);
    const lr = await session.handle({ type: 'configure', patch: { learningRate: 0.001 } });
    expect(of(lr, 'configured')[0].summary.optimizer.learningRate).toBe(0.001);
    const dropout = of(
      await session.handle({ type: 'configure', patch: { dropout: 0.5 } }),
      'error',
    );
    expect(dropout[0].message).toContain('no dropout');
    const grid = of(
      await session.handle({
        type: 'evaluateGrid',
        id: 1,
        resolution: 8,
        x: [0, 1],
        y: [0, 1],
        layers: false,
      }),
      'error',
    );
    expect(grid[0].message).toContain('feed-forward');
  });
});
