// One scenario's run and the commands that drive it. A plain module: synchronous but for
// loading, testable in Node, and usable on the page's main thread when no worker starts.
// It never touches the DOM or the worker API; the scheduler decides when to call train().
import type { TrainerSnapshot } from '../engine/trainer';
import type { Divergence } from '../engine/types';
import type { ReadText } from '../data/types';
import type { Checkpoint, Command, Frame, LivePatch, Message, Speed } from '../protocol/messages';
import type { Scenario } from '../scenario/schema';
import type { AppScenario } from '../scenario/validate';
import { checkParam, checkSample, checkSpeed, checkStepCount } from './checks';
import { CommandError } from './commandError';
import { createOutbox, dataMessage, summarize, type Outbox } from './frames';
import { evaluateGrid, evaluateRows } from './grid';
import { applyPatch, reapplySettings, rewindAndEdit } from './revise';
import { createPlateauWatch } from './plateau';
import { applyRecurrentPatch } from './recurrentPatch';
import { buildRun, mlpRun, paramsOf, validatedAny, type AppRun } from './runs';
import { clockEvery, createCommandQueue, createLongWork, stepInSlices } from './slices';

export const BACK_STEPS = 50;
const CHECKPOINT_EVERY_MS = 2000;
const CHECKPOINT_AFTER = new Set<Command['type']>([
  'traceStep',
  'stepBack',
  'setParam',
  'revise',
  'configure',
  'undo',
]);

export interface SessionOptions {
  readonly readText: ReadText;
  /** Milliseconds, monotonic (performance.now in a browser). */
  readonly now: () => number;
  /**
   * Carries out the debug `crash` command. Development builds only: without it (production),
   * `crash` is refused even in debug mode.
   */
  readonly crash?: (mode: 'throw' | 'hang') => never;
  /** Receives progress of a long load or step between its slices (sent to the page at once). */
  readonly progress?: (message: Message) => void;
}

export interface Session {
  handle(command: Command): Promise<Message[]>;
  /** Runs up to `count` untraced updates (stopping early past `deadline`); returns frames due. */
  train(count: number, deadline: number): Message[];
  readonly playing: boolean;
  readonly speed: Speed;
  readonly loaded: boolean;
  /** Updates applied so far (0 before a scenario is loaded). */
  readonly updates: number;
  /** When the frame the page has not yet acknowledged was made, or null (none pending). */
  readonly awaitingAckSince: number | null;
}

/** Sequences (recurrent) or rows (fixed-point) in a run's data set. */
const samplesOf = (r: Exclude<AppRun, { kind: 'mlp' }>): number =>
  r.kind === 'rnn' ? r.data.sequences.n : r.data.dataset.n;

export function createSession(options: SessionOptions): Session {
  let run: AppRun | null = null;
  let scenario: AppScenario | null = null;
  /** Recurrent and fixed-point nets: the data-set index of the sample each frame inspects. */
  let shown = 0;
  let initial = new Float64Array(0);
  let playing = false;
  let speed: Speed = 'max';
  let debug = false;
  let outbox: Outbox = createOutbox(options.now);
  let back: TrainerSnapshot[] = [];
  let good: TrainerSnapshot | null = null;
  let checkpointAt = -Infinity;
  /** A long step is under way (between its slices, play must not train). */
  let stepping = false;
  const work = createLongWork(options.now, options.progress);
  const plateau = createPlateauWatch();
  const plateauNote = (r: AppRun): Message[] => {
    const message = plateau.take(r.trainer.config.optimizer);
    return message ? [{ type: 'plateau', update: r.trainer.updates, message }] : [];
  };

  const need = (): AppRun => {
    if (!run) throw new CommandError('no scenario is loaded yet');
    return run;
  };

  const checkpoint = (r: AppRun): Message => {
    const snapshot = r.trainer.snapshot();
    good = snapshot;
    checkpointAt = options.now();
    const cp: Checkpoint = { scenario, initial: initial.slice(), snapshot };
    return { type: 'checkpoint', checkpoint: cp };
  };

  const frameNow = (r: AppRun, fresh: boolean): Frame =>
    outbox.frame(r, playing, fresh, r.kind === 'mlp' ? null : shown);
  const frameMessage = (r: AppRun, fresh: boolean): Message => ({
    type: 'frame',
    frame: frameNow(r, fresh),
  });

  const build = (s: AppScenario, params: Float64Array | null): Promise<AppRun> =>
    buildRun(s, params, options.readText);

  /** A new run for a load: its data read, then (unless cancelled meanwhile) installed. */
  const buildForLoad = async (s: AppScenario): Promise<AppRun> => {
    work.start();
    await work.between('load', 0, 2);
    const r = await build(s, null);
    await work.between('load', 1, 2);
    if (work.cancelled)
      throw new CommandError('loading was cancelled; the run shown before stays as it was');
    return r;
  };

  const install = (
    r: AppRun,
    s: AppScenario,
    snapshot: TrainerSnapshot | null = null,
  ): Message[] => {
    const restored = snapshot !== null;
    // a recurrent net shows its first training sequence until the page picks another
    if (r.kind !== 'mlp' && !(shown < samplesOf(r) && restored)) shown = r.split.train[0];
    if (snapshot) r.trainer.restore(snapshot);
    run = r;
    scenario = s;
    outbox = createOutbox(options.now);
    plateau.reset();
    back = [];
    playing = false;
    const frame = frameNow(r, true);
    const loaded: Message = restored
      ? { type: 'loaded', summary: summarize(r, shown), frame, restored }
      : { type: 'loaded', summary: summarize(r, shown), frame };
    // the data views draw an MLP's samples; a recurrent net's sequences are in its own views
    return r.kind === 'mlp' ? [loaded, dataMessage(r), checkpoint(r)] : [loaded, checkpoint(r)];
  };

  const pushBack = (r: AppRun): void => {
    back.push(r.trainer.snapshot());
    if (back.length > BACK_STEPS) back.shift();
  };

  const diverged = (r: AppRun, divergence: Divergence): Message[] => {
    playing = false;
    return [
      { type: 'diverged', divergence, frame: frameNow(r, true) },
      { type: 'state', playing, speed },
    ];
  };

  /** Untraced updates; stops at `deadline` or on divergence. */
  const advance = (
    r: AppRun,
    count: number,
    deadline: number,
    untilEpoch: number | null,
  ): Message[] | null => {
    const every = clockEvery(r);
    for (let k = 0; k < count; k += 1) {
      if (untilEpoch !== null && r.trainer.epoch >= untilEpoch) break;
      const result = r.trainer.step(false);
      if (!result.ok) return diverged(r, result.divergence);
      outbox.record(result.loss, result.stats);
      plateau.record(result.loss, r.trainer.config.optimizer);
      if ((k + 1) % every === 0 && options.now() > deadline) break;
    }
    return null;
  };

  /** Applies a live patch through the validator, so a bad value changes nothing. */
  const configure = (r: AppRun, patch: LivePatch): Message[] => {
    if (!scenario) throw new CommandError('no scenario is loaded yet');
    scenario =
      r.kind === 'mlp'
        ? applyPatch(r, scenario as Scenario, patch)
        : applyRecurrentPatch(r, scenario, patch);
    const fromUpdate = r.trainer.updates + 1;
    outbox.changed(fromUpdate);
    plateau.reset();
    const out: Message[] = [{ type: 'configured', fromUpdate, summary: summarize(r, shown) }];
    if (!outbox.awaitingAck) out.push(frameMessage(r, false));
    return out;
  };

  const handlers = async (command: Command): Promise<Message[]> => {
    switch (command.type) {
      case 'load': {
        const s = validatedAny(command.scenario);
        const r = await buildForLoad(s);
        debug = command.debug === true;
        initial = paramsOf(r).slice();
        return install(r, s);
      }
      case 'restore': {
        const s = validatedAny(command.checkpoint.scenario);
        debug = command.debug === true;
        const r = await build(s, command.checkpoint.initial);
        initial = command.checkpoint.initial.slice();
        return install(r, s, command.checkpoint.snapshot as TrainerSnapshot);
      }
      case 'play':
        need();
        checkSpeed(command.speed);
        playing = true;
        speed = command.speed;
        back = []; // stepping back is over kept traced updates, not over a played stretch
        return [{ type: 'state', playing, speed }];
      case 'pause': {
        const r = need();
        playing = false;
        return [{ type: 'state', playing, speed }, frameMessage(r, true), checkpoint(r)];
      }
      case 'step': {
        const r = need();
        checkStepCount(command.count);
        pushBack(r);
        // between its slices, play must not train
        stepping = true;
        try {
          const failed = await stepInSlices(r, command, work, (count, deadline, untilEpoch) =>
            advance(r, count, deadline, untilEpoch),
          );
          if (failed) return failed;
        } finally {
          stepping = false;
        }
        return [frameMessage(r, true), checkpoint(r), ...plateauNote(r)];
      }
      case 'traceStep': {
        const r = need();
        pushBack(r);
        const result = r.trainer.step(true);
        if (!result.ok) {
          back.pop();
          return diverged(r, result.divergence);
        }
        outbox.record(result.loss, result.stats);
        return [{ type: 'trace', trace: result.trace!, frame: frameNow(r, true) }];
      }
      case 'stepBack': {
        const r = need();
        const snapshot = back.pop();
        if (!snapshot) throw new CommandError('there is no earlier update to step back to');
        r.trainer.restore(snapshot);
        return [{ type: 'steppedBack', update: r.trainer.updates, frame: frameNow(r, true) }];
      }
      case 'configure':
        return configure(need(), command.patch);
      case 'setParam': {
        const r = need();
        const { index, value } = command;
        checkParam(index, value, paramsOf(r).length);
        paramsOf(r)[index] = value;
        if (r.trainer.updates === 0) initial[index] = value;
        return [frameMessage(r, true)];
      }
      case 'revise': {
        const r = mlpRun(need(), 'editing an update’s values');
        if (!scenario) throw new CommandError('no scenario is loaded yet');
        const before = back.at(-1);
        const edited = rewindAndEdit(
          { run: r, scenario: scenario as Scenario, before, initial },
          command.edit,
        );
        scenario = edited;
        back.pop(); // stepping back now returns to the edited state before the update
        pushBack(r);
        const result = r.trainer.step(true);
        reapplySettings(r, edited);
        if (!result.ok) return diverged(r, result.divergence);
        outbox.record(result.loss, result.stats);
        const out: Message[] = [
          { type: 'revised', trace: result.trace!, frame: frameNow(r, true) },
        ];
        if (command.edit.kind === 'input' || command.edit.kind === 'target')
          out.push(dataMessage(r));
        if (command.edit.kind === 'learningRate')
          out.push({
            type: 'configured',
            fromUpdate: result.trace!.update,
            summary: summarize(r, shown),
          });
        return out;
      }
      case 'reset': {
        if (!scenario) throw new CommandError('no scenario is loaded yet');
        return install(await build(scenario, initial), scenario);
      }
      case 'reseed': {
        if (!scenario) throw new CommandError('no scenario is loaded yet');
        const s = validatedAny({ ...scenario, seed: command.seed });
        const r = await build(s, null);
        initial = paramsOf(r).slice();
        return install(r, s);
      }
      case 'undo': {
        const r = need();
        if (!good) throw new CommandError('there is no earlier good state');
        r.trainer.restore(good);
        playing = false;
        return [{ type: 'state', playing, speed }, frameMessage(r, true)];
      }
      case 'evaluateGrid':
        return [evaluateGrid(mlpRun(need(), 'a grid of outputs').net, command)];
      case 'evaluate': {
        const r = mlpRun(need(), 'evaluating input rows');
        return [evaluateRows(r.net, r.data.dataset, r.trainer.updates, command)];
      }
      case 'inspect': {
        const r = need();
        if (r.kind === 'mlp') {
          checkSample(command.sample, r.data.dataset.n);
          return [{ type: 'inspected', sample: r.trainer.inspect(command.sample) }];
        }
        // a recurrent net: this sequence is the one every frame inspects from now on
        checkSample(command.sample, samplesOf(r));
        shown = command.sample;
        // (the frame carries the sequence, so the page learns which one is shown)
        return [{ type: 'inspected', sample: r.trainer.inspect(shown) }, frameMessage(r, false)];
      }
      case 'frameAck': {
        outbox.acknowledge();
        return run && outbox.pending ? [frameMessage(run, false)] : [];
      }
      case 'ping':
        return [{ type: 'pong', id: command.id }];
      case 'cancel':
        work.cancel();
        return [];
      case 'crash':
        if (!options.crash) throw new CommandError('crash is available only in development builds');
        if (!debug) throw new CommandError('crash is accepted only in debug mode');
        return options.crash(command.mode);
    }
  };

  const handleNow = async (command: Command): Promise<Message[]> => {
    try {
      const out = await handlers(command);
      // After a change made by hand, a checkpoint, so a restarted worker resumes exactly here.
      if (
        run &&
        CHECKPOINT_AFTER.has(command.type) &&
        !out.some((m) => m.type === 'error' || m.type === 'checkpoint')
      ) {
        out.push(checkpoint(run));
      }
      return out;
    } catch (error) {
      if (error instanceof CommandError) {
        return [
          { type: 'error', command: command.type, message: error.message, issues: error.issues },
        ];
      }
      throw error;
    }
  };

  const queue = createCommandQueue(work, handleNow);
  return {
    handle: (command) => queue(command),
    train(count, deadline) {
      const r = run;
      if (!r || !playing || stepping) return [];
      const failed = advance(r, count, deadline, null);
      if (failed) return failed;
      const out: Message[] = plateauNote(r);
      if (!outbox.awaitingAck && outbox.pending) out.push(frameMessage(r, false));
      if (options.now() - checkpointAt > CHECKPOINT_EVERY_MS) out.push(checkpoint(r));
      return out;
    },
    get playing() {
      return playing;
    },
    get speed() {
      return speed;
    },
    get loaded() {
      return run !== null;
    },
    get updates() {
      return run ? run.trainer.updates : 0;
    },
    get awaitingAckSince() {
      return outbox.awaitingSince;
    },
  };
}
