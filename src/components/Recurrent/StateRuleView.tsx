// A hidden state's δ through time: the formula, what its own output sends back (through Why),
// what comes back from step t+1 (through Whh), their sum ∂L/∂hₜ, and δₜ = f′(aₜ)·∂L/∂hₜ.
import type { ContributionTerm, RecurrentStateRule } from '../../explain/recurrentStateRule';
import { formatFull } from '../../viz/format';
import { Tex } from '../ChainRule/Tex';

const fmt = formatFull;

function Terms({
  terms,
  weight,
  grad,
}: {
  readonly terms: readonly ContributionTerm[];
  readonly weight: (k: number) => string;
  readonly grad: (k: number) => string;
}) {
  return (
    <ul>
      {terms.map((c) => (
        <li key={c.k}>
          {weight(c.k)} · {grad(c.k)} = {fmt(c.weight)} × {fmt(c.gradient)} = {fmt(c.product)}
        </li>
      ))}
    </ul>
  );
}

export function StateRuleView({
  rule,
  T,
}: {
  readonly rule: RecurrentStateRule;
  readonly T: number;
}) {
  const t = rule.t + 1;
  const j = rule.j + 1;
  return (
    <div className="chain-rule">
      <h3>
        δ of h{j} at t = {t} of {T}
      </h3>
      <Tex tex={rule.formula} display />
      <h4>From its own output at t = {t}</h4>
      {rule.own.terms.length > 0 ? (
        <Terms
          terms={rule.own.terms}
          weight={(k) => `Why[${k + 1},${j}]`}
          grad={(k) => `∂L/∂z${k + 1}`}
        />
      ) : null}
      <p>
        own part: <span data-testid="state-own">{fmt(rule.own.value)}</span>
      </p>
      <h4>Back from step t + 1 through Whh</h4>
      {rule.recurrent.terms && rule.recurrent.terms.length > 0 && (
        <Terms
          terms={rule.recurrent.terms}
          weight={(m) => `Whh[${m + 1},${j}]`}
          grad={(m) => `δ${m + 1}(t = ${t + 1})`}
        />
      )}
      <p>
        from t + 1: <span data-testid="state-recurrent">{fmt(rule.recurrent.value)}</span>
      </p>
      {rule.note && <p className="note">{rule.note}</p>}
      <dl className="totals">
        <div>
          <dt>∂L/∂h = own + from t + 1</dt>
          <dd className="num" data-testid="state-dLdh">
            {fmt(rule.dLdh)}
          </dd>
        </div>
        <div>
          <dt>
            f′(a) at a = {fmt(rule.a)} (h = {fmt(rule.h)})
          </dt>
          <dd className="num">{fmt(rule.slope)}</dd>
        </div>
        <div>
          <dt>δ = f′(a) · ∂L/∂h</dt>
          <dd className="num" data-testid="state-delta">
            {fmt(rule.delta)}
          </dd>
        </div>
      </dl>
    </div>
  );
}
