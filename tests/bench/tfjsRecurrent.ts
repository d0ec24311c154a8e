// tfjs-layers 4.22.0 as a recurrent benchmark peer: a simpleRNN, lstm or gru layer of 16 units
// with a dense readout at every step, trained with Adam in batches of 16 on its CPU backend
// (float32), on the same windows as the engine. Returns one epoch as a timed function.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface Tf {
  setBackend(name: string): Promise<boolean>;
  env(): { set(flag: string, value: boolean): void };
  tensor3d(values: number[][][]): unknown;
  train: { adam(rate: number): { minimize(f: () => unknown): unknown } };
  losses: { meanSquaredError(a: unknown, b: unknown): unknown };
  tidy(f: () => void): void;
}
interface TfLayers {
  sequential(config: { layers: unknown[] }): { apply(x: unknown, kwargs: object): unknown };
  layers: Record<'simpleRNN' | 'lstm' | 'gru' | 'dense', (config: object) => unknown>;
}

/** Sequences as flat rows (SequenceDataset's layout) and the training indices. */
export interface SequenceRows {
  readonly inputs: Float64Array;
  readonly targets: Float64Array;
  readonly starts: Uint32Array;
  readonly lengths: Uint32Array;
  readonly train: ArrayLike<number>;
}

/** One epoch of tfjs-layers' `layer` over the windows; the timed function returns time steps. */
export async function tfjsSequenceEpoch(
  layer: 'simpleRNN' | 'lstm' | 'gru',
  rows: SequenceRows,
): Promise<() => number> {
  const { inputs, targets, starts, lengths } = rows;
  const tf = require('@tensorflow/tfjs-core') as Tf;
  require('@tensorflow/tfjs-backend-cpu');
  require('@tensorflow/tfjs-core/dist/register_all_gradients');
  // tfjs-layers calls chained methods (t.flatten()) that tfjs-core alone does not register
  require('@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops');
  const tfl = require('@tensorflow/tfjs-layers') as TfLayers;
  tf.env().set('IS_TEST', true);
  await tf.setBackend('cpu');
  const train = Array.from(rows.train);
  const T = lengths[train[0]];
  const model = tfl.sequential({
    layers: [
      tfl.layers[layer]({ units: 16, returnSequences: true, inputShape: [T, 1] }),
      tfl.layers.dense({ units: 1 }),
    ],
  });
  const optimizer = tf.train.adam(0.005);
  const batches: [unknown, unknown][] = [];
  for (let b = 0; b < train.length; b += 16) {
    const part = train.slice(b, b + 16);
    const seq = (from: Float64Array) =>
      part.map((s) => Array.from(from.subarray(starts[s], starts[s] + lengths[s]), (v) => [v]));
    batches.push([tf.tensor3d(seq(inputs)), tf.tensor3d(seq(targets))]);
  }
  const steps = train.reduce((n, s) => n + lengths[s], 0);
  return () => {
    for (const [x, y] of batches)
      tf.tidy(() => {
        optimizer.minimize(() => tf.losses.meanSquaredError(y, model.apply(x, { training: true })));
      });
    return steps;
  };
}
