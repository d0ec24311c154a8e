// An independent oracle for the Elman RNN, written from contracts.md's equations with plain
// nested arrays and Math: forward, loss, full BPTT and truncated BPTT(k1, k2), and the
// frozen-state surrogate loss. Shares no code with src/engine (types only).
import type { LossName } from '../../../../src/engine/types';
import type {
  BpttConfig,
  ReadoutActivationName,
  RecurrentActivationName,
} from '../../../../src/engine/recurrent/types';

export type Mat = number[][];
export interface RefBlocks {
  Wxh: Mat;
  Whh: Mat;
  bh: number[];
  Why: Mat | null;
  by: number[] | null;
}
export interface RefRnn {
  readonly blocks: RefBlocks;
  readonly activation: RecurrentActivationName;
  readonly outputActivation: ReadoutActivationName;
  readonly loss: LossName;
  readonly readout: 'every-step' | 'last-step';
  readonly lossOverTime: 'sum' | 'mean';
  readonly bptt: BpttConfig;
}
export interface RefSequence {
  readonly xs: number[][];
  /** One row per step (every-step) or one row (last-step). */
  readonly targets: number[][];
}

const matVec = (W: Mat, v: number[]): number[] =>
  W.map((row) => row.reduce((s, w, k) => s + w * v[k], 0));
const add = (a: number[], b: number[]): number[] => a.map((v, k) => v + b[k]);
const transposeVec = (W: Mat, v: number[]): number[] =>
  W[0].map((_, k) => W.reduce((s, row, j) => s + row[k] * v[j], 0));

function f(name: RecurrentActivationName | ReadoutActivationName, z: number[]): number[] {
  switch (name) {
    case 'tanh':
      return z.map(Math.tanh);
    case 'relu':
      return z.map((v) => Math.max(0, v));
    case 'sigmoid':
      return z.map((v) => 1 / (1 + Math.exp(-v)));
    case 'linear':
      return [...z];
    case 'softmax': {
      const m = Math.max(...z);
      const e = z.map((v) => Math.exp(v - m));
      const s = e.reduce((a, b) => a + b, 0);
      return e.map((v) => v / s);
    }
  }
}

/** ∂y/∂z applied to dy (Jacobianᵀ·dy). */
function fBack(name: RecurrentActivationName | ReadoutActivationName, z: number[], dy: number[]) {
  const y = f(name, z);
  switch (name) {
    case 'tanh':
      return dy.map((d, k) => d * (1 - y[k] * y[k]));
    case 'relu':
      return dy.map((d, k) => (z[k] > 0 ? d : 0));
    case 'sigmoid':
      return dy.map((d, k) => d * y[k] * (1 - y[k]));
    case 'linear':
      return [...dy];
    case 'softmax':
      return y.map((yj, j) => y.reduce((s, yi, i) => s + dy[i] * yi * ((i === j ? 1 : 0) - yj), 0));
  }
}

function lossOf(name: LossName, act: string, y: number[], t: number[]): number {
  const K = y.length;
  const sq = y.reduce((s, v, k) => s + (v - t[k]) ** 2, 0);
  if (name === 'squared-error') return sq / 2;
  if (name === 'mse') return sq / K;
  if (act === 'softmax')
    return -t.reduce((s, tk, k) => s + (tk === 0 ? 0 : tk * Math.log(y[k])), 0);
  return -y.reduce((s, yk, k) => s + t[k] * Math.log(yk) + (1 - t[k]) * Math.log(1 - yk), 0);
}

function lossGrad(name: LossName, act: string, y: number[], t: number[]): number[] {
  const K = y.length;
  if (name === 'squared-error') return y.map((v, k) => v - t[k]);
  if (name === 'mse') return y.map((v, k) => (2 / K) * (v - t[k]));
  if (act === 'softmax') return y.map((v, k) => (t[k] === 0 ? 0 : -t[k] / v));
  return y.map((v, k) => -t[k] / v + (1 - t[k]) / (1 - v));
}

interface Tape {
  a: number[][];
  /** h[0] = h₀ (or the frozen state), h[i + 1] = hₜ for step t = i + 1 */
  h: number[][];
  z: number[][];
  y: number[][];
}

/** Forward from state h0 through steps from … to (1-based, inclusive). */
function run(net: RefRnn, xs: number[][], h0: number[], from: number, to: number): Tape {
  const { Wxh, Whh, bh, Why, by } = net.blocks;
  const tape: Tape = { a: [], h: [h0], z: [], y: [] };
  for (let t = from; t <= to; t += 1) {
    const a = add(add(matVec(Wxh, xs[t - 1]), matVec(Whh, tape.h[tape.h.length - 1])), bh);
    const h = f(net.activation, a);
    tape.a.push(a);
    tape.h.push(h);
    if (Why && by) {
      const z = add(matVec(Why, h), by);
      tape.z.push(z);
      tape.y.push(f(net.outputActivation, z));
    } else {
      tape.z.push(a);
      tape.y.push(h);
    }
  }
  return tape;
}

/** Scored steps (1-based) and each one's target row. */
function scored(net: RefRnn, seq: RefSequence): Map<number, number[]> {
  const T = seq.xs.length;
  const m = new Map<number, number[]>();
  if (net.readout === 'every-step') seq.targets.forEach((t, i) => m.set(i + 1, t));
  else m.set(T, seq.targets[0]);
  return m;
}

function scale(net: RefRnn, seq: RefSequence): number {
  return net.lossOverTime === 'mean' ? 1 / scored(net, seq).size : 1;
}

const lossAct = (net: RefRnn): string => (net.blocks.Why ? net.outputActivation : net.activation);

/** L = c·Σ ℓₜ over the scored steps. */
export function refLoss(net: RefRnn, seq: RefSequence): number {
  const T = seq.xs.length;
  const H = net.blocks.bh.length;
  const tape = run(net, seq.xs, new Array<number>(H).fill(0), 1, T);
  let sum = 0;
  for (const [t, target] of scored(net, seq))
    sum += lossOf(net.loss, lossAct(net), tape.y[t - 1], target);
  return scale(net, seq) * sum;
}

export type RefGrads = { [K in keyof RefBlocks]: RefBlocks[K] };

function zeroLike(b: RefBlocks): RefGrads {
  return {
    Wxh: b.Wxh.map((r) => r.map(() => 0)),
    Whh: b.Whh.map((r) => r.map(() => 0)),
    bh: b.bh.map(() => 0),
    Why: b.Why ? b.Why.map((r) => r.map(() => 0)) : null,
    by: b.by ? b.by.map(() => 0) : null,
  };
}

/** The sweep schedule of contracts.md: [end, first swept step, injected steps]. */
export function refSweeps(net: RefRnn, seq: RefSequence): [number, number, number[]][] {
  const T = seq.xs.length;
  const steps = [...scored(net, seq).keys()];
  if (net.bptt.mode === 'full') return [[T, 1, steps]];
  const { k1, k2 } = net.bptt;
  const ends: number[] = [];
  for (let t = 1; t <= T; t += 1) if (t % k1 === 0) ends.push(t);
  const last = ends.length ? ends[ends.length - 1] : 0;
  if (steps.some((s) => s > last)) ends.push(T);
  return ends.map((end, k) => {
    const before = k === 0 ? 0 : ends[k - 1];
    return [end, Math.max(1, end - k2 + 1), steps.filter((s) => s > before && s <= end)];
  });
}

/** The gradient (BPTT, full or truncated as configured), written per sweep. */
export function refGradients(net: RefRnn, seq: RefSequence): RefGrads {
  const T = seq.xs.length;
  const H = net.blocks.bh.length;
  const { Whh, Why } = net.blocks;
  const g = zeroLike(net.blocks);
  const c = scale(net, seq);
  const targets = scored(net, seq);
  const tape = run(net, seq.xs, new Array<number>(H).fill(0), 1, T);
  for (const [end, lo, injected] of refSweeps(net, seq)) {
    let carry = new Array<number>(H).fill(0);
    for (let s = end; s >= lo; s -= 1) {
      let dh = [...carry];
      if (injected.includes(s)) {
        const y = tape.y[s - 1];
        const t = targets.get(s) ?? [];
        const act = lossAct(net);
        const dy = lossGrad(net.loss, act, y, t).map((v) => c * v);
        if (Why && g.Why && g.by) {
          const dz = fBack(net.outputActivation, tape.z[s - 1], dy);
          dh = add(dh, transposeVec(Why, dz));
          dz.forEach((d, o) => {
            g.by![o] += d;
            tape.h[s].forEach((hk, k) => (g.Why![o][k] += d * hk));
          });
        } else {
          dh = add(dh, dy);
        }
      }
      const delta = fBack(net.activation, tape.a[s - 1], dh);
      delta.forEach((d, j) => {
        g.bh[j] += d;
        seq.xs[s - 1].forEach((xk, k) => (g.Wxh[j][k] += d * xk));
        tape.h[s - 1].forEach((hk, k) => (g.Whh[j][k] += d * hk));
      });
      carry = transposeVec(Whh, delta);
    }
  }
  return g;
}

/**
 * The frozen-state surrogate whose exact gradient truncated BPTT is: the sum over sweeps of
 * the injected steps' losses, each sweep run forward from the state before its first swept
 * step, that state computed at `frozen` blocks and held constant.
 */
export function refSurrogate(net: RefRnn, frozen: RefBlocks, seq: RefSequence): number {
  const T = seq.xs.length;
  const H = net.blocks.bh.length;
  const base = run({ ...net, blocks: frozen }, seq.xs, new Array<number>(H).fill(0), 1, T);
  const targets = scored(net, seq);
  let sum = 0;
  for (const [end, lo, injected] of refSweeps(net, seq)) {
    const tape = run(net, seq.xs, base.h[lo - 1], lo, end);
    for (const s of injected)
      sum += lossOf(net.loss, lossAct(net), tape.y[s - lo], targets.get(s) ?? []);
  }
  return scale(net, seq) * sum;
}
