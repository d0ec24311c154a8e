// One batch-norm value in numbers: μ and σ² of its channel over the batch (and positions), x̂,
// y = γx̂ + β, and its gradient along the three paths — directly through x̂, through μ and
// through σ² — which sum to the engine's ∂L/∂x:
//   ∂L/∂x = γ/√(σ²+ε) · (g − Σg/m − x̂·Σ(g·x̂)/m),  g = ∂L/∂y of each value of the channel.
// Pure; the batch's values come from the trace (every sample of the update).
export interface BatchNormCell {
  readonly x: number;
  readonly mean: number;
  readonly variance: number;
  readonly epsilon: number;
  readonly xhat: number;
  readonly gamma: number;
  readonly beta: number;
  readonly y: number;
  /** Values the statistics were taken over: batch size × positions. */
  readonly count: number;
  /** ∂L/∂y of this value. */
  readonly dy: number;
  /** The three paths of ∂L/∂x (training); in evaluation only `direct` is non-zero. */
  readonly direct: number;
  readonly viaMean: number;
  readonly viaVariance: number;
  readonly dx: number;
}

/** Per sample of the batch: the layer's input x, x̂ and ∂L/∂y, each a flat [C, …] row. */
export interface BatchNormBatch {
  readonly x: readonly ArrayLike<number>[];
  readonly xhat: readonly ArrayLike<number>[];
  readonly dy: readonly ArrayLike<number>[];
}

/**
 * Value `index` of sample `s`; `channels` C (each row holds C blocks of positions). With
 * `training` false the statistics are fixed (running ones): ∂L/∂x = γ/√(σ²+ε) · ∂L/∂y.
 */
export function batchNormCell(
  batch: BatchNormBatch,
  s: number,
  index: number,
  channels: number,
  stats: { readonly mean: number; readonly variance: number; readonly epsilon: number },
  gamma: number,
  beta: number,
  training: boolean,
): BatchNormCell {
  const n = batch.x[s].length;
  const P = n / channels;
  const c = Math.floor(index / P);
  const invStd = 1 / Math.sqrt(stats.variance + stats.epsilon);
  let sumG = 0;
  let sumGx = 0;
  for (let b = 0; b < batch.x.length; b += 1)
    for (let q = c * P; q < (c + 1) * P; q += 1) {
      sumG += batch.dy[b][q];
      sumGx += batch.dy[b][q] * batch.xhat[b][q];
    }
  const m = batch.x.length * P;
  const xhat = batch.xhat[s][index];
  const dy = batch.dy[s][index];
  const scale = gamma * invStd;
  const direct = scale * dy;
  const viaMean = training ? -scale * (sumG / m) : 0;
  const viaVariance = training ? -scale * xhat * (sumGx / m) : 0;
  return {
    x: batch.x[s][index],
    mean: stats.mean,
    variance: stats.variance,
    epsilon: stats.epsilon,
    xhat,
    gamma,
    beta,
    y: gamma * xhat + beta,
    count: training ? m : 1,
    dy,
    direct,
    viaMean,
    viaVariance,
    dx: direct + viaMean + viaVariance,
  };
}
