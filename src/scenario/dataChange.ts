// A scenario with different data: more or fewer samples, more noise, another split or seed, a
// new data set (points the learner placed, an imported table). The network keeps its current
// weights when its shape still fits; otherwise it gets the new shape and fresh weights. Pure:
// the result still goes through the one validator.
import type { Scenario } from './schema';
import { mlpShareable } from './mlpShareable';

export interface DataChange {
  /** Generated sets only. */
  readonly samples?: number;
  readonly noise?: number;
  /** Fraction of samples held out for testing. */
  readonly test?: number;
  readonly seed?: number;
  /** A whole new data spec (inline points, a CSV table, …). */
  readonly data?: unknown;
  /** The network the new data needs when its inputs or outputs differ. */
  readonly network?: {
    readonly layers: readonly number[];
    readonly activations: readonly string[];
    readonly loss: string;
  };
}

export interface ChangedScenario {
  readonly scenario: unknown;
  /** The current weights were carried over (false: a new network shape, fresh weights). */
  readonly keptWeights: boolean;
}

const hasSize = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && 'samples' in data;

export function changeData(
  scenario: Scenario,
  params: Float64Array | null,
  change: DataChange,
): ChangedScenario {
  const base = change.data ?? scenario.data;
  const sized = hasSize(base) && change.data === undefined;
  const data = sized
    ? {
        ...(base as object),
        ...(change.samples !== undefined ? { samples: change.samples } : {}),
        ...(change.noise !== undefined ? { noise: change.noise } : {}),
      }
    : base;
  const next = {
    ...scenario,
    data,
    ...(change.seed !== undefined ? { seed: change.seed } : {}),
    ...(change.test !== undefined ? { split: { ...scenario.split, test: change.test } } : {}),
  } as Scenario;
  if (change.network) {
    const network = { ...scenario.network } as Record<string, unknown>;
    delete network.weights;
    delete network.biases;
    return {
      scenario: {
        ...next,
        loss: change.network.loss,
        network: {
          ...network,
          layers: [...change.network.layers],
          activations: [...change.network.activations],
        },
      },
      keptWeights: false,
    };
  }
  return {
    scenario: params ? mlpShareable(next, params) : next,
    keptWeights: params !== null,
  };
}
