// A long load or fast-forward under way: how far it has come, and Cancel, which stops it
// where it is (the updates done so far are kept).
import { useId } from 'react';
import { useAppStore } from '../../store/context';
import { selectActions } from '../../store/selectors';
import { formatCount as count } from '../../viz/numberFormat';

export function Progress() {
  const id = useId();
  const actions = useAppStore(selectActions);
  const progress = useAppStore((s) => s.progress);
  if (!progress) return null;
  const { task, done, total } = progress;
  const text =
    task === 'step'
      ? `Fast-forwarding: ${count(done)} of ${count(total)} updates done.`
      : 'Loading the scenario…';
  return (
    <div className="notice info progress" role="status">
      <p id={id}>{text}</p>
      <progress max={total} value={done} aria-labelledby={id} />
      <button type="button" onClick={actions.cancel}>
        Cancel
      </button>
    </div>
  );
}
