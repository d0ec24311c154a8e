// Commands that move training on or back: play, pause, step (sliced), traceStep, stepBack
// and undo (back to the last good checkpoint).
import { checkSpeed, checkStepCount } from '../checks';
import { CommandError } from '../commandError';
import { stepInSlices } from '../slices';
import type { CommandRecord } from './types';

type PlayCommand = 'play' | 'pause' | 'step' | 'traceStep' | 'stepBack' | 'undo';

export const playCommands: CommandRecord<PlayCommand> = {
  play(core, command) {
    core.need();
    checkSpeed(command.speed);
    core.state.playing = true;
    core.state.speed = command.speed;
    core.state.back = []; // stepping back is over kept traced updates, not over a played stretch
    return [core.stateMessage()];
  },
  pause(core) {
    const r = core.need();
    core.state.playing = false;
    return [core.stateMessage(), core.frameMessage(r, true), core.checkpoint(r)];
  },
  async step(core, command) {
    const r = core.need();
    checkStepCount(command.count);
    core.pushBack(r);
    // between its slices, play must not train
    core.state.stepping = true;
    try {
      const failed = await stepInSlices(r, command, core.work, (count, deadline, untilEpoch) =>
        core.advance(r, count, deadline, untilEpoch),
      );
      if (failed) return failed;
    } finally {
      core.state.stepping = false;
    }
    return [core.frameMessage(r, true), core.checkpoint(r), ...core.plateauNote(r)];
  },
  traceStep(core) {
    const r = core.need();
    core.pushBack(r);
    const result = r.trainer.step(true);
    if (!result.ok) {
      core.state.back.pop();
      return core.diverged(r, result.divergence);
    }
    core.state.outbox.record(result.loss, result.stats);
    return [{ type: 'trace', trace: result.trace!, frame: core.frameNow(r, true) }];
  },
  stepBack(core) {
    const r = core.need();
    const snapshot = core.state.back.pop();
    if (!snapshot) throw new CommandError('there is no earlier update to step back to');
    r.trainer.restore(snapshot);
    return [{ type: 'steppedBack', update: r.trainer.updates, frame: core.frameNow(r, true) }];
  },
  undo(core) {
    const r = core.need();
    if (!core.state.good) throw new CommandError('there is no earlier good state');
    r.trainer.restore(core.state.good);
    core.state.playing = false;
    return [core.stateMessage(), core.frameMessage(r, true)];
  },
};
