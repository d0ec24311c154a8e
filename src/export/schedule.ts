// What an export replays as data rather than code: the order the training samples are
// visited in each epoch and the dropout masks, drawn from the seed's streams exactly as the
// trainer draws them (engine/trainer.ts, engine/dense.ts), for the first N updates.
import { createRng } from '../engine/random';
import { batchSize } from '../engine/updateStats';
import type { TrainerConfig } from '../engine/types';

export interface Schedule {
  /** Data-set indices of the training samples, one list per epoch the updates reach. */
  readonly epochOrders: readonly (readonly number[])[];
  /** Samples per update (the last batch of an epoch may be smaller). */
  readonly batchSize: number;
  /** The batches of the N updates, in order (data-set indices). */
  readonly batches: readonly (readonly number[])[];
}

/** Updates in one epoch: ⌈training samples / batch size⌉. */
export function updatesPerEpoch(config: TrainerConfig, trainCount: number): number {
  return Math.ceil(trainCount / batchSize(config, trainCount));
}

/** The epochs' orders and the batches of `updates` updates, as createModelTrainer makes them. */
export function scheduleOf(
  config: TrainerConfig,
  trainIndices: ArrayLike<number>,
  seed: number,
  updates: number,
): Schedule {
  const rng = createRng(seed, 'shuffle');
  const order = Array.from(trainIndices);
  const size = batchSize(config, order.length);
  if (config.shuffle) rng.shuffle(order);
  const epochOrders: number[][] = [];
  const batches: number[][] = [];
  while (batches.length < updates) {
    epochOrders.push(order.slice());
    for (let at = 0; at < order.length && batches.length < updates; at += size)
      batches.push(order.slice(at, at + size));
    if (config.shuffle) rng.shuffle(order);
  }
  return { epochOrders, batchSize: size, batches };
}

/**
 * Inverted-dropout keep masks of an MLP's hidden layers for each update: per update, per
 * sample of its batch, one string of '0'/'1' per hidden layer (unit j dropped when the
 * 'dropout' stream's next draw is below p, drawn sample by sample, layer by layer, unit by
 * unit, as DENSE.forward draws them).
 */
export function dropoutMasks(
  seed: number,
  p: number,
  hiddenSizes: readonly number[],
  batches: readonly (readonly number[])[],
): string[][][] {
  const rng = createRng(seed, 'dropout');
  return batches.map((batch) =>
    batch.map(() =>
      hiddenSizes.map((n) => {
        let bits = '';
        for (let j = 0; j < n; j += 1) bits += rng.next() < p ? '0' : '1';
        return bits;
      }),
    ),
  );
}
