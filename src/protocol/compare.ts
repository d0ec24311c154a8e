// Messages of the "Compare cells" worker: the page starts or stops it; it answers with one
// snapshot per slice of training — for each of RNN, LSTM and GRU on the same memory task,
// its test accuracy by update and its gradient through time on one fixed sequence.
export const COMPARE_PRESETS = ['rnn-memory', 'lstm-memory', 'gru-memory'] as const;

export type CompareCommand =
  { readonly type: 'start'; readonly updates: number } | { readonly type: 'stop' };

export interface CompareSeries {
  readonly id: (typeof COMPARE_PRESETS)[number];
  /** RNN, LSTM, GRU */
  readonly label: string;
  readonly update: number;
  /** Test accuracy (0…1) after each recorded update, oldest first. */
  readonly accuracy: readonly { readonly x: number; readonly y: number }[];
  /** ‖∂L/∂hₜ‖ per step (t = 1…T) of the inspected sequence with the current weights. */
  readonly dLdh: readonly number[];
  /** ‖∂L/∂cₜ‖ per step for the LSTM; null for the others. */
  readonly dLdc: readonly number[] | null;
}

export type CompareMessage =
  | { readonly type: 'snapshot'; readonly series: readonly CompareSeries[]; readonly done: boolean }
  | { readonly type: 'error'; readonly message: string };
