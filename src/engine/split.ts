// The seeded train/test split.
import { createRng } from './random';

/**
 * Holds out round(n · testFraction) samples for testing, chosen with the seed's 'split'
 * stream; both lists come back in ascending data-set order.
 */
export function splitIndices(
  n: number,
  testFraction: number,
  seed: number,
): { train: Uint32Array; test: Uint32Array } {
  const order = new Uint32Array(n);
  for (let k = 0; k < n; k += 1) order[k] = k;
  const nTest = Math.min(n - 1, Math.max(0, Math.round(n * testFraction)));
  if (nTest <= 0) return { train: order, test: new Uint32Array(0) };
  createRng(seed, 'split').shuffle(order);
  const test = order.slice(0, nTest).sort();
  const train = order.slice(nTest).sort();
  return { train, test };
}
