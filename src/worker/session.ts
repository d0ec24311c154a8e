// One scenario's run and the commands that drive it. A plain module: synchronous but for
// loading, testable in Node, and usable on the page's main thread when no worker starts.
// It never touches the DOM or the worker API; the scheduler decides when to call train().
// Each command's handler lives in ./commands (one record per family); this file queues,
// dispatches and adds the checkpoint after a change made by hand.
import type { ReadText } from '../data/types';
import type { Command, Message, Speed } from '../protocol/messages';
import { CommandError } from './commandError';
import { runCommand } from './commands';
import { createSessionCore } from './sessionCore';
import { createCommandQueue } from './slices';

export { BACK_STEPS } from './sessionCore';
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

export function createSession(options: SessionOptions): Session {
  const core = createSessionCore(options);
  const { state } = core;

  const handleNow = async (command: Command): Promise<Message[]> => {
    try {
      const out = await runCommand(core, command);
      // After a change made by hand, a checkpoint, so a restarted worker resumes exactly here.
      if (
        state.run &&
        CHECKPOINT_AFTER.has(command.type) &&
        !out.some((m) => m.type === 'error' || m.type === 'checkpoint')
      ) {
        out.push(core.checkpoint(state.run));
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

  const queue = createCommandQueue(core.work, handleNow);
  return {
    handle: (command) => queue(command),
    train(count, deadline) {
      const r = state.run;
      if (!r || !state.playing || state.stepping) return [];
      const failed = core.advance(r, count, deadline, null);
      if (failed) return failed;
      const out: Message[] = core.plateauNote(r);
      if (!state.outbox.awaitingAck && state.outbox.pending) out.push(core.frameMessage(r, false));
      if (options.now() - state.checkpointAt > CHECKPOINT_EVERY_MS) out.push(core.checkpoint(r));
      return out;
    },
    get playing() {
      return state.playing;
    },
    get speed() {
      return state.speed;
    },
    get loaded() {
      return state.run !== null;
    },
    get updates() {
      return state.run ? state.run.trainer.updates : 0;
    },
    get awaitingAckSince() {
      return state.outbox.awaitingSince;
    },
  };
}
