// The data panel's views: asked again when the network changes, throttled while playing, one
// request of a kind in flight, answers matched to what was asked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Command } from '../../src/protocol/messages';
import {
  createViewRequester,
  LIVE_ROWS_MS,
  LIVE_VIEW_MS,
  NO_VIEWS,
  type ViewNeeds,
  type Views,
} from '../../src/store/views';

const grid = { x: [-1, 1], y: [-2, 2], resolution: 50, layers: true } as const;

function setup(playing = false) {
  const sent: Command[] = [];
  let views: Views = NO_VIEWS;
  let t = 0;
  let update = 0;
  const state = { playing };
  const requester = createViewRequester({
    send: (c) => sent.push(c),
    now: () => t,
    playing: () => state.playing,
    update: () => update,
    loaded: () => true,
    setViews: (v) => (views = { ...views, ...v }),
  });
  return {
    requester,
    sent,
    state,
    views: () => views,
    advance: (ms: number) => {
      t += ms;
      vi.advanceTimersByTime(ms);
    },
    setUpdate: (u: number) => (update = u),
  };
}

const answerGrid = (id: number) =>
  ({
    type: 'grid',
    id,
    resolution: 50,
    output: new Float64Array(2500),
    layers: [new Float64Array(2500 * 8)],
  }) as const;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('view requests', () => {
  it('asks for what is needed and files each answer under what was asked', () => {
    const s = setup();
    s.setUpdate(7);
    const needs: ViewNeeds = { grid, rows: true, curve: Float64Array.of(0, 0.5, 1) };
    s.requester.setNeeds(needs);
    expect(s.sent.map((c) => c.type)).toEqual(['evaluateGrid', 'evaluate', 'evaluate']);
    const [g, rows, curve] = s.sent as Extract<Command, { id: number }>[];
    expect(g).toMatchObject({ x: grid.x, y: grid.y, resolution: 50, layers: true });
    expect((curve as Extract<Command, { type: 'evaluate' }>).inputs).toEqual(needs.curve);
    expect(s.requester.receive(answerGrid(g.id))).toBe(true);
    expect(s.views().grid?.need).toEqual(grid);
    expect(s.views().grid?.update).toBe(7);
    s.requester.receive({
      type: 'evaluated',
      id: curve.id,
      update: 7,
      outputs: Float64Array.of(1, 2, 3),
    });
    s.requester.receive({ type: 'evaluated', id: rows.id, update: 7, outputs: Float64Array.of(9) });
    expect([...s.views().curve!.outputs]).toEqual([1, 2, 3]);
    expect([...s.views().rows!.outputs]).toEqual([9]);
    expect(s.requester.receive(answerGrid(999))).toBe(false);
  });

  it('never has two requests of a kind in flight; a change meanwhile is asked for after', () => {
    const s = setup();
    s.requester.setNeeds({ grid, rows: false, curve: null });
    for (let k = 0; k < 5; k += 1) s.requester.changed();
    expect(s.sent).toHaveLength(1);
    s.requester.receive(answerGrid((s.sent[0] as { id: number }).id));
    expect(s.sent).toHaveLength(2); // the changes made while it was out
    s.requester.receive(answerGrid((s.sent[1] as { id: number }).id));
    expect(s.sent).toHaveLength(2); // nothing changed since
  });

  it('while playing asks at most once per interval, and catches up with the last change', () => {
    const s = setup(true);
    s.requester.setNeeds({ grid, rows: false, curve: null });
    s.requester.receive(answerGrid((s.sent[0] as { id: number }).id));
    for (let k = 0; k < 10; k += 1) {
      s.advance(10);
      s.requester.changed();
    }
    expect(s.sent).toHaveLength(1);
    s.advance(LIVE_VIEW_MS);
    expect(s.sent).toHaveLength(2);
  });

  it('forgets old answers on a new load and refuses nothing it did not ask', () => {
    const s = setup();
    s.requester.setNeeds({ grid, rows: false, curve: null });
    const first = (s.sent[0] as { id: number }).id;
    s.requester.forget();
    expect(s.views()).toEqual(NO_VIEWS);
    expect(s.requester.receive(answerGrid(first))).toBe(false); // a stale answer is dropped
    // the old run's needs are not sent to the new network: the views declare new ones
    expect(s.sent).toHaveLength(1);
    s.requester.changed();
    expect(s.sent).toHaveLength(1);
    s.requester.setNeeds({ grid, rows: false, curve: null });
    expect(s.sent).toHaveLength(2);
  });

  it('asks again after a failed request once something changes', () => {
    const s = setup();
    s.requester.setNeeds({ grid: null, rows: true, curve: null });
    s.requester.failed('evaluate');
    expect(s.sent).toHaveLength(1);
    s.requester.changed();
    expect(s.sent).toHaveLength(2);
  });
});

describe('scores while playing', () => {
  it('are asked for at most once per LIVE_ROWS_MS', () => {
    const s = setup(true);
    s.requester.setNeeds({ grid: null, rows: true, curve: null });
    s.requester.receive({
      type: 'evaluated',
      id: (s.sent[0] as { id: number }).id,
      update: 1,
      outputs: new Float64Array(1),
    });
    s.requester.changed();
    s.advance(LIVE_VIEW_MS);
    expect(s.sent).toHaveLength(1);
    s.advance(LIVE_ROWS_MS - LIVE_VIEW_MS);
    expect(s.sent).toHaveLength(2);
  });
});
