// Messages between the page and the training worker: plain data only (structured-cloneable),
// versioned, discriminated by `type`. Typed arrays in frames are copies, safe to transfer.
import type {
  ActivationName,
  BatchConfig,
  Divergence,
  LossName,
  OptimizerConfig,
  RegularizationConfig,
  SampleTrace,
  Trace,
} from '../engine/types';
import type { ParamLayout } from '../engine/layout';
import type { CnnSampleTrace, CnnSpec } from '../engine/conv/types';
import type { GatedSampleTrace, GatedSpec } from '../engine/recurrent/gatedTypes';
import type {
  BpttConfig,
  RnnSampleTrace,
  RnnSpec,
  SequenceConfig,
} from '../engine/recurrent/types';
import type { FixedPointSampleTrace, FixedPointSpec } from '../engine/fixedpoint/types';

export const PROTOCOL_VERSION = 1;

/** Updates per second, or as fast as the worker can go. */
export type Speed = number | 'max';

/** Settings a learner changes while training; applied at the next update boundary. */
export interface LivePatch {
  readonly learningRate?: number;
  readonly optimizer?: OptimizerConfig;
  readonly batch?: BatchConfig;
  readonly regularization?: RegularizationConfig;
  readonly dropout?: number;
  readonly activations?: readonly ActivationName[];
  readonly loss?: LossName;
  readonly shuffle?: boolean;
  /** Nets over sequences (RNN, LSTM, GRU): truncation and the loss over time. */
  readonly sequence?: {
    readonly bptt?: BpttConfig;
    readonly lossOverTime?: SequenceConfig['lossOverTime'];
  };
}

/** One value of the update just traced, changed in the worked-example table. */
export type RevisionEdit =
  | { readonly kind: 'param'; readonly index: number; readonly value: number }
  /** A sample's input or target (inline data only); `sample` indexes the whole data set. */
  | {
      readonly kind: 'input' | 'target';
      readonly sample: number;
      readonly column: number;
      readonly value: number;
    }
  | { readonly kind: 'learningRate'; readonly value: number };

/** Everything needed to resume a run exactly in a fresh worker. */
export interface Checkpoint {
  /** The scenario as loaded (already validated), with the learner's edits to initial weights. */
  readonly scenario: unknown;
  /** Initial parameters (flat), including edits made before the first update. */
  readonly initial: Float64Array;
  /** An opaque engine snapshot (TrainerSnapshot). */
  readonly snapshot: unknown;
}

export type Command =
  | {
      readonly type: 'load';
      readonly scenario: unknown;
      /** Accept the `crash` command (for fault tests; development builds only). */
      readonly debug?: boolean;
      /** Absolute URL of the folder holding the shipped data files (read by the worker wiring). */
      readonly dataBase?: string;
    }
  | {
      readonly type: 'restore';
      readonly checkpoint: Checkpoint;
      readonly dataBase?: string;
      /** As in the load it resumes: a restarted worker keeps accepting `crash`. */
      readonly debug?: boolean;
    }
  | { readonly type: 'play'; readonly speed: Speed }
  | { readonly type: 'pause' }
  | { readonly type: 'step'; readonly unit: 'update' | 'epoch'; readonly count: number }
  | { readonly type: 'traceStep' }
  | { readonly type: 'stepBack' }
  | { readonly type: 'configure'; readonly patch: LivePatch }
  | { readonly type: 'setParam'; readonly index: number; readonly value: number }
  /** Change one value of the update just traced and compute that update again. */
  | { readonly type: 'revise'; readonly edit: RevisionEdit }
  | { readonly type: 'reset' }
  | { readonly type: 'reseed'; readonly seed: number }
  | { readonly type: 'undo' }
  | {
      readonly type: 'evaluateGrid';
      readonly id: number;
      readonly x: readonly [number, number];
      readonly y: readonly [number, number];
      readonly resolution: number;
      readonly layers: boolean;
    }
  | { readonly type: 'inspect'; readonly sample: number }
  /** Outputs for given input rows, or (without inputs) for every sample of the data set. */
  | { readonly type: 'evaluate'; readonly id: number; readonly inputs?: Float64Array }
  | { readonly type: 'frameAck' }
  | { readonly type: 'ping'; readonly id: number }
  /** Stops the long load or step under way (and any queued behind it) where it is. */
  | { readonly type: 'cancel' }
  /** Debug, development builds only: 'throw' raises an uncaught error, 'hang' stops answering. */
  | { readonly type: 'crash'; readonly mode: 'throw' | 'hang' };

export type CommandType = Command['type'];

export interface Metrics {
  readonly loss: number;
  readonly accuracy: number | null;
  /** The update whose parameters were evaluated. */
  readonly atUpdate: number;
}

/** What the screen needs after some training: at most one per animation frame. */
export interface Frame {
  readonly update: number;
  readonly epoch: number;
  readonly playing: boolean;
  /** Mean batch loss of the updates since the previous frame (NaN when none ran). */
  readonly batchLoss: number;
  readonly train: Metrics | null;
  readonly test: Metrics | null;
  /** Per non-input layer, of the latest update (NaN when none has run since loading). */
  readonly gradNorm: Float64Array;
  readonly updateRatio: Float64Array;
  /** A copy of all parameters (flat, engine layout). */
  readonly params: Float64Array;
  /** When settings changed since the previous frame: the first update that uses them. */
  readonly appliedFrom: number | null;
  /**
   * Recurrent nets only: the shown sequence (see `inspect`) forward and backward with the
   * frame's parameters, so the gradient-through-time view stays live while playing.
   */
  readonly sequence?: RnnSampleTrace | GatedSampleTrace;
  /**
   * Convolutional nets only: the shown image (see `inspect`) forward and backward with the
   * frame's parameters (batch norm with its running statistics), so the maps stay live.
   */
  readonly image?: CnnSampleTrace;
  /**
   * Fixed-point nets only: the shown sample relaxed forward and back with the frame's
   * parameters (the relaxation chart and the graph stay live while playing).
   */
  readonly relaxation?: FixedPointSampleTrace;
}

/** What a convolutional run adds to its summary: the net's shape and its statistics groups. */
export interface CnnSummary {
  readonly spec: CnnSpec;
  readonly layout: ParamLayout;
  /** Each statistics group's first block (K1, gamma2, W4…): the frame's gradNorm entries. */
  readonly groups: readonly string[];
  /** Images in the data set. */
  readonly samples: number;
  /** Data-set index of the image the frames inspect. */
  readonly shown: number;
}

/** What a recurrent run adds to its summary: the net's shape and its statistics groups. */
export interface RecurrentSummary {
  /** An LSTM's or GRU's spec has its `cell`. */
  readonly spec: RnnSpec | GatedSpec;
  readonly sequence: SequenceConfig;
  readonly layout: ParamLayout;
  /** The weight block each statistics group is named by (the frame's gradNorm entries). */
  readonly groups: readonly string[];
  /** Sequences in the data set, and each one's length (steps). */
  readonly lengths: readonly number[];
  /** Data-set index of the sequence the frames inspect. */
  readonly shown: number;
}

/** What a fixed-point run adds to its summary: the net's spec and layout (W V b). */
export interface FixedPointSummary {
  readonly spec: FixedPointSpec;
  readonly layout: ParamLayout;
  /** Samples in the data set. */
  readonly samples: number;
  /** Data-set index of the sample the frames relax. */
  readonly shown: number;
  /** What each statistics group (the frame's gradNorm entries) holds: "W and b", "V". */
  readonly groups: readonly string[];
}

export interface RunSummary {
  readonly title: string;
  readonly description: string | null;
  readonly sizes: readonly number[];
  readonly activations: readonly ActivationName[];
  readonly loss: LossName;
  readonly optimizer: OptimizerConfig;
  readonly batch: BatchConfig;
  readonly regularization: RegularizationConfig;
  readonly dropout: number;
  readonly seed: number;
  readonly task: 'classification' | 'regression';
  readonly nTrain: number;
  readonly nTest: number;
  readonly featureNames: readonly string[];
  readonly classNames: readonly string[] | null;
  readonly dataLabel: string;
  /** Present for a recurrent net (`network.kind` "rnn"), absent for an MLP. */
  readonly recurrent?: RecurrentSummary;
  /** Present for a convolutional net (`network.kind` "cnn"). */
  readonly cnn?: CnnSummary;
  /** Present for a fixed-point net (`network.kind` "fixed-point"). */
  readonly fixedPoint?: FixedPointSummary;
}

/** The loaded data set, sent once per load so the page can draw and score it. */
export interface DataSnapshot {
  readonly nIn: number;
  readonly nOut: number;
  /** [n, nIn] and [n, nOut], row-major, as the network sees them (after any scaling). */
  readonly inputs: Float64Array;
  readonly targets: Float64Array;
  /** Sample indices of each split. */
  readonly train: Uint32Array;
  readonly test: Uint32Array;
}

export type Message =
  | {
      readonly type: 'loaded';
      readonly summary: RunSummary;
      readonly frame: Frame;
      /** A restarted worker resumed from a checkpoint: the page keeps its traces and charts. */
      readonly restored?: boolean;
    }
  | { readonly type: 'frame'; readonly frame: Frame }
  | { readonly type: 'trace'; readonly trace: Trace; readonly frame: Frame }
  /** The update just traced, computed again after an edit: it replaces the shown one. */
  | { readonly type: 'revised'; readonly trace: Trace; readonly frame: Frame }
  | { readonly type: 'steppedBack'; readonly update: number; readonly frame: Frame }
  | { readonly type: 'diverged'; readonly divergence: Divergence; readonly frame: Frame }
  | { readonly type: 'configured'; readonly fromUpdate: number; readonly summary: RunSummary }
  | {
      readonly type: 'grid';
      readonly id: number;
      readonly resolution: number;
      readonly output: Float64Array;
      readonly layers: readonly Float64Array[] | null;
    }
  /** An MLP's sample, or (recurrent, convolutional, fixed-point nets) the one the frames inspect. */
  | {
      readonly type: 'inspected';
      readonly sample:
        SampleTrace | RnnSampleTrace | GatedSampleTrace | CnnSampleTrace | FixedPointSampleTrace;
    }
  | { readonly type: 'data'; readonly data: DataSnapshot }
  | {
      readonly type: 'evaluated';
      readonly id: number;
      /** The update whose parameters were used. */
      readonly update: number;
      /** [rows, nOut]; rows are the given inputs' or the data set's samples. */
      readonly outputs: Float64Array;
    }
  | { readonly type: 'checkpoint'; readonly checkpoint: Checkpoint }
  | { readonly type: 'state'; readonly playing: boolean; readonly speed: Speed }
  | {
      readonly type: 'error';
      readonly command: CommandType | 'unknown';
      readonly message: string;
      readonly issues: readonly { readonly path: string; readonly message: string }[];
    }
  | { readonly type: 'pong'; readonly id: number }
  /** The loss has stopped improving at a high learning rate (said once per setting). */
  | { readonly type: 'plateau'; readonly update: number; readonly message: string }
  /**
   * A long command under way, between its slices: a step's updates (done of total), or a
   * load's stages. It can be stopped with `cancel`.
   */
  | {
      readonly type: 'progress';
      readonly task: 'step' | 'load';
      readonly done: number;
      readonly total: number;
    };

export type MessageType = Message['type'];

/** What crosses postMessage: the command or message with the protocol version. */
export type Envelope<T> = { readonly v: typeof PROTOCOL_VERSION; readonly body: T };

/** The typed arrays of a message, to pass as postMessage's transfer list. */
export function transferables(message: Message): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  const add = (a: Float64Array | Uint32Array): void => {
    if (a.buffer instanceof ArrayBuffer) out.push(a.buffer);
  };
  const frame = 'frame' in message ? message.frame : null;
  if (frame) {
    add(frame.params);
    add(frame.gradNorm);
    add(frame.updateRatio);
  }
  if (message.type === 'grid') {
    add(message.output);
    message.layers?.forEach(add);
  }
  if (message.type === 'evaluated') add(message.outputs);
  if (message.type === 'data') {
    const { inputs, targets, train, test } = message.data;
    [inputs, targets, train, test].forEach(add);
  }
  return out;
}
