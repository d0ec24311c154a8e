// An independent oracle for LSTM and GRU, written from contracts.md's equations with plain
// arrays and forward-mode automatic differentiation (dual numbers): the loss, and the exact
// derivative of it with respect to one parameter, or to an offset added to one gate's
// pre-activation, one hₜ or one cₜ (the per-step deltas). Hand-derived backward equations
// appear nowhere here, and no engine code is shared (types only).
import type { LossName } from '../../../../src/engine/types';
import type { BpttConfig, ReadoutActivationName } from '../../../../src/engine/recurrent/types';

/** value and derivative */
export interface D {
  readonly v: number;
  readonly d: number;
}
const c0 = (v: number): D => ({ v, d: 0 });
const add = (a: D, b: D): D => ({ v: a.v + b.v, d: a.d + b.d });
const sub = (a: D, b: D): D => ({ v: a.v - b.v, d: a.d - b.d });
const mul = (a: D, b: D): D => ({ v: a.v * b.v, d: a.d * b.v + a.v * b.d });
const div = (a: D, b: D): D => ({ v: a.v / b.v, d: (a.d * b.v - a.v * b.d) / (b.v * b.v) });
const exp = (a: D): D => {
  const e = Math.exp(a.v);
  return { v: e, d: e * a.d };
};
const log = (a: D): D => ({ v: Math.log(a.v), d: a.d / a.v });
const tanh = (a: D): D => {
  const t = Math.tanh(a.v);
  return { v: t, d: (1 - t * t) * a.d };
};
const sigmoid = (a: D): D => {
  const s = 1 / (1 + Math.exp(-a.v));
  return { v: s, d: s * (1 - s) * a.d };
};
const sum = (xs: D[]): D => xs.reduce(add, c0(0));

export type Kind = 'lstm' | 'gru';
export type Convention = 'reset-after' | 'reset-before';
/** Blocks by contract name: matrices [receiving][sending], vectors. */
export type Blocks = Record<string, number[][] | number[]>;

export interface RefGated {
  readonly kind: Kind;
  readonly gru: Convention;
  readonly blocks: Blocks;
  readonly outputActivation: ReadoutActivationName;
  readonly readout: boolean;
  readonly loss: LossName;
  readonly every: boolean;
  readonly mean: boolean;
  readonly bptt: BpttConfig;
}
export interface Seq {
  readonly xs: number[][];
  readonly targets: number[][];
}

/** What the derivative is taken with respect to (t is 1-based; j a unit; gate a name). */
export type Seed =
  | { readonly kind: 'param'; readonly block: string; readonly index: number }
  | { readonly kind: 'pre'; readonly t: number; readonly gate: string; readonly j: number }
  | { readonly kind: 'h' | 'c'; readonly t: number; readonly j: number }
  | null;

/** The blocks in contracts.md's order (the readout last). */
export function blockNames(kind: Kind, readout: boolean): string[] {
  const cell =
    kind === 'lstm'
      ? ['Wxi', 'Whi', 'bi', 'Wxf', 'Whf', 'bf', 'Wxg', 'Whg', 'bg', 'Wxo', 'Who', 'bo']
      : ['Wxr', 'Whr', 'br', 'Wxz', 'Whz', 'bz', 'Wxn', 'Whn', 'bxn', 'bhn'];
  return readout ? [...cell, 'Why', 'by'] : cell;
}

/** Entries of the blocks as duals, the seeded parameter's derivative 1. */
function dualBlocks(blocks: Blocks, seed: Seed): Record<string, D[][] | D[]> {
  const out: Record<string, D[][] | D[]> = {};
  for (const [name, b] of Object.entries(blocks)) {
    let k = 0;
    const one = (v: number): D => {
      const hit = seed?.kind === 'param' && seed.block === name && seed.index === k;
      k += 1;
      return { v, d: hit ? 1 : 0 };
    };
    out[name] = (b as (number | number[])[]).map((e) =>
      typeof e === 'number' ? one(e) : e.map(one),
    ) as D[][] | D[];
  }
  return out;
}

const row = (W: D[][] | D[], v: D[], j: number): D =>
  sum((W as D[][])[j].map((w, k) => mul(w, v[k])));
const vec = (b: D[][] | D[], j: number): D => (b as D[])[j];

interface State {
  h: D[];
  c: D[];
}

/** One step t (1-based) from `s`; `seed` may add an offset to a pre-activation, hₜ or cₜ. */
function step(
  net: RefGated,
  P: Record<string, D[][] | D[]>,
  x: D[],
  s: State,
  t: number,
  seed: Seed,
): State {
  const H = s.h.length;
  const bump = (what: string, gate: string, j: number, v: D): D => {
    if (!seed || seed.kind === 'param' || seed.t !== t || seed.j !== j) return v;
    if (seed.kind === 'pre' ? what === 'pre' && seed.gate === gate : seed.kind === what)
      return add(v, { v: 0, d: 1 });
    return v;
  };
  const pre = (g: string, j: number): D =>
    bump(
      'pre',
      g,
      j,
      add(add(row(P[`Wx${g}`], x, j), row(P[`Wh${g}`], s.h, j)), vec(P[`b${g}`], j)),
    );
  const units = Array.from({ length: H }, (_, j) => j);
  if (net.kind === 'lstm') {
    const i = units.map((j) => sigmoid(pre('i', j)));
    const f = units.map((j) => sigmoid(pre('f', j)));
    const g = units.map((j) => tanh(pre('g', j)));
    const o = units.map((j) => sigmoid(pre('o', j)));
    const c = units.map((j) => bump('c', '', j, add(mul(f[j], s.c[j]), mul(i[j], g[j]))));
    const h = units.map((j) => bump('h', '', j, mul(o[j], tanh(c[j]))));
    return { h, c };
  }
  const r = units.map((j) => sigmoid(pre('r', j)));
  const z = units.map((j) => sigmoid(pre('z', j)));
  const n = units.map((j) => {
    const xn = add(row(P.Wxn, x, j), vec(P.bxn, j));
    const inner =
      net.gru === 'reset-after'
        ? mul(r[j], add(row(P.Whn, s.h, j), vec(P.bhn, j)))
        : add(
            row(
              P.Whn,
              s.h.map((hk, k) => mul(r[k], hk)),
              j,
            ),
            vec(P.bhn, j),
          );
    return tanh(bump('pre', 'n', j, add(xn, inner)));
  });
  const one = c0(1);
  const h = units.map((j) => bump('h', '', j, add(mul(sub(one, z[j]), n[j]), mul(z[j], s.h[j]))));
  return { h, c: [] };
}

function readout(net: RefGated, P: Record<string, D[][] | D[]>, h: D[]): D[] {
  if (!net.readout) return h;
  const O = (P.by as D[]).length;
  const z = Array.from({ length: O }, (_, o) => add(row(P.Why, h, o), vec(P.by, o)));
  switch (net.outputActivation) {
    case 'linear':
      return z;
    case 'tanh':
      return z.map(tanh);
    case 'sigmoid':
      return z.map(sigmoid);
    case 'softmax': {
      const m = Math.max(...z.map((q) => q.v));
      const e = z.map((q) => exp(sub(q, c0(m))));
      const total = sum(e);
      return e.map((q) => div(q, total));
    }
  }
}

function stepLoss(net: RefGated, y: D[], t: number[]): D {
  const K = y.length;
  const sq = sum(y.map((v, k) => mul(sub(v, c0(t[k])), sub(v, c0(t[k])))));
  if (net.loss === 'squared-error') return mul(c0(0.5), sq);
  if (net.loss === 'mse') return mul(c0(1 / K), sq);
  if (net.readout && net.outputActivation === 'softmax')
    return sub(c0(0), sum(y.map((v, k) => (t[k] === 0 ? c0(0) : mul(c0(t[k]), log(v))))));
  return sub(
    c0(0),
    sum(y.map((v, k) => add(mul(c0(t[k]), log(v)), mul(c0(1 - t[k]), log(sub(c0(1), v)))))),
  );
}

/** Scored steps (1-based) with their targets. */
function scored(net: RefGated, seq: Seq): Map<number, number[]> {
  const m = new Map<number, number[]>();
  if (net.every) seq.targets.forEach((t, i) => m.set(i + 1, t));
  else m.set(seq.xs.length, seq.targets[0]);
  return m;
}

/** The sweeps of contracts.md's truncated BPTT: [end, first swept step, injected steps]. */
function sweeps(net: RefGated, seq: Seq): [number, number, number[]][] {
  const T = seq.xs.length;
  const steps = [...scored(net, seq).keys()];
  if (net.bptt.mode === 'full') return [[T, 1, steps]];
  const { k1, k2 } = net.bptt;
  const ends: number[] = [];
  for (let t = k1; t <= T; t += k1) ends.push(t);
  const last = ends.at(-1) ?? 0;
  if (steps.some((s) => s > last)) ends.push(T);
  return ends.map((end, k) => {
    const before = k === 0 ? 0 : ends[k - 1];
    return [end, Math.max(1, end - k2 + 1), steps.filter((s) => s > before && s <= end)];
  });
}

/**
 * The loss L (full BPTT) or truncation's frozen-state surrogate — the state before each
 * sweep's first step computed with `frozen` blocks (default: the net's own) and held
 * constant — with dL/d(seed). For full BPTT the surrogate is L itself.
 */
export function refObjective(
  net: RefGated,
  seq: Seq,
  seed: Seed = null,
  frozen: Blocks = net.blocks,
): D {
  const H = (net.blocks[net.kind === 'lstm' ? 'bi' : 'br'] as number[]).length;
  const P = dualBlocks(net.blocks, seed);
  const P0 = dualBlocks(frozen, null);
  const x = (t: number): D[] => seq.xs[t - 1].map(c0);
  const zero = (): State => ({
    h: Array.from({ length: H }, () => c0(0)),
    c: Array.from({ length: H }, () => c0(0)),
  });
  // constant states at the unseeded parameters: states0[t] after step t
  const states0: State[] = [zero()];
  for (let t = 1; t <= seq.xs.length; t += 1)
    states0.push(step(net, P0, x(t), states0[t - 1], t, null));
  const targets = scored(net, seq);
  const scale = net.mean ? 1 / targets.size : 1;
  let L = c0(0);
  for (const [end, lo, injected] of sweeps(net, seq)) {
    const before = states0[lo - 1];
    let s: State = { h: before.h.map((q) => c0(q.v)), c: before.c.map((q) => c0(q.v)) };
    for (let t = lo; t <= end; t += 1) {
      s = step(net, P, x(t), s, t, seed);
      if (injected.includes(t))
        L = add(L, mul(c0(scale), stepLoss(net, readout(net, P, s.h), targets.get(t) ?? [])));
    }
  }
  return L;
}

/** Every parameter's derivative, flat in the contract's block order. */
export function refGradient(net: RefGated, seq: Seq): Float64Array {
  const out: number[] = [];
  for (const name of blockNames(net.kind, net.readout)) {
    const size = (net.blocks[name] as (number | number[])[]).flat().length;
    for (let index = 0; index < size; index += 1)
      out.push(refObjective(net, seq, { kind: 'param', block: name, index }).d);
  }
  return Float64Array.from(out);
}
