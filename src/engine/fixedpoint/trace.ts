// A traced fixed-point sample: fresh copies of the cache after fixedPointPass, in the shape of
// contracts.md's `fixedPoint` record (x u iterations forward e v adjointIterations adjoint
// delta) plus the per-iteration change sizes and D's diagonal for the views.
import type { FixedPointCache } from './relax';
import type { FixedPointSampleTrace } from './types';

function iterates(flat: Float64Array, count: number, n: number): Float64Array[] {
  const kept = Math.min(count, n === 0 ? 0 : flat.length / n);
  const out: Float64Array[] = [];
  for (let k = 0; k < kept; k += 1) out.push(flat.slice(k * n, (k + 1) * n));
  return out;
}

/** The sample now in the cache, as fixedPointPass left it. */
export function buildFixedPointSampleTrace(
  index: number,
  units: number,
  c: FixedPointCache,
): FixedPointSampleTrace {
  return {
    index,
    input: c.xi.slice(),
    target: c.target.slice(),
    x: c.x.slice(),
    u: c.u.slice(),
    d: c.d.slice(),
    iterations: c.iterations,
    settled: c.settled,
    forward: iterates(c.forwardIterates, c.iterations, units),
    forwardChange: c.forwardChange.slice(0, c.iterations),
    e: c.e.slice(),
    v: c.v.slice(),
    adjointIterations: c.adjointIterations,
    adjointSettled: c.adjointSettled,
    adjoint: iterates(c.adjointIterates, c.adjointIterations, units),
    adjointChange: c.adjointChange.slice(0, c.adjointIterations),
    delta: c.delta.slice(),
    loss: c.loss,
  };
}
