// All edges of a big net on one canvas: thin, translucent, coloured by sign, opacity and width
// by magnitude. Not interactive; the SVG above carries focus and draws the edges of the unit
// under the pointer or selected (dashed when negative). Rasterising thousands of dashed lines
// costs Chromium 50–150 ms, so while values stream in (`live`) the canvas redraws at most five
// times a second with solid lines, and draws negative edges dashed once the values rest.
import { useEffect, useRef } from 'react';
import { NEGATIVE, POSITIVE } from '../../viz/colors';
import type { GraphModel } from '../../viz/graphModel';
import type { NetworkLayout } from '../../viz/layoutNetwork';

export interface EdgeCanvasProps {
  readonly layout: NetworkLayout;
  readonly model: GraphModel;
  /** Values change many times a second (training is playing). */
  readonly live?: boolean;
}

const BUCKETS = 5;
/** Shortest time between two redraws while live. */
export const LIVE_REDRAW_MS = 200;
const CANVAS_DASH = [6, 4];

function context(canvas: HTMLCanvasElement | null): CanvasRenderingContext2D | null {
  try {
    return canvas?.getContext('2d') ?? null;
  } catch {
    return null; // no canvas support (jsdom): the SVG still shows nodes and focus
  }
}

/** Edge indices by (sign, magnitude bucket): positive buckets first, then negative. */
function bucketEdges(layout: NetworkLayout, model: GraphModel): number[][] {
  const groups: number[][] = Array.from({ length: 2 * BUCKETS }, () => []);
  const max = model.edgeMax > 0 ? model.edgeMax : 1;
  layout.edges.forEach((e, k) => {
    const v = model.paramShown(e.index);
    if (!(v !== 0 && Number.isFinite(v))) return;
    const t = Math.sqrt(Math.min(1, Math.abs(v) / max));
    const b = Math.min(BUCKETS - 1, Math.floor(t * BUCKETS));
    groups[(v > 0 ? 0 : BUCKETS) + b].push(k);
  });
  return groups;
}

function draw(
  ctx: CanvasRenderingContext2D,
  layout: NetworkLayout,
  model: GraphModel,
  dashed: boolean,
): void {
  ctx.clearRect(0, 0, layout.width, layout.height);
  bucketEdges(layout, model).forEach((group, g) => {
    if (group.length === 0) return;
    const negative = g >= BUCKETS;
    const t = ((g % BUCKETS) + 0.5) / BUCKETS;
    ctx.strokeStyle = negative ? NEGATIVE : POSITIVE;
    // At most 1 px wide: Skia's hairline path is 3–5× faster than wider strokes, so
    // magnitude shows mostly as opacity.
    ctx.globalAlpha = 0.05 + 0.45 * t * t;
    ctx.lineWidth = 0.5 + 0.5 * t;
    ctx.setLineDash(negative && dashed ? CANVAS_DASH : []);
    // One stroke per edge: Skia rasterises many short simple paths far faster than one
    // path of thousands of overlapping segments.
    for (const k of group) {
      const e = layout.edges[k];
      ctx.beginPath();
      ctx.moveTo(e.x1, e.y1);
      ctx.lineTo(e.x2, e.y2);
      ctx.stroke();
    }
  });
  ctx.globalAlpha = 1;
}

export function EdgeCanvas({ layout, model, live = false }: EdgeCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const { width, height } = layout;
  const latest = useRef({ layout, model, live });
  const lastDraw = useRef(-Infinity);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // The backing store changes only with the size (setting width reallocates and clears it).
  useEffect(() => {
    const canvas = ref.current;
    const ctx = context(canvas);
    if (!canvas || !ctx) return;
    const dpr = typeof window !== 'undefined' ? window.devicePixelRatio || 1 : 1;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    lastDraw.current = -Infinity;
  }, [width, height]);

  useEffect(() => {
    latest.current = { layout, model, live };
    const ctx = context(ref.current);
    if (!ctx) return;
    const paint = () => {
      timer.current = null;
      lastDraw.current = performance.now();
      const now = latest.current;
      draw(ctx, now.layout, now.model, !now.live);
    };
    if (!live) {
      if (timer.current !== null) clearTimeout(timer.current);
      paint();
      return;
    }
    const wait = lastDraw.current + LIVE_REDRAW_MS - performance.now();
    if (wait <= 0) paint();
    else timer.current ??= setTimeout(paint, wait);
  }, [layout, model, live, width, height]);

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
      data-testid="edge-canvas"
      style={{ position: 'absolute', left: 0, top: 0, width, height, pointerEvents: 'none' }}
    />
  );
}
