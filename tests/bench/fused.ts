// The hand-fused loop: for each net, straight-line JavaScript written for exactly that net
// (sizes, activations and loss as literals, one Float64Array per layer, no dispatch), mini-batch
// SGD. Generated per net so every net gets its own monomorphic code: the practical limit.
import { detExp, detTanh, detTanhMany } from '../../src/engine/detMath';
import type { Workload } from './workloads';

export interface Fused {
  /** Trains one epoch; returns the examples trained. */
  readonly epoch: () => number;
  /** The parameters in the engine's flat layout (W0, b0, W1, b1, …). */
  readonly params: () => Float64Array;
}

/** The source of one epoch for workload w (see the generated comments). */
function epochSource(w: Workload, det: boolean): string {
  const tanh = det ? 'detTanh' : 'Math.tanh';
  const exp = det ? 'detExp' : 'Math.exp';
  const n = w.sizes;
  const L = n.length - 1;
  // detMath's tanh runs over a whole layer (detTanhMany, after the layer's z loop).
  const layerTanh = det && w.hidden === 'tanh';
  const hidden = (z: string): string =>
    w.hidden === 'relu' ? `(${z} > 0 ? ${z} : 0)` : layerTanh ? z : `${tanh}(${z})`;
  const hiddenSlope = (a: string): string =>
    w.hidden === 'relu' ? `(${a} > 0 ? 1 : 0)` : `(1 - ${a} * ${a})`;
  const prevOf = (l: number, i: string): string => (l === 0 ? `X[xo + ${i}]` : `a${l}[${i}]`);
  const out: string[] = [];
  out.push(`for (let start = 0; start < ${w.n}; start += ${w.batch}) {`);
  out.push(`  const end = start + ${w.batch} < ${w.n} ? start + ${w.batch} : ${w.n};`);
  out.push(`  for (let r = start; r < end; r += 1) {`);
  out.push(`    const xo = r * ${n[0]}; const to = r * ${n[L]};`);
  for (let l = 0; l < L; l += 1) {
    const last = l === L - 1;
    const act = last ? (w.output === 'softmax' ? 'z' : `1 / (1 + ${exp}(-z))`) : hidden('z');
    out.push(`    for (let j = 0; j < ${n[l + 1]}; j += 1) {`);
    out.push(`      let z = b${l}[j]; const row = j * ${n[l]};`);
    out.push(`      for (let i = 0; i < ${n[l]}; i += 1) z += W${l}[row + i] * ${prevOf(l, 'i')};`);
    out.push(`      a${l + 1}[j] = ${act};`);
    out.push(`    }`);
    if (!last && layerTanh) out.push(`    detTanhMany(a${l + 1}, a${l + 1}, ${n[l + 1]});`);
  }
  if (w.output === 'softmax') {
    // softmax + cross-entropy: δ = softmax(z) − t
    out.push(
      `    let max = -Infinity; for (let k = 0; k < ${n[L]}; k += 1) if (a${L}[k] > max) max = a${L}[k];`,
    );
    out.push(
      `    let sum = 0; for (let k = 0; k < ${n[L]}; k += 1) { const e = ${exp}(a${L}[k] - max); a${L}[k] = e; sum += e; }`,
    );
    out.push(`    for (let k = 0; k < ${n[L]}; k += 1) d${L}[k] = a${L}[k] / sum - T[to + k];`);
  } else {
    // sigmoid + ½(y − t)²: δ = (y − t)·y·(1 − y)
    out.push(
      `    for (let k = 0; k < ${n[L]}; k += 1) { const y = a${L}[k]; d${L}[k] = (y - T[to + k]) * y * (1 - y); }`,
    );
  }
  for (let l = L - 1; l >= 0; l -= 1) {
    if (l > 0) out.push(`    for (let i = 0; i < ${n[l]}; i += 1) d${l}[i] = 0;`);
    out.push(`    for (let j = 0; j < ${n[l + 1]}; j += 1) {`);
    out.push(`      const dj = d${l + 1}[j]; gb${l}[j] += dj; const row = j * ${n[l]};`);
    out.push(`      for (let i = 0; i < ${n[l]}; i += 1) {`);
    out.push(`        gW${l}[row + i] += dj * ${prevOf(l, 'i')};`);
    if (l > 0) out.push(`        d${l}[i] += W${l}[row + i] * dj;`);
    out.push(`      }`);
    out.push(`    }`);
    if (l > 0)
      out.push(
        `    for (let i = 0; i < ${n[l]}; i += 1) { const a = a${l}[i]; d${l}[i] *= ${hiddenSlope('a')}; }`,
      );
  }
  out.push(`  }`);
  out.push(`  const s = ${w.learningRate} / (end - start);`);
  for (let l = 0; l < L; l += 1) {
    out.push(
      `  for (let k = 0; k < ${n[l] * n[l + 1]}; k += 1) { W${l}[k] -= s * gW${l}[k]; gW${l}[k] = 0; }`,
    );
    out.push(
      `  for (let k = 0; k < ${n[l + 1]}; k += 1) { b${l}[k] -= s * gb${l}[k]; gb${l}[k] = 0; }`,
    );
  }
  out.push(`}`);
  out.push(`return ${w.n};`);
  return out.join('\n');
}

/**
 * The fused loop of workload w. With `det`, tanh and exp are the engine's arithmetic-only
 * detTanh and detExp (what the engine must use, see docs/architecture.md) instead of Math's.
 */
export function compileFused(w: Workload, det = false): Fused {
  const L = w.sizes.length - 1;
  const names: string[] = ['X', 'T'];
  const arrays: Float64Array[] = [w.inputs, w.targets];
  const W: Float64Array[] = [];
  const b: Float64Array[] = [];
  let offset = 0;
  for (let l = 0; l < L; l += 1) {
    const size = w.sizes[l] * w.sizes[l + 1];
    W.push(w.initial.slice(offset, offset + size));
    b.push(w.initial.slice(offset + size, offset + size + w.sizes[l + 1]));
    offset += size + w.sizes[l + 1];
    names.push(`W${l}`, `b${l}`, `gW${l}`, `gb${l}`, `a${l + 1}`, `d${l + 1}`);
    const nOut = w.sizes[l + 1];
    arrays.push(W[l], b[l], new Float64Array(size), new Float64Array(nOut));
    arrays.push(new Float64Array(nOut), new Float64Array(nOut));
  }
  // new Function: the loop is generated per net on purpose (see the header).
  const make = new Function(
    ...names,
    'detTanh',
    'detExp',
    'detTanhMany',
    `return function epoch() {\n${epochSource(w, det)}\n};`,
  ) as (...a: (Float64Array | typeof detTanh | typeof detTanhMany)[]) => () => number;
  return {
    epoch: make(...arrays, detTanh, detExp, detTanhMany),
    params: () => {
      const flat = new Float64Array(w.initial.length);
      let o = 0;
      for (let l = 0; l < L; l += 1) {
        flat.set(W[l], o);
        flat.set(b[l], o + W[l].length);
        o += W[l].length + b[l].length;
      }
      return flat;
    },
  };
}
