// The unrolled RNN's geometry: one column per shown time step; in each, the outputs yₜ (top,
// right), the hidden units hₜ (middle) and the inputs xₜ (bottom, left); Wxh edges x→h, Why
// edges h→y, and Whh edges from hₜ₋₁ in the column before. Pure: positions only, no values.
import { scaleBand, scaleLinear } from 'd3';

export type UnitGroup = 'x' | 'h' | 'y';
export type EdgeBlock = 'Wxh' | 'Whh' | 'Why';

export interface UnitShape {
  readonly inputs: number;
  readonly hidden: number;
  readonly outputs: number;
  /** Without a readout there are no y nodes: hₜ itself is the output. */
  readonly readout: boolean;
}

export interface StepColumn {
  /** 0-based step. */
  readonly t: number;
  readonly x: number;
  readonly left: number;
  readonly width: number;
}

export interface UnitNode {
  readonly group: UnitGroup;
  readonly t: number;
  readonly j: number;
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

export interface UnrolledEdge {
  readonly block: EdgeBlock;
  /** The step of the receiving unit. */
  readonly t: number;
  /** Receiving row and sending column of the block's matrix. */
  readonly j: number;
  readonly i: number;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface UnrolledLayout {
  readonly width: number;
  readonly height: number;
  readonly columns: readonly StepColumn[];
  readonly nodes: readonly UnitNode[];
  readonly edges: readonly UnrolledEdge[];
  /** Vertical extent of each group's band. */
  readonly bands: Readonly<
    Partial<Record<UnitGroup, { readonly top: number; readonly bottom: number }>>
  >;
  /** y of the step labels above the columns. */
  readonly labelY: number;
}

export const PAD = { left: 34, right: 14, top: 26, bottom: 10 } as const;

/** A height that fits the largest group (px). */
export function unrolledHeight(shape: UnitShape): number {
  const units = shape.inputs + 1 + shape.hidden + 1 + (shape.readout ? shape.outputs + 1 : 0);
  return Math.round(Math.max(240, Math.min(620, PAD.top + PAD.bottom + units * 24)));
}

/** Lays out the shown steps (consecutive, 0-based) in a box of width × height. */
export function layoutUnrolled(
  shape: UnitShape,
  steps: readonly number[],
  width: number,
  height: number,
): UnrolledLayout {
  const groups: UnitGroup[] = shape.readout ? ['y', 'h', 'x'] : ['h', 'x'];
  const count: Record<UnitGroup, number> = { x: shape.inputs, h: shape.hidden, y: shape.outputs };
  // bands as tall as their groups need: a 16-unit hidden layer gets most of the height
  const gap = 0.06 * (height - PAD.top - PAD.bottom);
  const free = height - PAD.top - PAD.bottom - gap * (groups.length - 1);
  const weight = (g: UnitGroup): number => count[g] + 1;
  const total = groups.reduce((n, g) => n + weight(g), 0);
  const bands: Partial<Record<UnitGroup, { top: number; bottom: number }>> = {};
  let top = PAD.top;
  for (const g of groups) {
    const h = (free * weight(g)) / total;
    bands[g] = { top, bottom: top + h };
    top += h + gap;
  }
  const spacing = Math.min(...groups.map((g) => (bands[g]!.bottom - bands[g]!.top) / count[g]));
  const colOf = scaleBand<number>()
    .domain(steps)
    .range([PAD.left, Math.max(PAD.left + 1, width - PAD.right)]);
  const colW = colOf.bandwidth();
  const r = Math.max(3, Math.min(14, colW * 0.11, spacing / 2.4));
  // x sits left of the column's centre, y right of it, so edges between them fan out
  const offset: Record<UnitGroup, number> = { x: -0.3 * colW, h: 0, y: 0.3 * colW };
  const columns: StepColumn[] = steps.map((t) => {
    const left = colOf(t) ?? 0;
    return { t, left, width: colW, x: left + colW / 2 };
  });
  const nodes: UnitNode[] = [];
  const at = new Map<string, UnitNode>();
  for (const col of columns)
    for (const g of groups) {
      const band = bands[g]!;
      const y = scaleLinear()
        .domain([-0.5, count[g] - 0.5])
        .range([band.top, band.bottom]);
      for (let j = 0; j < count[g]; j += 1) {
        const node = { group: g, t: col.t, j, x: col.x + offset[g], y: y(j), r };
        nodes.push(node);
        at.set(`${g}:${col.t}:${j}`, node);
      }
    }
  const edges: UnrolledEdge[] = [];
  const node = (g: UnitGroup, t: number, j: number): UnitNode => at.get(`${g}:${t}:${j}`)!;
  for (const col of columns) {
    const t = col.t;
    for (let j = 0; j < shape.hidden; j += 1) {
      const to = node('h', t, j);
      for (let i = 0; i < shape.inputs; i += 1) {
        const from = node('x', t, i);
        edges.push({ block: 'Wxh', t, j, i, x1: from.x, y1: from.y, x2: to.x, y2: to.y });
      }
      if (t === 0) continue; // h₀ = 0: no recurrent weight reaches step 1
      for (let i = 0; i < shape.hidden; i += 1) {
        // from the column before, or from the window's left edge when that step is not shown
        const from = at.get(`h:${t - 1}:${i}`);
        const x1 = from ? from.x : col.left - colW * 0.1;
        const y1 = from ? from.y : node('h', t, i).y;
        edges.push({ block: 'Whh', t, j, i, x1, y1, x2: to.x, y2: to.y });
      }
    }
    if (!shape.readout) continue;
    for (let k = 0; k < shape.outputs; k += 1) {
      const to = node('y', t, k);
      for (let j = 0; j < shape.hidden; j += 1) {
        const from = node('h', t, j);
        edges.push({ block: 'Why', t, j: k, i: j, x1: from.x, y1: from.y, x2: to.x, y2: to.y });
      }
    }
  }
  return { width, height, columns, nodes, edges, bands, labelY: PAD.top - 10 };
}
