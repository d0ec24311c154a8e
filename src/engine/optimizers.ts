// Optimizers with the update rules of the scenario contract. A step is proposed into
// scratch buffers and committed only when the caller has checked it is finite.
import type { OptimizerConfig } from './types';

export interface Optimizer {
  readonly config: OptimizerConfig;
  /** Steps committed so far (Adam's t). */
  readonly t: number;
  /**
   * Computes the step into `next` (new parameters) and into internal scratch (new state)
   * without changing the live state. Parameters with trainable[k] = 0 are copied unchanged.
   */
  propose(
    params: Float64Array,
    grads: Float64Array,
    trainable: Uint8Array,
    next: Float64Array,
  ): void;
  /** Accepts the last proposal's state and counts the step. */
  commit(): void;
  /** The live state, by name (momentum: velocity; rmsprop: s; adam: m, v, mHat, vHat). */
  state(): Readonly<Record<string, Float64Array>>;
  /** New hyper-parameters of the same kind keep the state; another kind starts afresh. */
  setConfig(config: OptimizerConfig): void;
  /** Restores state and t (from a snapshot). */
  load(t: number, state: Readonly<Record<string, Float64Array>>): void;
}

const STATE_NAMES: Record<OptimizerConfig['kind'], readonly string[]> = {
  sgd: [],
  momentum: ['velocity'],
  rmsprop: ['s'],
  adam: ['m', 'v', 'mHat', 'vHat'],
};

/**
 * sgd:      w ← w − η g
 * momentum: v ← μ v + g;  w ← w − η v   (nesterov: w ← w − η (g + μ v) with the new v)
 * rmsprop:  s ← ρ s + (1 − ρ) g²;  w ← w − η g / (√s + ε)
 * adam:     m ← β₁ m + (1 − β₁) g;  v ← β₂ v + (1 − β₂) g²;
 *           m̂ = m / (1 − β₁ᵗ);  v̂ = v / (1 − β₂ᵗ);  w ← w − η m̂ / (√v̂ + ε)
 */
export function createOptimizer(initial: OptimizerConfig, size: number): Optimizer {
  let config = initial;
  let t = 0;
  // β₁ᵗ and β₂ᵗ of the committed steps (Adam), kept as running products.
  let beta1Power = 1;
  let beta2Power = 1;
  const powers = (): void => {
    beta1Power = 1;
    beta2Power = 1;
    if (config.kind !== 'adam') return;
    for (let k = 0; k < t; k += 1) {
      beta1Power *= config.beta1;
      beta2Power *= config.beta2;
    }
  };
  let live: Record<string, Float64Array> = {};
  let scratch: Record<string, Float64Array> = {};
  const allocate = (): void => {
    live = {};
    scratch = {};
    for (const name of STATE_NAMES[config.kind]) {
      live[name] = new Float64Array(size);
      scratch[name] = new Float64Array(size);
    }
  };
  allocate();

  return {
    get config() {
      return config;
    },
    get t() {
      return t;
    },
    propose(params, grads, trainable, next) {
      const n = params.length;
      const c = config;
      switch (c.kind) {
        case 'sgd': {
          for (let k = 0; k < n; k += 1) {
            next[k] = trainable[k] ? params[k] - c.learningRate * grads[k] : params[k];
          }
          return;
        }
        case 'momentum': {
          const v0 = live.velocity;
          const v1 = scratch.velocity;
          for (let k = 0; k < n; k += 1) {
            if (!trainable[k]) {
              v1[k] = v0[k];
              next[k] = params[k];
              continue;
            }
            const v = c.momentum * v0[k] + grads[k];
            v1[k] = v;
            next[k] = params[k] - c.learningRate * (c.nesterov ? grads[k] + c.momentum * v : v);
          }
          return;
        }
        case 'rmsprop': {
          const s0 = live.s;
          const s1 = scratch.s;
          for (let k = 0; k < n; k += 1) {
            if (!trainable[k]) {
              s1[k] = s0[k];
              next[k] = params[k];
              continue;
            }
            const g = grads[k];
            const s = c.decay * s0[k] + (1 - c.decay) * g * g;
            s1[k] = s;
            next[k] = params[k] - (c.learningRate * g) / (Math.sqrt(s) + c.epsilon);
          }
          return;
        }
        case 'adam': {
          // β^t as a running product: Math.pow differs in the last bit between JS engines.
          const correction1 = 1 - beta1Power * c.beta1;
          const correction2 = 1 - beta2Power * c.beta2;
          const { m: m0, v: v0 } = live;
          const { m: m1, v: v1, mHat, vHat } = scratch;
          for (let k = 0; k < n; k += 1) {
            if (!trainable[k]) {
              m1[k] = m0[k];
              v1[k] = v0[k];
              mHat[k] = 0;
              vHat[k] = 0;
              next[k] = params[k];
              continue;
            }
            const g = grads[k];
            const m = c.beta1 * m0[k] + (1 - c.beta1) * g;
            const v = c.beta2 * v0[k] + (1 - c.beta2) * g * g;
            m1[k] = m;
            v1[k] = v;
            const mh = m / correction1;
            const vh = v / correction2;
            mHat[k] = mh;
            vHat[k] = vh;
            next[k] = params[k] - (c.learningRate * mh) / (Math.sqrt(vh) + c.epsilon);
          }
          return;
        }
      }
    },
    commit() {
      const swapped = live;
      live = scratch;
      scratch = swapped;
      t += 1;
      if (config.kind === 'adam') {
        beta1Power *= config.beta1;
        beta2Power *= config.beta2;
      }
    },
    state() {
      return live;
    },
    setConfig(next) {
      const sameKind = next.kind === config.kind;
      config = next;
      if (!sameKind) {
        t = 0;
        allocate();
      }
      powers(); // new betas apply to every step taken so far, as in the closed form
    },
    load(steps, state) {
      t = steps;
      powers();
      for (const name of STATE_NAMES[config.kind]) {
        const saved = state[name];
        if (saved) live[name].set(saved);
        else live[name].fill(0);
      }
    },
  };
}
