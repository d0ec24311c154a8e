// Commands that read the run without training it (grid, rows, one sample), and the
// housekeeping ones: frame acknowledgements, pings, cancel and the debug crash.
import { checkSample } from '../checks';
import { CommandError } from '../commandError';
import { evaluateGrid, evaluateRows } from '../grid';
import { isSequenceRun, mlpRun } from '../runs';
import type { CommandRecord } from './types';

type QueryCommand = 'evaluateGrid' | 'evaluate' | 'inspect' | 'frameAck' | 'ping' | 'cancel';

export const queryCommands: CommandRecord<QueryCommand | 'crash'> = {
  evaluateGrid: (core, command) => [
    evaluateGrid(mlpRun(core.need(), 'a grid of outputs').net, command),
  ],
  evaluate(core, command) {
    const r = mlpRun(core.need(), 'evaluating input rows');
    return [evaluateRows(r.net, r.data.dataset, r.trainer.updates, command)];
  },
  inspect(core, command) {
    const r = core.need();
    if (r.kind === 'mlp') {
      checkSample(command.sample, r.data.dataset.n);
      return [{ type: 'inspected', sample: r.trainer.inspect(command.sample) }];
    }
    // a recurrent or convolutional net: this one is what every frame inspects from now on
    checkSample(command.sample, isSequenceRun(r) ? r.data.sequences.n : r.data.dataset.n);
    core.state.shown = command.sample;
    // (the frame carries the sequence, so the page learns which one is shown)
    return [
      { type: 'inspected', sample: r.trainer.inspect(command.sample) },
      core.frameMessage(r, false),
    ];
  },
  frameAck(core) {
    const { outbox, run } = core.state;
    outbox.acknowledge();
    return run && outbox.pending ? [core.frameMessage(run, false)] : [];
  },
  ping: (_core, command) => [{ type: 'pong', id: command.id }],
  cancel(core) {
    core.work.cancel();
    return [];
  },
  crash(core, command) {
    const { crash } = core.options;
    if (!crash) throw new CommandError('crash is available only in development builds');
    if (!core.state.debug) throw new CommandError('crash is accepted only in debug mode');
    return crash(command.mode);
  },
};
