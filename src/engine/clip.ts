// Gradient clipping by global norm (optimizer.clipNorm): the remedy for exploding gradients.
// Pure arithmetic over the flat gradient; allocates nothing.

/** ‖g‖₂ = √(Σₖ gₖ²) over every entry (every block, regularization included). */
export function globalNorm(grads: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < grads.length; k += 1) sum += grads[k] * grads[k];
  return Math.sqrt(sum);
}

/** The factor that brings a gradient of norm `norm` down to `maxNorm`: min(1, maxNorm/‖g‖). */
export function clipFactor(norm: number, maxNorm: number): number {
  return norm > maxNorm ? maxNorm / norm : 1;
}

/**
 * When ‖g‖₂ > maxNorm, scales g to norm maxNorm: g ← g · maxNorm/‖g‖₂ (mutates grads).
 * Returns ‖g‖₂ before clipping; the factor is clipFactor(returned norm, maxNorm).
 */
export function clipByGlobalNorm(grads: Float64Array, maxNorm: number): number {
  const norm = globalNorm(grads);
  const factor = clipFactor(norm, maxNorm);
  if (factor !== 1) for (let k = 0; k < grads.length; k += 1) grads[k] *= factor;
  return norm;
}
