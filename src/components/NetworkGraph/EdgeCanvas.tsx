// All edges of a big net on one canvas: thin, translucent, coloured by sign (dashed when
// negative), opacity and width by magnitude. Not interactive; the SVG above carries focus.
import { useEffect, useRef } from 'react';
import { NEGATIVE, POSITIVE } from '../../viz/colors';
import type { GraphModel } from '../../viz/graphModel';
import type { NetworkLayout } from '../../viz/layoutNetwork';

export interface EdgeCanvasProps {
  readonly layout: NetworkLayout;
  readonly model: GraphModel;
}

const BUCKETS = 5;

export function EdgeCanvas({ layout, model }: EdgeCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const { width, height } = layout;
  useEffect(() => {
    const canvas = ref.current;
    let ctx: CanvasRenderingContext2D | null;
    try {
      ctx = canvas?.getContext('2d') ?? null;
    } catch {
      ctx = null; // no canvas support (jsdom): the SVG still shows nodes and focus
    }
    if (!canvas || !ctx) return;
    const dpr = typeof window !== 'undefined' ? window.devicePixelRatio || 1 : 1;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const max = model.edgeMax > 0 ? model.edgeMax : 1;
    // One path per (sign, magnitude bucket): a handful of strokes for thousands of edges.
    for (const sign of [1, -1] as const) {
      for (let b = 0; b < BUCKETS; b += 1) {
        ctx.beginPath();
        let any = false;
        for (const e of layout.edges) {
          const v = model.paramShown(e.index);
          if (!(sign > 0 ? v > 0 : v < 0)) continue;
          const t = Math.sqrt(Math.min(1, Math.abs(v) / max));
          if (Math.min(BUCKETS - 1, Math.floor(t * BUCKETS)) !== b) continue;
          ctx.moveTo(e.x1, e.y1);
          ctx.lineTo(e.x2, e.y2);
          any = true;
        }
        if (!any) continue;
        const t = (b + 0.5) / BUCKETS;
        ctx.strokeStyle = sign > 0 ? POSITIVE : NEGATIVE;
        ctx.globalAlpha = 0.04 + 0.3 * t * t;
        ctx.lineWidth = 0.5 + 1.2 * t;
        ctx.setLineDash(sign > 0 ? [] : [3, 2]);
        ctx.stroke();
      }
    }
    ctx.globalAlpha = 1;
  }, [layout, model, width, height]);
  return (
    <canvas
      ref={ref}
      aria-hidden="true"
      data-testid="edge-canvas"
      style={{ position: 'absolute', left: 0, top: 0, width, height, pointerEvents: 'none' }}
    />
  );
}
