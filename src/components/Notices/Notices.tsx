// Divergence with its three remedies, a long command's progress, and notices (worker
// restarted, bad input), dismissable.
import { useId } from 'react';
import { useAppStore } from '../../store/context';
import { selectActions } from '../../store/selectors';
import { Progress } from './Progress';

export function Notices() {
  const idBase = useId(); // several instances may share a page
  const actions = useAppStore(selectActions);
  const divergence = useAppStore((s) => s.divergence);
  const notices = useAppStore((s) => s.notices);
  // a recurrent net's remedy for exploding gradients, while clipping is off
  const canClip = useAppStore(
    (s) => s.summary?.recurrent !== undefined && s.summary.optimizer.clipNorm === undefined,
  );
  return (
    <div className="notices" aria-label="Notices" role="region">
      {divergence && (
        <div className="notice error" role="alert">
          {divergence.quantity === 'relaxation' ? (
            // a fixed-point net's relaxation that did not settle: nothing diverged to NaN
            <p>
              <strong>A relaxation did not settle: training was paused.</strong>{' '}
              {divergence.message} The parameters shown are those before the refused update.
            </p>
          ) : (
            <p>
              <strong>Training diverged and was paused.</strong> {divergence.message} The parameters
              shown are the last finite ones.
            </p>
          )}
          <div className="buttons">
            <button type="button" onClick={actions.lowerLearningRate}>
              Lower the learning rate ×0.1
            </button>
            {canClip && (
              <button type="button" onClick={actions.turnOnClipping}>
                Turn on gradient clipping (norm 1)
              </button>
            )}
            <button type="button" onClick={actions.undo}>
              Undo to the last good state
            </button>
            <button type="button" onClick={actions.reset}>
              Reset
            </button>
          </div>
        </div>
      )}
      <Progress />
      {/* a live region that is always there, so screen readers announce what appears in it */}
      <div className="notice-list" aria-live="polite">
        {notices.map((n) => (
          <div
            key={n.id}
            className={`notice ${n.tone}`}
            role={n.tone === 'error' ? 'alert' : undefined}
          >
            <p id={`${idBase}-${n.id}`}>{n.text}</p>
            {/* the notice's words describe the button rather than name it: a name holding
                them ("Learning rate: …") would also answer to the controls' labels */}
            <button
              type="button"
              className="dismiss"
              onClick={() => actions.dismissNotice(n.id)}
              aria-label="Dismiss notice"
              aria-describedby={`${idBase}-${n.id}`}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </div>
  );
}
