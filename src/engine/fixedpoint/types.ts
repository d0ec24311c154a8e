// The fixed-point (Almeida–Pineda) network's public shapes: its spec, the relaxation settings,
// a sample's trace and an update's trace (contracts.md, "Fixed-point networks"). Plain data.
import type { ParamLayout } from '../layout';
import type { UpdateTraceBase } from '../types';

/** The elementwise activations a fixed-point unit may use (no softmax: units settle one by one). */
export type FixedPointActivationName = 'sigmoid' | 'tanh' | 'relu' | 'leaky-relu' | 'linear';

/** Both relaxations stop when max|Δ| ≤ tolerance; neither may take more than maxIterations. */
export interface RelaxationConfig {
  /** x⁽⁰⁾ of the forward relaxation (one number per unit). */
  readonly start: readonly number[];
  readonly tolerance: number;
  readonly maxIterations: number;
}

/** `units` fully connected units (self-loops allowed) driven by `inputs` inputs. */
export interface FixedPointSpec {
  readonly units: number;
  readonly inputs: number;
  /** 0-based, distinct: the units compared with the target, in the target's order. */
  readonly outputUnits: readonly number[];
  readonly activation: FixedPointActivationName;
  readonly relaxation: RelaxationConfig;
}

/** The two relaxations: x ← f(W·x + V·ξ + b), then v ← Wᵀ·(D·v) + e. */
export type RelaxationPhase = 'forward' | 'adjoint';

/** A relaxation that did not reach max|Δ| ≤ tolerance within maxIterations. */
export interface SettleFailure {
  readonly phase: RelaxationPhase;
  /** Data-set index of the sample. */
  readonly sample: number;
  /** Iterations run (maxIterations, or fewer when a value stopped being finite). */
  readonly iterations: number;
  /** max|Δ| of the last iteration (NaN or ±Infinity when the relaxation blew up). */
  readonly lastChange: number;
  readonly tolerance: number;
}

/** Samples as flat rows (the v1 data set): inputs [n, nIn], targets [n, nOut]. */
export interface FixedPointSampleTrace {
  /** The sample's index in the data set. */
  readonly index: number;
  /** ξ */
  readonly input: Float64Array;
  /** One number per output unit. */
  readonly target: Float64Array;
  /** x*: the last iterate of the forward relaxation. */
  readonly x: Float64Array;
  /** u* = W·x* + V·ξ + b */
  readonly u: Float64Array;
  /** f′(u*), the diagonal of D. */
  readonly d: Float64Array;
  /** Iterations of the forward relaxation. */
  readonly iterations: number;
  readonly settled: boolean;
  /** x⁽¹⁾, x⁽²⁾, … (the first ITERATE_CAP of them). */
  readonly forward: readonly Float64Array[];
  /** max|x⁽ᵏ⁾ − x⁽ᵏ⁻¹⁾| for every iteration k = 1 … iterations. */
  readonly forwardChange: Float64Array;
  /** e = ∂L/∂x* (0 on units that are not outputs). */
  readonly e: Float64Array;
  /** v*: the last iterate of the adjoint relaxation. */
  readonly v: Float64Array;
  /** Iterations of the adjoint relaxation (0 when the forward one did not settle). */
  readonly adjointIterations: number;
  readonly adjointSettled: boolean;
  /** v⁽¹⁾, v⁽²⁾, … (the first ITERATE_CAP of them). */
  readonly adjoint: readonly Float64Array[];
  /** max|v⁽ᵏ⁾ − v⁽ᵏ⁻¹⁾| for every iteration k = 1 … adjointIterations. */
  readonly adjointChange: Float64Array;
  /** δ = D·v* */
  readonly delta: Float64Array;
  readonly loss: number;
}

/** Everything one update of a fixed-point net did: the `'fixed-point'` member of the traces. */
export interface FixedPointStepTrace extends UpdateTraceBase {
  readonly kind: 'fixed-point';
  readonly spec: FixedPointSpec;
  /** The blocks (W V b) the flat arrays are laid out in. */
  readonly layout: ParamLayout;
  readonly samples: readonly FixedPointSampleTrace[];
}
