// @vitest-environment jsdom
// While training plays, the data panel's views are asked of the worker again at most every
// LIVE_VIEW_MS (the grid) or LIVE_ROWS_MS (every sample's scores), on the store's clock; a
// change that comes sooner is asked for once the interval is over, so the last one is drawn.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataPanel } from '../../../src/components/Data/DataPanel';
import { LIVE_ROWS_MS, LIVE_VIEW_MS } from '../../../src/store/views';
import { liveSession, sentSince, type LiveSession } from './liveSession';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Plays (as far as the store knows) and trains `count` updates at store time `at`. */
async function trainAt(s: LiveSession, at: number, count = 1) {
  s.clock.now = at;
  s.send({ type: 'step', unit: 'update', count });
  await s.settle();
}

async function playing(preset: string) {
  const s = await liveSession(preset, <DataPanel />);
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  s.store.setState({ playing: true });
  return s;
}

describe('DataPanel while playing', () => {
  it('asks for the grid at most every LIVE_VIEW_MS, and for the latest weights after', async () => {
    const s = await playing('circle');
    const t = 10 * LIVE_ROWS_MS;
    let from = s.sent.length;
    await trainAt(s, t);
    expect(sentSince(s.sent, from, 'evaluateGrid')).toHaveLength(1);

    from = s.sent.length;
    await trainAt(s, t + LIVE_VIEW_MS / 2);
    expect(sentSince(s.sent, from, 'evaluateGrid')).toHaveLength(0);

    s.clock.now = t + LIVE_VIEW_MS;
    vi.advanceTimersByTime(LIVE_VIEW_MS / 2);
    await s.settle();
    expect(sentSince(s.sent, from, 'evaluateGrid')).toHaveLength(1);
    const { views, frame } = s.store.getState();
    expect(views.grid!.update).toBe(frame!.update);
  });

  it('scores every sample at most every LIVE_ROWS_MS', async () => {
    const s = await playing('iris');
    const t = 10 * LIVE_ROWS_MS;
    let from = s.sent.length;
    await trainAt(s, t);
    expect(sentSince(s.sent, from, 'evaluate')).toHaveLength(1);

    from = s.sent.length;
    await trainAt(s, t + LIVE_VIEW_MS); // soon enough for a grid, not for scores
    s.clock.now = t + LIVE_ROWS_MS - 1;
    vi.advanceTimersByTime(LIVE_ROWS_MS - LIVE_VIEW_MS - 1);
    await s.settle();
    expect(sentSince(s.sent, from, 'evaluate')).toHaveLength(0);

    s.clock.now = t + LIVE_ROWS_MS;
    vi.advanceTimersByTime(1);
    await s.settle();
    expect(sentSince(s.sent, from, 'evaluate')).toHaveLength(1);
    const { views, frame } = s.store.getState();
    expect(views.rows!.update).toBe(frame!.update);
    expect(screen.getByRole('group', { name: 'Test confusion' })).toBeTruthy();
  });
});
