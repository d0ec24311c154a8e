// A layer's activation over a batch: elementwise activations in one sweep of the whole batch,
// vector ones (softmax) row by row on the cache's views.
import type { CnnCache, CnnLayer } from './types';

/** a = f(z) for the batch's `count` rows. */
export function activateForward(layer: CnnLayer, cache: CnnCache): void {
  const f = layer.activation;
  if (!f) return;
  const n = layer.nOut;
  if (f.kind === 'elementwise') f.forward(cache.z, cache.a, cache.count * n);
  else for (let s = 0; s < cache.count; s += 1) f.forward(cache.zRows[s], cache.aRows[s], n);
}

/** δ = ∂L/∂z from ∂L/∂a, unless the model already wrote δ (`deltaReady`). */
export function activateBackward(layer: CnnLayer, cache: CnnCache): void {
  const f = layer.activation;
  if (!f || cache.deltaReady) return;
  const n = layer.nOut;
  if (f.kind === 'elementwise') f.backward(cache.z, cache.a, cache.da, cache.dz, cache.count * n);
  else
    for (let s = 0; s < cache.count; s += 1)
      f.backward(cache.zRows[s], cache.aRows[s], cache.daRows[s], cache.dzRows[s], n);
}
