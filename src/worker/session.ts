// One scenario's run and the commands that drive it. A plain module: synchronous but for
// loading, testable in Node, and usable on the page's main thread when no worker starts.
// It never touches the DOM or the worker API; the scheduler decides when to call train().
import { forwardManyLayers, forwardMany } from '../engine/evaluate';
import type { TrainerSnapshot } from '../engine/trainer';
import type { ReadText } from '../data/types';
import { DataError } from '../data/types';
import type { Checkpoint, Command, Frame, LivePatch, Message, Speed } from '../protocol/messages';
import { loadScenarioRun, type Run } from '../scenario/instantiate';
import type { Scenario } from '../scenario/schema';
import { validateScenario } from '../scenario/validate';
import { buildFrame, createFrameState, refreshMetrics, summarize, type FrameState } from './frames';

export const BACK_STEPS = 50;
const METRICS_EVERY_MS = 250;
const CHECKPOINT_EVERY_MS = 2000;
const CHECKPOINT_AFTER = new Set<Command['type']>([
  'traceStep',
  'stepBack',
  'setParam',
  'configure',
  'undo',
]);

export interface SessionOptions {
  readonly readText: ReadText;
  /** Milliseconds, monotonic (performance.now in a browser). */
  readonly now: () => number;
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
}

class CommandError extends Error {
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

export function createSession(options: SessionOptions): Session {
  let run: Run | null = null;
  let scenario: Scenario | null = null;
  let initial = new Float64Array(0);
  let playing = false;
  let speed: Speed = 'max';
  let debug = false;
  let awaitingAck = false;
  let pending = false;
  let frames: FrameState = createFrameState();
  let back: TrainerSnapshot[] = [];
  let good: TrainerSnapshot | null = null;
  let checkpointAt = -Infinity;

  const need = (): Run => {
    if (!run) throw new CommandError('no scenario is loaded yet');
    return run;
  };

  const checkpoint = (r: Run): Message => {
    const snapshot = r.trainer.snapshot();
    good = snapshot;
    checkpointAt = options.now();
    const cp: Checkpoint = { scenario, initial: initial.slice(), snapshot };
    return { type: 'checkpoint', checkpoint: cp };
  };

  /** A frame now (acknowledged or not); metrics refreshed when stale or when forced. */
  const frameNow = (r: Run, fresh: boolean): Frame => {
    const now = options.now();
    if (fresh || now - frames.metricsAt >= METRICS_EVERY_MS) refreshMetrics(r, frames, now);
    awaitingAck = true;
    pending = false;
    return buildFrame(r, frames, playing);
  };
  const frameMessage = (r: Run, fresh: boolean): Message => ({
    type: 'frame',
    frame: frameNow(r, fresh),
  });

  const build = async (s: Scenario, params: Float64Array | null): Promise<Run> => {
    try {
      const r = await loadScenarioRun(s, options.readText);
      if (params) r.net.params.set(params);
      return r;
    } catch (error) {
      if (error instanceof DataError)
        throw new CommandError(`${error.path}: ${error.message}`, [
          { path: error.path, message: error.message },
        ]);
      throw error;
    }
  };

  const install = (r: Run, s: Scenario, snapshot: TrainerSnapshot | null = null): Message[] => {
    if (snapshot) r.trainer.restore(snapshot);
    run = r;
    scenario = s;
    frames = createFrameState();
    back = [];
    awaitingAck = false;
    playing = false;
    return [{ type: 'loaded', summary: summarize(r), frame: frameNow(r, true) }, checkpoint(r)];
  };

  const validated = (input: unknown): Scenario => {
    const result = validateScenario(input);
    if (!result.ok) throw new CommandError('the scenario is not valid', [...result.issues]);
    return result.scenario;
  };

  const pushBack = (r: Run): void => {
    back.push(r.trainer.snapshot());
    if (back.length > BACK_STEPS) back.shift();
  };

  const diverged = (
    r: Run,
    divergence: Extract<ReturnType<Run['trainer']['step']>, { ok: false }>['divergence'],
  ): Message[] => {
    playing = false;
    return [
      { type: 'diverged', divergence, frame: frameNow(r, true) },
      { type: 'state', playing, speed },
    ];
  };

  /** Untraced updates; stops at `deadline` or on divergence. */
  const advance = (
    r: Run,
    count: number,
    deadline: number,
    untilEpoch: number | null,
  ): Message[] | null => {
    for (let k = 0; k < count; k += 1) {
      if (untilEpoch !== null && r.trainer.epoch >= untilEpoch) break;
      const result = r.trainer.step(false);
      if (!result.ok) return diverged(r, result.divergence);
      frames.lossSum += result.loss;
      frames.lossCount += 1;
      frames.stats = result.stats;
      pending = true;
      if ((k & 15) === 15 && options.now() > deadline) break;
    }
    return null;
  };

  /** Applies a live patch through the validator, so a bad value changes nothing. */
  const configure = (r: Run, patch: LivePatch): Message[] => {
    if (!scenario) throw new CommandError('no scenario is loaded yet');
    const optimizer =
      patch.optimizer ??
      (patch.learningRate !== undefined
        ? { ...r.trainer.config.optimizer, learningRate: patch.learningRate }
        : undefined);
    const next = {
      ...scenario,
      network: {
        ...scenario.network,
        ...(patch.activations ? { activations: [...patch.activations] } : {}),
      },
      ...(optimizer ? { optimizer } : {}),
      ...(patch.batch ? { batch: patch.batch } : {}),
      ...(patch.regularization ? { regularization: patch.regularization } : {}),
      ...(patch.dropout !== undefined ? { dropout: patch.dropout } : {}),
      ...(patch.loss ? { loss: patch.loss } : {}),
      ...(patch.shuffle !== undefined ? { shuffle: patch.shuffle } : {}),
    };
    const s = validated(next);
    scenario = s;
    r.trainer.configure({
      optimizer: s.optimizer,
      batch: s.batch,
      regularization: s.regularization,
      dropout: s.dropout,
      loss: s.loss,
      shuffle: s.shuffle,
    });
    if (patch.activations) r.trainer.setActivations(s.network.activations);
    const fromUpdate = r.trainer.updates + 1;
    frames.appliedFrom = fromUpdate;
    pending = true;
    const out: Message[] = [{ type: 'configured', fromUpdate, summary: summarize(r) }];
    if (!awaitingAck) out.push(frameMessage(r, false));
    return out;
  };

  const handlers = async (command: Command): Promise<Message[]> => {
    switch (command.type) {
      case 'load': {
        const s = validated(command.scenario);
        debug = command.debug === true;
        const r = await build(s, null);
        initial = r.net.params.slice();
        return install(r, s);
      }
      case 'restore': {
        const s = validated(command.checkpoint.scenario);
        const r = await build(s, command.checkpoint.initial);
        initial = command.checkpoint.initial.slice();
        return install(r, s, command.checkpoint.snapshot as TrainerSnapshot);
      }
      case 'play':
        need();
        if (command.speed !== 'max' && !(command.speed > 0 && command.speed <= 10_000)) {
          throw new CommandError('speed must be "max" or between 0 and 10 000 updates per second');
        }
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
        if (!Number.isInteger(command.count) || command.count < 1 || command.count > 1_000_000) {
          throw new CommandError('step count must be a whole number from 1 to 1 000 000');
        }
        pushBack(r);
        const untilEpoch = command.unit === 'epoch' ? r.trainer.epoch + command.count : null;
        const count = command.unit === 'epoch' ? Number.MAX_SAFE_INTEGER : command.count;
        const failed = advance(r, count, Infinity, untilEpoch);
        return failed ?? [frameMessage(r, true), checkpoint(r)];
      }
      case 'traceStep': {
        const r = need();
        pushBack(r);
        const result = r.trainer.step(true);
        if (!result.ok) {
          back.pop();
          return diverged(r, result.divergence);
        }
        frames.lossSum += result.loss;
        frames.lossCount += 1;
        frames.stats = result.stats;
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
        if (!Number.isInteger(index) || index < 0 || index >= r.net.params.length) {
          throw new CommandError(
            `parameter index ${index} is outside 0…${r.net.params.length - 1}`,
          );
        }
        if (!Number.isFinite(value) || Math.abs(value) > 1e6)
          throw new CommandError('a weight or bias must be a finite number within ±1 000 000');
        r.net.params[index] = value;
        if (r.trainer.updates === 0) initial[index] = value;
        return [frameMessage(r, true)];
      }
      case 'reset': {
        if (!scenario) throw new CommandError('no scenario is loaded yet');
        return install(await build(scenario, initial), scenario);
      }
      case 'reseed': {
        if (!scenario) throw new CommandError('no scenario is loaded yet');
        const s = validated({ ...scenario, seed: command.seed });
        const r = await build(s, null);
        initial = r.net.params.slice();
        return install(r, s);
      }
      case 'undo': {
        const r = need();
        if (!good) throw new CommandError('there is no earlier good state');
        r.trainer.restore(good);
        playing = false;
        return [{ type: 'state', playing, speed }, frameMessage(r, true)];
      }
      case 'evaluateGrid': {
        const r = need();
        const { resolution: n, x, y } = command;
        if (r.net.sizes[0] !== 2) throw new CommandError('a grid needs a network with 2 inputs');
        if (!Number.isInteger(n) || n < 2 || n > 400)
          throw new CommandError('grid resolution must be a whole number from 2 to 400');
        const inputs = new Float64Array(n * n * 2);
        for (let row = 0; row < n; row += 1) {
          for (let col = 0; col < n; col += 1) {
            inputs[2 * (row * n + col)] = x[0] + ((x[1] - x[0]) * col) / (n - 1);
            inputs[2 * (row * n + col) + 1] = y[0] + ((y[1] - y[0]) * row) / (n - 1);
          }
        }
        const L = r.net.layers.length;
        if (command.layers) {
          const outs = r.net.sizes.slice(1).map((size) => new Float64Array(n * n * size));
          forwardManyLayers(r.net, inputs, n * n, outs);
          return [
            {
              type: 'grid',
              id: command.id,
              resolution: n,
              output: outs[L - 1],
              layers: outs.slice(0, L - 1),
            },
          ];
        }
        const output = new Float64Array(n * n * r.net.sizes[L]);
        forwardMany(r.net, inputs, n * n, output);
        return [{ type: 'grid', id: command.id, resolution: n, output, layers: null }];
      }
      case 'inspect': {
        const r = need();
        if (
          !Number.isInteger(command.sample) ||
          command.sample < 0 ||
          command.sample >= r.data.dataset.n
        ) {
          throw new CommandError(`sample ${command.sample} is outside 0…${r.data.dataset.n - 1}`);
        }
        return [{ type: 'inspected', sample: r.trainer.inspect(command.sample) }];
      }
      case 'frameAck': {
        awaitingAck = false;
        return run && pending ? [frameMessage(run, false)] : [];
      }
      case 'ping':
        return [{ type: 'pong', id: command.id }];
      case 'crash':
        if (!debug) throw new CommandError('crash is accepted only in debug mode');
        if (command.mode === 'hang') {
          const until = options.now() + 60_000;
          while (options.now() < until) {
            // deliberately unresponsive: the page's heartbeat must notice and restart
          }
        }
        throw new Error('the worker was crashed on purpose (debug)');
    }
  };

  // Commands run one at a time, in the order they came: a load awaits its data, and the
  // commands sent right after it must see the loaded run.
  let queue: Promise<unknown> = Promise.resolve();
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

  return {
    handle(command) {
      const result = queue.then(() => handleNow(command));
      queue = result.catch(() => undefined);
      return result;
    },
    train(count, deadline) {
      const r = run;
      if (!r || !playing) return [];
      const failed = advance(r, count, deadline, null);
      if (failed) return failed;
      const out: Message[] = [];
      if (!awaitingAck && pending) out.push(frameMessage(r, false));
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
  };
}
