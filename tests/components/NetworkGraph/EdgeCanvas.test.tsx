// @vitest-environment jsdom
// The edge canvas of big nets: how often it redraws while values stream in, how it draws
// negative edges, and that a parent's fresh props objects do not force a new layout.
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIVE_REDRAW_MS } from '../../../src/components/NetworkGraph/EdgeCanvas';
import { NetworkGraph } from '../../../src/components/NetworkGraph/NetworkGraph';

interface Recorder {
  clears: number;
  strokes: { width: number; dash: number[] }[];
}

let rec: Recorder;

function fakeContext(): CanvasRenderingContext2D {
  let dash: number[] = [];
  const ctx = {
    lineWidth: 1,
    globalAlpha: 1,
    strokeStyle: '',
    setTransform() {},
    clearRect() {
      rec.clears += 1;
    },
    beginPath() {},
    moveTo() {},
    lineTo() {},
    setLineDash(d: number[]) {
      dash = d;
    },
    stroke() {
      rec.strokes.push({ width: ctx.lineWidth, dash });
    },
  };
  return ctx as unknown as CanvasRenderingContext2D;
}

// 16-20-4: 400 edges, above the canvas threshold; weights alternate in sign.
const sizes = [16, 20, 4];
const count = 16 * 20 + 20 + 20 * 4 + 4;
const paramsWith = (scale: number) =>
  Float64Array.from({ length: count }, (_, k) => scale * (k % 2 === 0 ? 1 : -1) * (1 + (k % 7)));

function graph(params: Float64Array, live: boolean) {
  return (
    <NetworkGraph
      sizes={sizes}
      params={params}
      mode="forward"
      reducedMotion
      live={live}
      width={900}
      height={500}
      inputImage={{ rows: 4, cols: 4 }}
    />
  );
}

beforeEach(() => {
  rec = { clears: 0, strokes: [] };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
    fakeContext as unknown as HTMLCanvasElement['getContext'],
  );
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('EdgeCanvas', () => {
  it('at rest draws every edge once, at most 1 px wide, negative edges dashed', () => {
    render(graph(paramsWith(0.1), false));
    expect(rec.clears).toBe(1);
    expect(rec.strokes).toHaveLength(400);
    expect(rec.strokes.every((s) => s.width > 0 && s.width <= 1)).toBe(true);
    expect(rec.strokes.filter((s) => s.dash.length > 0)).toHaveLength(200);
  });

  it('while live redraws at most once per interval, solid, and always ends on the latest values', () => {
    const view = render(graph(paramsWith(0.1), true));
    expect(rec.clears).toBe(1);
    for (let k = 2; k < 12; k += 1) view.rerender(graph(paramsWith(0.1 * k), true));
    expect(rec.clears).toBe(1); // the ten updates inside the interval wait
    vi.advanceTimersByTime(LIVE_REDRAW_MS);
    expect(rec.clears).toBe(2); // one trailing redraw for all of them
    expect(rec.strokes.every((s) => s.dash.length === 0)).toBe(true);
    vi.advanceTimersByTime(10 * LIVE_REDRAW_MS);
    expect(rec.clears).toBe(2);
    // Pausing redraws at once, with dashes.
    view.rerender(graph(paramsWith(1.1), false));
    expect(rec.clears).toBe(3);
    expect(rec.strokes.slice(-400).filter((s) => s.dash.length > 0)).toHaveLength(200);
  });

  it('keeps its drawing when the parent re-renders with an equal input-image object', () => {
    const params = paramsWith(0.1);
    const view = render(graph(params, false));
    view.rerender(graph(params, false));
    view.rerender(graph(params, false));
    expect(rec.clears).toBe(1);
  });
});
