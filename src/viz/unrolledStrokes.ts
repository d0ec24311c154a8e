// The unrolled graph's weight copies as canvas strokes (a big net: 16 hidden units draw 256
// Whh copies per step): edges grouped by how they are drawn, so each weight's copies at every
// step are one path and the canvas changes style once per weight, not once per copy. Pure.
import type { EdgeBlock, UnrolledEdge } from './unrolledLayout';
import { stepComputed, type Cursor, type WeightPaint } from './unrolledValues';

export interface StrokeGroup {
  readonly stroke: string;
  readonly width: number;
  /** Canvas dash pattern (px), empty for a solid line. */
  readonly dash: readonly number[];
  readonly alpha: number;
  readonly edges: readonly UnrolledEdge[];
}

/** Opacity of a weight copy whose step the cursor has reached, and of one it has not. */
export const LIVE_ALPHA = 0.55;
export const WAITING_ALPHA = 0.2;

function dashOf(dash: string | null): number[] {
  return dash ? dash.split(/[\s,]+/).map(Number) : [];
}

/**
 * The strokes of `edges` as the SVG drew them: the weight's colour and width (2 px wider when
 * it is the selected entry), dashed when negative unless `solid` (dashes cost Chromium far
 * more to rasterise: solid while values stream in), faint where the cursor has not reached.
 */
export function strokeGroups(
  edges: readonly UnrolledEdge[],
  paint: (block: EdgeBlock, j: number, i: number) => WeightPaint,
  cursor: Cursor,
  selected: { readonly block: string; readonly j: number; readonly i: number } | null,
  solid: boolean,
): StrokeGroup[] {
  const groups = new Map<string, { group: StrokeGroup; edges: UnrolledEdge[] }>();
  for (const e of edges) {
    const p = paint(e.block, e.j, e.i);
    const isSelected =
      !!selected && selected.block === e.block && selected.j === e.j && selected.i === e.i;
    const width = isSelected ? p.width + 2 : p.width;
    const alpha =
      stepComputed(cursor, e.t) || cursor.pass === 'backward' ? LIVE_ALPHA : WAITING_ALPHA;
    const dash = solid ? null : p.dash;
    const key = `${p.stroke}|${width}|${dash}|${alpha}`;
    let entry = groups.get(key);
    if (!entry) {
      const list: UnrolledEdge[] = [];
      entry = {
        group: { stroke: p.stroke, width, dash: dashOf(dash), alpha, edges: list },
        edges: list,
      };
      groups.set(key, entry);
    }
    entry.edges.push(e);
  }
  return Array.from(groups.values(), (g) => g.group);
}

/** What strokeGroups' drawing needs of a canvas context (a subset of CanvasRenderingContext2D). */
export interface StrokeTarget {
  strokeStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  globalAlpha: number;
  setLineDash(segments: number[]): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
}

/** Draws the groups: one path per group (a weight's copies lie in different columns). */
export function drawStrokeGroups(ctx: StrokeTarget, groups: readonly StrokeGroup[]): void {
  for (const g of groups) {
    ctx.strokeStyle = g.stroke;
    ctx.lineWidth = g.width;
    ctx.globalAlpha = g.alpha;
    ctx.setLineDash([...g.dash]);
    ctx.beginPath();
    for (const e of g.edges) {
      ctx.moveTo(e.x1, e.y1);
      ctx.lineTo(e.x2, e.y2);
    }
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}
