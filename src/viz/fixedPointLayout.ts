// Where the fixed-point graph draws its parts: the inputs ξ in a column on the left, the units
// on a circle (fully connected, so every pair gets two curved edges bent to opposite sides and
// every unit a self-loop pointing away from the centre), each edge's path and its paint. Pure.
import { blockOf, indexIn, type ParamLayout } from '../engine/layout';
import { divergingColor, signStyle } from './colors';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface FixedPointEdge {
  readonly block: 'W' | 'V';
  /** Target unit j and source i (a unit for W, an input for V). */
  readonly j: number;
  readonly i: number;
  /** SVG path data, from the source to the target's rim. */
  readonly d: string;
  /** Where a label or the arrow head sits (the target end). */
  readonly end: Point;
}

export interface FixedPointGeometry {
  readonly width: number;
  readonly height: number;
  readonly radius: number;
  readonly inputs: readonly Point[];
  readonly units: readonly Point[];
  readonly edges: readonly FixedPointEdge[];
}

const R = 22;

/** Moves `to` back towards `from` by `by` (so a line ends at a circle's rim). */
function pullBack(from: Point, to: Point, by: number): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy) || 1;
  return { x: to.x - (dx / len) * by, y: to.y - (dy / len) * by };
}

const f = (n: number): string => n.toFixed(1);

/** A curve from `a` to `b` bent by `bend` pixels to its left (rim to rim). */
function curve(a: Point, b: Point, bend: number): { d: string; end: Point } {
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const c = { x: mx - (dy / len) * bend, y: my + (dx / len) * bend };
  const start = pullBack(c, a, R);
  const end = pullBack(c, b, R + 4);
  return { d: `M${f(start.x)},${f(start.y)} Q${f(c.x)},${f(c.y)} ${f(end.x)},${f(end.y)}`, end };
}

/** A loop on unit `p` pointing away from `centre`. */
function selfLoop(p: Point, centre: Point): { d: string; end: Point } {
  let ux = p.x - centre.x;
  let uy = p.y - centre.y;
  const len = Math.hypot(ux, uy);
  if (len < 1e-9) {
    ux = 0;
    uy = -1;
  } else {
    ux /= len;
    uy /= len;
  }
  const at = (angle: number, r: number): Point => {
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    return { x: p.x + (ux * cos - uy * sin) * r, y: p.y + (ux * sin + uy * cos) * r };
  };
  const start = at(-0.5, R);
  const end = at(0.5, R + 4);
  const c1 = at(-1.1, R * 3.4);
  const c2 = at(1.1, R * 3.4);
  return {
    d: `M${f(start.x)},${f(start.y)} C${f(c1.x)},${f(c1.y)} ${f(c2.x)},${f(c2.y)} ${f(end.x)},${f(end.y)}`,
    end,
  };
}

/** The graph of `units` fully connected units driven by `inputs` inputs in a `width` box. */
export function layoutFixedPoint(units: number, inputs: number, width: number): FixedPointGeometry {
  const height = Math.max(400, Math.min(560, 200 + units * 50));
  const inputX = Math.min(60, width * 0.1);
  const centre = { x: inputX + (width - inputX) * 0.55, y: height / 2 };
  const ring = Math.max(R * 2, Math.min((width - inputX) * 0.32, height / 2 - R * 3.2));
  const unitAt = (j: number): Point => {
    if (units === 1) return centre;
    const angle = -Math.PI / 2 + (2 * Math.PI * j) / units;
    return { x: centre.x + ring * Math.cos(angle), y: centre.y + ring * Math.sin(angle) };
  };
  const unitPoints = Array.from({ length: units }, (_, j) => unitAt(j));
  const gap = height / (inputs + 1);
  const inputPoints = Array.from({ length: inputs }, (_, i) => ({ x: inputX, y: gap * (i + 1) }));
  const edges: FixedPointEdge[] = [];
  for (let j = 0; j < units; j += 1) {
    for (let i = 0; i < units; i += 1) {
      const shape =
        i === j ? selfLoop(unitPoints[j], centre) : curve(unitPoints[i], unitPoints[j], 26);
      edges.push({ block: 'W', j, i, ...shape });
    }
    for (let i = 0; i < inputs; i += 1)
      edges.push({ block: 'V', j, i, ...curve(inputPoints[i], unitPoints[j], 0) });
  }
  return { width, height, radius: R, inputs: inputPoints, units: unitPoints, edges };
}

/** How an edge is painted: its weight's colour (blue +, orange −), dash and width by |w|. */
export interface EdgePaint {
  readonly value: number;
  readonly stroke: string;
  readonly dash: string | null;
  readonly width: number;
}

/** A painter over the W and V blocks (one scale for both, from the largest |w|). */
export function fixedPointPainter(
  layout: ParamLayout,
  params: ArrayLike<number>,
): (block: 'W' | 'V', j: number, i: number) => EdgePaint {
  const blocks = [blockOf(layout, 'W'), blockOf(layout, 'V')];
  let maxAbs = 0;
  for (const b of blocks)
    for (let k = b.offset; k < b.offset + b.size; k += 1)
      if (Number.isFinite(params[k])) maxAbs = Math.max(maxAbs, Math.abs(params[k]));
  return (block, j, i) => {
    const value = params[indexIn(blockOf(layout, block), [j, i])];
    const magnitude = maxAbs > 0 && Number.isFinite(value) ? Math.abs(value) / maxAbs : 0;
    return {
      value,
      stroke: divergingColor(value, maxAbs),
      dash: signStyle(value).dash,
      width: 0.75 + 3.25 * magnitude,
    };
  };
}
