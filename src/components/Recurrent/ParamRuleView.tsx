// A shared parameter's gradient through time: the formula, one row per step with its two
// factors and its term (the picked or cursor step highlighted), the sum for this sequence,
// what truncation drops, then the batch mean, regularization, clipping and the update.
import type { ShownParamRule } from '../../explain/recurrentChainRule';
import { formatFull } from '../../viz/format';
import { Tex } from '../ChainRule/Tex';

const fmt = formatFull;

export interface ParamRuleViewProps {
  readonly rule: ShownParamRule;
  readonly optimizer: string | null;
  readonly batchSize: number;
  readonly sampleIndex: number;
}

export function ParamRuleView({ rule, optimizer, batchSize, sampleIndex }: ParamRuleViewProps) {
  const { batch } = rule;
  const who = batchSize > 1 ? `, sequence ${sampleIndex + 1} of ${batchSize}` : '';
  return (
    <div className="chain-rule">
      <h3>
        Gradient of {rule.label}, shared by every step{who}
      </h3>
      <Tex tex={rule.formula} display />
      <div className="table-scroll" tabIndex={0} role="group" aria-label="Terms per time step">
        <table className="rnn-terms">
          <caption>
            One term per time step: {rule.leftName} × {rule.rightName}
          </caption>
          <thead>
            <tr>
              <th scope="col">t</th>
              <th scope="col">{rule.leftName}</th>
              <th scope="col">{rule.rightName}</th>
              <th scope="col">term</th>
            </tr>
          </thead>
          <tbody>
            {rule.terms.map((term) => (
              <tr
                key={term.t}
                className={rule.highlight === term.t ? 'rnn-current' : undefined}
                aria-current={rule.highlight === term.t ? 'step' : undefined}
              >
                <th scope="row">{term.t + 1}</th>
                {term.scored ? (
                  <>
                    <td className="num">{fmt(term.left)}</td>
                    <td className="num">{fmt(term.right)}</td>
                  </>
                ) : (
                  <td colSpan={2} className="rnn-unscored">
                    not scored
                  </td>
                )}
                <td className="num" data-testid={`term-${term.t + 1}`}>
                  {fmt(term.value)}
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row" colSpan={3}>
                Σ over the steps (this sequence)
              </th>
              <td className="num" data-testid="chain-sum">
                {fmt(rule.sum)}
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      {rule.truncation && (
        <div className="rnn-dropped">
          <p>
            Truncated BPTT: each step’s δ above is summed over the sweeps that went back over it;
            paths beyond a sweep’s first step are dropped.
          </p>
          <ul>
            {rule.truncation.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {batch ? (
        <>
          <dl className="totals">
            {batch.perSample.length > 1 && (
              <div>
                <dt>mean over the batch of {batch.perSample.length} sequences</dt>
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
              <dd className="num" data-testid="chain-gradient">
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
                <dd className="num" data-testid="chain-clipped">
                  {fmt(batch.clip.applied)}
                </dd>
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
            <span data-testid="chain-after">{fmt(batch.update.after)}</span>
          </p>
          {batch.update.reason && <p className="fixed-note">{batch.update.reason}</p>}
        </>
      ) : (
        <p className="note">
          This is the gradient of the shown sequence with the current weights; step through an
          update to see the batch mean and the change of the weight.
        </p>
      )}
    </div>
  );
}
