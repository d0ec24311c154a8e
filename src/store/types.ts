// The app store's state: slices for the scenario, the run (latest frame), histories, the
// traced updates with their cursor, the selection and view options.
import type { Divergence, Ref, Trace } from '../engine/types';
import type {
  Command,
  DataSnapshot,
  Frame,
  LivePatch,
  Message,
  RevisionEdit,
  RunSummary,
  Speed,
} from '../protocol/messages';
import type { History } from './history';
import type { ViewNeeds, Views } from './views';
import type { DataChange } from '../scenario/dataChange';
import type { LinkRestore } from '../scenario/share';
import type { PhaseAt } from './phases';
import type { BlockNormPoint } from './recurrentView';
import type { Withheld } from '../lessons/withheld';

/** What the learner looks at: the one reference type (engine/types.ts `Ref`). */
export type Selection = Ref;

export type Granularity = 'phase' | 'sample' | 'update' | 'epoch';

export interface NoticeItem {
  readonly id: number;
  readonly tone: 'info' | 'warning' | 'error';
  readonly text: string;
}

export interface Histories {
  readonly batchLoss: History;
  readonly trainLoss: History;
  /** Train and test loss after each completed epoch (x = epochs done). */
  readonly epochTrainLoss: History;
  readonly epochTestLoss: History;
  readonly testLoss: History;
  readonly gradNorm: History[];
}

export interface AppState {
  readonly scenario: unknown;
  /** Said once the scenario being loaded has loaded (dropped if the worker refuses it). */
  readonly loadNote: string | null;
  /** What was shown before a load the worker has not confirmed; restored if it refuses it. */
  readonly loadRevert: { readonly scenario: unknown; readonly presetId: string | null } | null;
  /** The loaded data set and its split (for drawing points and scoring). */
  readonly data: DataSnapshot | null;
  /** Forward-only views of the current network, as the data panel asked for them. */
  readonly views: Views;
  readonly presetId: string | null;
  readonly summary: RunSummary | null;
  readonly frame: Frame | null;
  readonly playing: boolean;
  readonly speed: Speed;
  readonly divergence: Divergence | null;
  /** The first update that uses the latest live change (until the next load). */
  readonly appliedFrom: number | null;
  readonly notices: readonly NoticeItem[];
  readonly histories: Histories;
  /** Changes when the charts should redraw: at most ~10 times a second while playing. */
  readonly historyVersion: number;
  /** The last traced updates (at most 50), oldest first. */
  readonly traces: readonly Trace[];
  /** Recurrent nets: the gradient norm per weight block of the recent updates, oldest first. */
  readonly blockNorms: readonly BlockNormPoint[];
  /** Which of `traces` is shown; -1 shows the state before them. */
  readonly traceIndex: number;
  readonly cursor: number;
  /** A traced update has been asked for and not yet received. */
  readonly awaitingTrace: boolean;
  readonly selection: Selection | null;
  /** What an open lesson's unanswered question keeps hidden (lessons/withheld.ts). */
  readonly withheld: Withheld | null;
  /** The latest checkpoint's scenario and starting parameters: what a share link holds. */
  readonly shareable: { readonly scenario: unknown; readonly initial: Float64Array } | null;
  /** A link's step to restore once its scenario has loaded. */
  readonly pendingRestore: LinkRestore | null;
  /** The cursor to show when the awaited trace arrives (a link's phase). */
  readonly pendingCursor: number | null;
  /** A link's phase by name, resolved to a cursor when the awaited trace arrives. */
  readonly pendingAt: PhaseAt | null;
  readonly granularity: Granularity;
  readonly reducedMotion: boolean;
  /** A long load or fast-forward under way (done of total), until it ends. */
  readonly progress: {
    readonly task: 'step' | 'load';
    readonly done: number;
    readonly total: number;
  } | null;
}

export interface AppActions {
  /**
   * Checks and loads a scenario (true) or says why not (false), the run shown staying. An MLP
   * one is loaded before this returns; another kind may first wait for its schemas (a chunk),
   * and is dropped (false) if another load is asked for meanwhile.
   */
  loadScenario(scenario: unknown, presetId?: string | null): Promise<boolean>;
  /** Loads a preset by id, as loadScenario (the non-MLP presets are a chunk of their own). */
  loadPreset(id: string): Promise<boolean>;
  /**
   * Opens a link's preset or scenario and step (the fragment, else an old `?s=` query), or the
   * fallback preset with a notice saying why not.
   */
  openLink(
    where: { readonly search: string; readonly hash: string },
    fallbackPreset: string,
  ): Promise<void>;
  /** A link (`base#v=1&…`) that reproduces the scenario, settings, edited weights and step. */
  shareLink(base: string): Promise<string | null>;
  play(speed?: Speed): void;
  /** The speed the next Play uses. */
  setSpeed(speed: Speed): void;
  pause(): void;
  togglePlay(): void;
  stepForward(granularity?: Granularity): void;
  stepBack(granularity?: Granularity): void;
  setGranularity(granularity: Granularity): void;
  configure(patch: LivePatch): void;
  setParam(index: number, value: number): void;
  /** Changes one value of the shown update (the latest one) and computes it again. */
  revise(edit: RevisionEdit): void;
  /** Loads the current scenario with other data, keeping the network's weights when it fits. */
  changeData(change: DataChange): boolean;
  /** What the data panel draws: the worker is asked for it again as the network changes. */
  setViewNeeds(needs: ViewNeeds): void;
  reset(): void;
  reseed(seed: number): void;
  undo(): void;
  lowerLearningRate(): void;
  /** A recurrent net's remedy for exploding gradients: clip the batch gradient's norm at 1. */
  turnOnClipping(): void;
  /**
   * Reloads the scenario shown with one setting changed (`next`, the whole edited scenario):
   * refused with a message naming `setting` when it is not valid, nothing else changing.
   */
  changeSetting(setting: string, next: unknown): boolean;
  select(selection: Selection | null): void;
  /** Recurrent and convolutional nets: the data-set index of the sequence or image to show. */
  inspect(sample: number): void;
  setReducedMotion(reduced: boolean): void;
  /** Stops the long load or fast-forward under way where it is. */
  cancel(): void;
  notify(tone: NoticeItem['tone'], text: string): void;
  /** The worker was restarted too often and given up on: nothing plays or is awaited. */
  workerFailed(message: string): void;
  dismissNotice(id: number): void;
  receive(message: Message): void;
}

export type AppStoreState = AppState & { readonly actions: AppActions };

export interface StoreDeps {
  /** Sends a command to the training worker (or the main-thread session). */
  readonly send: (command: Command) => void;
  /** Milliseconds, monotonic; performance.now by default. */
  readonly now?: () => number;
}
