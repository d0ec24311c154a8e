// The batch part of a parameter's gradient: the mean over the samples, regularization,
// clipping, the gradient the optimizer was given and its update with numbers. Presentational.
import type { BatchPart } from '../../explain/recurrentChainRule';
import { formatFull } from '../../viz/format';
import { Tex } from '../ChainRule/Tex';

const fmt = formatFull;

export function BatchTotals({
  batch,
  optimizer,
}: {
  readonly batch: BatchPart;
  readonly optimizer: string;
}) {
  return (
    <>
      <dl className="totals">
        {batch.perSample.length > 1 && (
          <div>
            <dt>mean over the batch of {batch.perSample.length} samples</dt>
            <dd className="num">{fmt(batch.mean)}</dd>
          </div>
        )}
        {batch.regularization && (
          <div>
            <dt>
              regularization <Tex tex={batch.regularization.tex} />
            </dt>
            <dd className="num">{fmt(batch.regularization.value)}</dd>
          </div>
        )}
        <div>
          <dt>gradient g</dt>
          <dd className="num" data-testid="fp-gradient">
            {fmt(batch.gradient)}
          </dd>
        </div>
        {batch.clip && (
          <div>
            <dt>
              {batch.clip.factor < 1
                ? `clipped: the batch gradient’s norm ${fmt(batch.clip.norm)} is scaled by ${fmt(batch.clip.factor)}, so g becomes`
                : `clipping: the norm ${fmt(batch.clip.norm)} is within the limit, g stays`}
            </dt>
            <dd className="num">{fmt(batch.clip.applied)}</dd>
          </div>
        )}
      </dl>
      <h4>Update ({optimizer})</h4>
      <Tex tex={batch.update.rule} display />
      {batch.update.terms.length > 0 && (
        <ul className="terms">
          {batch.update.terms.map((t) => (
            <li key={t.name}>
              <Tex tex={t.tex} /> = {t.name === 't' ? String(t.value) : fmt(t.value)}
            </li>
          ))}
        </ul>
      )}
      <Tex tex={batch.update.numeric} display />
      <p>
        before {fmt(batch.update.before)} → after{' '}
        <span data-testid="fp-after">{fmt(batch.update.after)}</span>
      </p>
      {batch.update.reason && <p className="fixed-note">{batch.update.reason}</p>}
    </>
  );
}
