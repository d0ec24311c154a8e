// The sequence settings a recurrent model (RNN, LSTM, GRU) lets change between updates:
// truncated or full BPTT and the loss over time. The readout mode stays: the data's targets
// are shaped by it. Pure.
import type { SequenceConfig } from './types';

export interface SequenceSettings {
  /** The sequence settings in force. */
  sequenceConfig(): SequenceConfig;
  /** Puts `sequence` in force from the next pass; RangeError when its readout differs. */
  setSequence(sequence: SequenceConfig): void;
}

/** `next` when only its truncation and loss over time differ from `current`'s; else RangeError. */
export function changedSequence(current: SequenceConfig, next: SequenceConfig): SequenceConfig {
  if (next.readout !== current.readout)
    throw new RangeError(
      `the readout is the data's ("${current.readout}"): it cannot become "${next.readout}" live`,
    );
  return next;
}
