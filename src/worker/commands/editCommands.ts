// Commands that change the run by hand: a live settings patch, one parameter, or an edit of
// the last update's values (which rewinds and replays that update).
import type { Message } from '../../protocol/messages';
import type { Scenario } from '../../scenario/schema';
import { checkParam } from '../checks';
import { summarize, dataMessage } from '../frames';
import { applyCnnPatch } from '../cnnPatch';
import { applyRecurrentPatch } from '../recurrentPatch';
import { applyPatch, reapplySettings, rewindAndEdit } from '../revise';
import { CommandError } from '../commandError';
import { isSequenceRun, mlpRun, paramsOf } from '../runs';
import type { CommandRecord } from './types';

export const editCommands: CommandRecord<'configure' | 'setParam' | 'revise'> = {
  /** Applies a live patch through the validator, so a bad value changes nothing. */
  configure(core, command) {
    const r = core.need();
    const { state } = core;
    const scenario = core.needScenario();
    if (command.patch.sequence && !isSequenceRun(r))
      throw new CommandError('only nets over sequences have truncation and a loss over time');
    state.scenario =
      r.kind === 'mlp'
        ? applyPatch(r, scenario as Scenario, command.patch)
        : r.kind === 'cnn'
          ? applyCnnPatch(r, scenario, command.patch)
          : applyRecurrentPatch(r, scenario, command.patch);
    const fromUpdate = r.trainer.updates + 1;
    state.outbox.changed(fromUpdate);
    core.plateau.reset();
    const out: Message[] = [{ type: 'configured', fromUpdate, summary: summarize(r, state.shown) }];
    if (!state.outbox.awaitingAck) out.push(core.frameMessage(r, false));
    return out;
  },
  setParam(core, command) {
    const r = core.need();
    const { index, value } = command;
    checkParam(index, value, paramsOf(r).length);
    paramsOf(r)[index] = value;
    if (r.trainer.updates === 0) core.state.initial[index] = value;
    return [core.frameMessage(r, true)];
  },
  revise(core, command) {
    const r = mlpRun(core.need(), 'editing an update’s values');
    const { state } = core;
    const edited = rewindAndEdit(
      {
        run: r,
        scenario: core.needScenario() as Scenario,
        before: state.back.at(-1),
        initial: state.initial,
      },
      command.edit,
    );
    state.scenario = edited;
    state.back.pop(); // stepping back now returns to the edited state before the update
    core.pushBack(r);
    const result = r.trainer.step(true);
    reapplySettings(r, edited);
    if (!result.ok) return core.diverged(r, result.divergence);
    state.outbox.record(result.loss, result.stats);
    const trace = result.trace!;
    const out: Message[] = [{ type: 'revised', trace, frame: core.frameNow(r, true) }];
    if (command.edit.kind === 'input' || command.edit.kind === 'target') out.push(dataMessage(r));
    if (command.edit.kind === 'learningRate')
      out.push({
        type: 'configured',
        fromUpdate: trace.update,
        summary: summarize(r, state.shown),
      });
    return out;
  },
};
