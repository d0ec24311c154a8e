// The opening, the schedule and the training loop every exported PyTorch script shares.
import type { TrainerConfig } from '../engine/types';
import { pyInts, pyListBlock } from './python';
import type { Schedule } from './schedule';

/**
 * The comment block, the imports and float64. `stdlib`: the standard-library imports, each a
 * module name (`json`) or a `from x import y` line; written as isort orders them (`import x`
 * lines sorted, then the `from` lines).
 */
export function scriptHeader(
  title: string,
  seed: number,
  stdlib: readonly string[] = ['json'],
): string {
  const plain = [...new Set(stdlib.filter((m) => !m.startsWith('from ')))].sort();
  const from = stdlib.filter((m) => m.startsWith('from ')).sort();
  const safe = title.replace(/[\r\n]+/g, ' ');
  return (
    '#!/usr/bin/env python3\n' +
    `# ${safe}\n` +
    `# Exported from Backprop Lens (seed ${seed}). It trains the same network from the same\n` +
    '# starting parameters on the same data, in the same order, with the same loss and\n' +
    '# optimizer, and prints the numbers the app computes: "update <n> loss <value>" per\n' +
    '# update (the mean loss of its batch, before the step), then the final parameters as JSON.\n' +
    '# Needs Python 3 and PyTorch; every number is a float64.\n' +
    [...plain.map((m) => `import ${m}`), ...from].map((l) => `${l}\n`).join('') +
    '\n' +
    'import torch\n\n' +
    'torch.set_default_dtype(torch.float64)'
  );
}

/** Walks the epochs' orders in batches of BATCH_SIZE, calling train_step(n, batch). */
export function trainingLoop(shuffle: boolean): string {
  const order = shuffle ? 'EPOCH_ORDERS[epoch]' : 'EPOCH_ORDERS[0]';
  return (
    'n = 0\n' +
    'epoch = 0\n' +
    'while n < UPDATES:\n' +
    `    order = ${order}\n` +
    '    for start in range(0, len(order), BATCH_SIZE):\n' +
    '        if n == UPDATES:\n' +
    '            break\n' +
    '        n += 1\n' +
    '        train_step(n, order[start:start + BATCH_SIZE])\n' +
    '    epoch += 1'
  );
}

/** EPOCH_ORDERS, BATCH_SIZE and UPDATES: the sample order the app's trainer walks. */
export function scheduleBlock(
  config: TrainerConfig,
  schedule: Schedule,
  updates: number,
  what: string,
): string {
  return (
    pyListBlock(
      'EPOCH_ORDERS',
      (config.shuffle ? schedule.epochOrders : schedule.epochOrders.slice(0, 1)).map(pyInts),
      config.shuffle
        ? `The training ${what} in the order each epoch visits them: the app’s seeded shuffle.`
        : `The training ${what} in the order every epoch visits them (no shuffling).`,
    ) +
    `BATCH_SIZE = ${schedule.batchSize}  # ${config.batch.mode}; an epoch's last batch may be smaller\n` +
    `UPDATES = ${updates}\n`
  );
}

/** `n things` with the plural where it belongs. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
