// A big unrolled net's weight copies on one canvas under the graph's SVG (thousands of SVG
// lines cost a playing page most of its frame time). Not interactive: each copy keeps an
// invisible SVG line above it for focus, click and its name. While values stream in (`live`)
// it redraws at most five times a second, with solid lines; at rest, negative weights dashed.
import { useEffect, useRef } from 'react';
import { drawStrokeGroups, type StrokeGroup } from '../../viz/unrolledStrokes';

export interface UnrolledEdgeCanvasProps {
  readonly width: number;
  readonly height: number;
  readonly groups: readonly StrokeGroup[];
  readonly live: boolean;
}

/** Shortest time between two redraws while live (ms). */
export const LIVE_REDRAW_MS = 200;

function context(canvas: HTMLCanvasElement | null): CanvasRenderingContext2D | null {
  try {
    return canvas?.getContext('2d') ?? null;
  } catch {
    return null; // no canvas (jsdom): the SVG still names and focuses every weight copy
  }
}

export function UnrolledEdgeCanvas({ width, height, groups, live }: UnrolledEdgeCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const latest = useRef({ groups, width, height });
  const lastDraw = useRef(-Infinity);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    latest.current = { groups, width, height };
    const canvas = ref.current;
    const ctx = context(canvas);
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    const paint = () => {
      timer.current = null;
      lastDraw.current = performance.now();
      const now = latest.current;
      // setting the size reallocates (and clears) the backing store: only when it changed
      const w = Math.round(now.width * dpr);
      const h = Math.round(now.height * dpr);
      if (canvas.width !== w || canvas.height !== h) {
        canvas.width = w;
        canvas.height = h;
      }
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, now.width, now.height);
      drawStrokeGroups(ctx, now.groups);
    };
    if (!live) {
      if (timer.current !== null) clearTimeout(timer.current);
      paint();
      return;
    }
    const wait = lastDraw.current + LIVE_REDRAW_MS - performance.now();
    if (wait <= 0) paint();
    else timer.current ??= setTimeout(paint, wait);
  }, [groups, live, width, height]);

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  return (
    <canvas
      ref={ref}
      aria-hidden="true"
      data-testid="rnn-edge-canvas"
      style={{ position: 'absolute', left: 0, top: 0, width, height, pointerEvents: 'none' }}
    />
  );
}
