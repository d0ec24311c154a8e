// Counters, losses and accuracy of the latest frame, and the phase in words (announced).
import { useAppStore } from '../../store/context';
import { selectPhaseText } from '../../store/selectors';
import { formatLoss, formatPercent } from '../../viz/format';
import { useThrottled } from '../common/useThrottled';

/** While playing, the numbers change 10 times a second: readable, and no re-layout per frame. */
const STATUS_LIVE_MS = 100;

/** Four decimals; scientific below 0.0001 (losses often fall that low) and for huge losses. */
const loss = formatLoss;
const pct = (x: number): string => formatPercent(x);

export function StatusBar() {
  const playing = useAppStore((s) => s.playing);
  const frame = useThrottled(
    useAppStore((s) => s.frame),
    STATUS_LIVE_MS,
    playing,
  );
  const phase = useAppStore(selectPhaseText);
  const title = useAppStore((s) => s.summary?.title ?? 'Loading…');
  const data = useAppStore((s) => s.summary?.dataLabel ?? '');
  const hasTest = useAppStore((s) => (s.summary?.nTest ?? 0) > 0);
  const metric = (m: { loss: number; accuracy: number | null } | null | undefined): string =>
    m ? `${loss(m.loss)}${m.accuracy === null ? '' : ` (${pct(m.accuracy)} correct)`}` : '—';
  return (
    <section className="status" aria-label="Status">
      <h2>{title}</h2>
      <p className="data-label">{data}</p>
      <dl>
        <div>
          <dt>Update</dt>
          <dd data-testid="update">{frame?.update ?? 0}</dd>
        </div>
        <div>
          <dt>Epochs done</dt>
          <dd data-testid="epoch">{(frame?.epoch ?? 1) - 1}</dd>
        </div>
        <div>
          <dt>Batch loss</dt>
          <dd data-testid="batch-loss">
            {/* NaN: no update has run since the last load or step back */}
            {frame && !Number.isNaN(frame.batchLoss) ? loss(frame.batchLoss) : '—'}
          </dd>
        </div>
        <div>
          <dt>Train loss</dt>
          <dd data-testid="train-loss">{metric(frame?.train)}</dd>
        </div>
        <div>
          <dt>Test loss</dt>
          <dd data-testid="test-loss">{hasTest ? metric(frame?.test) : 'no test split'}</dd>
        </div>
      </dl>
      <p className="phase" role="status" aria-live="polite" data-testid="phase">
        {phase}
      </p>
    </section>
  );
}
