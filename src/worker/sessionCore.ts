// A session's state and the operations its commands share (install a run, checkpoint, make a
// frame, train untraced, step back). Plain module: no DOM, no worker API; the command records
// in ./commands read and change this state, session.ts only dispatches to them.
import type { TrainerSnapshot } from '../engine/trainer';
import type { Divergence } from '../engine/types';
import type { Checkpoint, Frame, Message, Speed } from '../protocol/messages';
import type { AppScenario } from '../scenario/validate';
import { CommandError } from './commandError';
import { createOutbox, dataMessage, summarize, type Outbox } from './frames';
import { createPlateauWatch, type PlateauWatch } from './plateau';
import { buildRun, isSequenceRun, type AppRun } from './runs';
import type { SessionOptions } from './session';
import { clockEvery, createLongWork, type LongWork } from './slices';

export const BACK_STEPS = 50;

/** What a session holds between commands. Fields are changed in place by the commands. */
export interface SessionState {
  run: AppRun | null;
  scenario: AppScenario | null;
  /** Recurrent nets: the data-set index of the sequence each frame inspects. */
  shown: number;
  initial: Float64Array;
  playing: boolean;
  speed: Speed;
  debug: boolean;
  outbox: Outbox;
  /** Snapshots before each kept update, newest last (at most BACK_STEPS). */
  back: TrainerSnapshot[];
  /** The latest checkpointed snapshot: where `undo` returns to. */
  good: TrainerSnapshot | null;
  checkpointAt: number;
  /** A long step is under way (between its slices, play must not train). */
  stepping: boolean;
}

export interface SessionCore {
  readonly state: SessionState;
  readonly options: SessionOptions;
  readonly work: LongWork;
  readonly plateau: PlateauWatch;
  need(): AppRun;
  needScenario(): AppScenario;
  checkpoint(r: AppRun): Message;
  frameNow(r: AppRun, fresh: boolean): Frame;
  frameMessage(r: AppRun, fresh: boolean): Message;
  stateMessage(): Message;
  build(s: AppScenario, params: Float64Array | null): Promise<AppRun>;
  /** A new run for a load: its data read, then (unless cancelled meanwhile) installed. */
  buildForLoad(s: AppScenario): Promise<AppRun>;
  install(r: AppRun, s: AppScenario, snapshot?: TrainerSnapshot | null): Message[];
  pushBack(r: AppRun): void;
  diverged(r: AppRun, divergence: Divergence): Message[];
  /** Untraced updates; stops at `deadline`, at `untilEpoch`, or on divergence (its messages). */
  advance(r: AppRun, count: number, deadline: number, untilEpoch: number | null): Message[] | null;
  plateauNote(r: AppRun): Message[];
}

export function createSessionCore(options: SessionOptions): SessionCore {
  const state: SessionState = {
    run: null,
    scenario: null,
    shown: 0,
    initial: new Float64Array(0),
    playing: false,
    speed: 'max',
    debug: false,
    outbox: createOutbox(options.now),
    back: [],
    good: null,
    checkpointAt: -Infinity,
    stepping: false,
  };
  const work = createLongWork(options.now, options.progress);
  const plateau = createPlateauWatch();

  const core: SessionCore = {
    state,
    options,
    work,
    plateau,
    need() {
      if (!state.run) throw new CommandError('no scenario is loaded yet');
      return state.run;
    },
    needScenario() {
      if (!state.scenario) throw new CommandError('no scenario is loaded yet');
      return state.scenario;
    },
    checkpoint(r) {
      const snapshot = r.trainer.snapshot();
      state.good = snapshot;
      state.checkpointAt = options.now();
      const cp: Checkpoint = { scenario: state.scenario, initial: state.initial.slice(), snapshot };
      return { type: 'checkpoint', checkpoint: cp };
    },
    frameNow: (r, fresh) =>
      state.outbox.frame(r, state.playing, fresh, r.kind === 'mlp' ? null : state.shown),
    frameMessage: (r, fresh) => ({ type: 'frame', frame: core.frameNow(r, fresh) }),
    stateMessage: () => ({ type: 'state', playing: state.playing, speed: state.speed }),
    build: (s, params) => buildRun(s, params, options.readText),
    async buildForLoad(s) {
      work.start();
      await work.between('load', 0, 2);
      const r = await core.build(s, null);
      await work.between('load', 1, 2);
      if (work.cancelled)
        throw new CommandError('loading was cancelled; the run shown before stays as it was');
      return r;
    },
    install(r, s, snapshot = null) {
      const restored = snapshot !== null;
      // a recurrent net shows its first training sequence until the page picks another
      if (isSequenceRun(r) && !(state.shown < r.data.sequences.n && restored))
        state.shown = r.split.train[0];
      if (
        (r.kind === 'cnn' || r.kind === 'fixed-point') &&
        !(state.shown < r.data.dataset.n && restored)
      )
        state.shown = r.split.train[0];
      if (snapshot) r.trainer.restore(snapshot);
      state.run = r;
      state.scenario = s;
      state.outbox = createOutbox(options.now);
      plateau.reset();
      state.back = [];
      state.playing = false;
      const frame = core.frameNow(r, true);
      const summary = summarize(r, state.shown);
      const loaded: Message = restored
        ? { type: 'loaded', summary, frame, restored }
        : { type: 'loaded', summary, frame };
      // the data views draw an MLP's samples; a recurrent net's sequences are in its own views
      return r.kind === 'mlp'
        ? [loaded, dataMessage(r), core.checkpoint(r)]
        : [loaded, core.checkpoint(r)];
    },
    pushBack(r) {
      state.back.push(r.trainer.snapshot());
      if (state.back.length > BACK_STEPS) state.back.shift();
    },
    diverged(r, divergence) {
      state.playing = false;
      return [{ type: 'diverged', divergence, frame: core.frameNow(r, true) }, core.stateMessage()];
    },
    advance(r, count, deadline, untilEpoch) {
      const every = clockEvery(r);
      for (let k = 0; k < count; k += 1) {
        if (untilEpoch !== null && r.trainer.epoch >= untilEpoch) break;
        const result = r.trainer.step(false);
        if (!result.ok) return core.diverged(r, result.divergence);
        state.outbox.record(result.loss, result.stats);
        plateau.record(result.loss, r.trainer.config.optimizer);
        if ((k + 1) % every === 0 && options.now() > deadline) break;
      }
      return null;
    },
    plateauNote(r) {
      const message = plateau.take(r.trainer.config.optimizer);
      return message ? [{ type: 'plateau', update: r.trainer.updates, message }] : [];
    },
  };
  return core;
}
