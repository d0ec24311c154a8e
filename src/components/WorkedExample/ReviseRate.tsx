// Above the worked example: the learning rate of the shown update, editable on the latest
// update while paused (the worker computes the update again), or a hint saying when it is.
import type { StepTrace } from '../../engine/types';
import type { RevisionEdit } from '../../protocol/messages';
import { NumberField } from '../Controls/NumberField';

export interface ReviseRateProps {
  readonly trace: StepTrace;
  readonly revisable: boolean;
  readonly revise: (edit: RevisionEdit) => void;
}

export function ReviseRate({ trace, revisable, revise }: ReviseRateProps) {
  if (!revisable)
    return <p className="hint">Values can be edited on the latest update while paused.</p>;
  return (
    <div className="revise">
      <NumberField
        label="η used by this update"
        compact
        value={trace.optimizer.config.learningRate}
        min={0}
        max={100}
        onCommit={(text) => {
          const value = Number(text);
          if (text.trim() === '' || !Number.isFinite(value)) return false;
          revise({ kind: 'learningRate', value });
          return true;
        }}
      />
      <p className="hint">
        Edit an input, a target, a starting weight or the learning rate η: this update is computed
        again at once.
      </p>
    </div>
  );
}
