// The store's run slice: commands that change the loaded run (settings, one parameter, an
// edited update, reset, reseed, undo, cancel). Each is sent as is; the worker validates it.
import type { SliceContext } from './sliceContext';
import type { AppActions } from './types';

type RunAction =
  | 'configure'
  | 'setParam'
  | 'revise'
  | 'reset'
  | 'reseed'
  | 'undo'
  | 'lowerLearningRate'
  | 'cancel';

export function createRunActions({ get, set, send }: SliceContext): Pick<AppActions, RunAction> {
  return {
    configure(patch) {
      send({ type: 'configure', patch });
    },
    setParam(index, value) {
      send({ type: 'setParam', index, value });
    },
    revise(edit) {
      send({ type: 'revise', edit });
    },
    reset() {
      send({ type: 'reset' });
    },
    reseed(seed) {
      send({ type: 'reseed', seed });
    },
    undo() {
      set({ divergence: null });
      send({ type: 'undo' });
    },
    lowerLearningRate() {
      const lr = get().summary?.optimizer.learningRate;
      if (lr === undefined) return;
      set({ divergence: null });
      send({ type: 'configure', patch: { learningRate: lr * 0.1 } });
    },
    cancel() {
      send({ type: 'cancel' });
    },
  };
}
