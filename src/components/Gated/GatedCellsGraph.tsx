// The unrolled LSTM/GRU (region "Network graph"): a column per time step, a row per hidden
// unit, each cell a button that opens its gate view; above them the highway across time —
// the LSTM's cell state with its forget gates, the GRU's update gates — and their running
// product from the last step back, for the selected unit. Numbers from explain; draws only.
// While training plays the grid holds what it showed when Play was pressed and says so: its
// ~450 numbers changing ten times a second made the browser lay the whole table out again each
// time (the gradient strip beside it follows the run).
import { useMemo } from 'react';
import { gatedHighway } from '../../explain/gatedHighway';
import { cutHighway, sweepSentence } from '../../explain/truncationWindow';
import { formatShort } from '../../viz/format';
import { currentSweep, cursorOf } from '../../viz/unrolledValues';
import { useHeld } from '../common/useHeld';
import { useStyleSheet } from '../common/useStyleSheet';
import { HeldHint } from '../Recurrent/HeldHint';
import { GATED_CSS } from './gatedStyles';
import type { GatedViewProps } from './viewModel';
import { selectedCell } from './viewModel';

/** At most this many units get a row (the rest are reachable from the chain-rule picker). */
const MAX_ROWS = 16;

export function GatedCellsGraph({
  model: latest,
  selection,
  onSelect,
  live = false,
}: GatedViewProps) {
  useStyleSheet(GATED_CSS);
  const model = useHeld(latest, live);
  const { sample, spec } = model;
  const lstm = spec.cell === 'lstm';
  const cursor = cursorOf(model.phase, model.sampleIndex);
  const cell = selectedCell(selection, model);
  const highway = useMemo(
    () => (sample ? cutHighway(gatedHighway(sample, lstm, cell.j), sample.sweeps) : null),
    [sample, lstm, cell.j],
  );
  // truncated BPTT: the current sweep's columns are shaded, as on the RNN's unrolled graph
  const { bptt } = model.sequence;
  const sweep = sample ? currentSweep(sample.sweeps, cursor) : null;
  const swept = new Set(sweep?.swept.map((s) => s - 1) ?? []);
  const columnClass = (t: number): string | undefined =>
    [cursor.t === t && 'gated-current', swept.has(t) && 'gated-swept'].filter(Boolean).join(' ') ||
    undefined;
  const name = lstm ? 'LSTM' : 'GRU';
  const rows = Math.min(spec.hidden, MAX_ROWS);
  return (
    <section aria-label="Network graph" className="panel gated-cells gated-panel">
      <h2>Network graph: the {name} unrolled through time</h2>
      <p className="rnn-legend">
        Each column is one time step t; each button is one hidden unit’s cell at that step, showing
        hₜ. Choose a cell to open it up below. The top rows follow unit {cell.j + 1} along its
        highway:{' '}
        {lstm
          ? 'the cell state cₜ = fₜ⊙cₜ₋₁ + iₜ⊙gₜ, and the forget gates fₜ that scale the gradient carried back along it.'
          : 'hₜ = zₜ⊙hₜ₋₁ + (1 − zₜ)⊙nₜ, and the update gates zₜ that pass hₜ₋₁ (and its gradient) straight through.'}
        {bptt.mode === 'truncated' &&
          ` Truncated BPTT(${bptt.k1}, ${bptt.k2}): the shaded columns are the steps the current sweep goes back over.`}
      </p>
      {live && <HeldHint />}
      {sweep && (
        <p className="rnn-caption" data-testid="sweep-sentence">
          {sweepSentence(sweep)}
        </p>
      )}
      {!sample && <p>No sequence to show yet.</p>}
      {highway && (
        <p className="rnn-caption" data-testid="highway-sentence">
          {highway.sentence}
        </p>
      )}
      {sample && highway && (
        <div className="table-scroll" tabIndex={0} role="group" aria-label="Cells across time">
          <table>
            <thead>
              <tr>
                <th scope="col">t</th>
                {sample.steps.map((st, t) => (
                  <th
                    key={st.t}
                    scope="col"
                    className={columnClass(t)}
                    data-testid={swept.has(t) ? 'sweep-shade' : undefined}
                    aria-current={cursor.t === t ? 'step' : undefined}
                  >
                    {st.t}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr className="gated-highway">
                <th scope="row">
                  {highway.stateName}
                  {cell.j + 1}
                </th>
                {highway.steps.map((s) => (
                  <td key={s.t}>
                    <span className="gated-num">{formatShort(s.state)}</span>
                  </td>
                ))}
              </tr>
              <tr className="gated-highway">
                <th scope="row">
                  {highway.gateName}
                  {cell.j + 1}
                </th>
                {highway.steps.map((s) => (
                  <td key={s.t}>
                    <span className="gated-num">{formatShort(s.gate)}</span>
                  </td>
                ))}
              </tr>
              <tr className="gated-product">
                <th scope="row" title={`product of the ${highway.gateName} gates after step t`}>
                  Π {highway.gateName}
                </th>
                {highway.steps.map((s) => (
                  <td key={s.t} title={s.product === null ? 'cut by truncated BPTT' : undefined}>
                    <span className="gated-num" data-testid={`highway-product-${s.t}`}>
                      {s.product === null ? 'cut' : formatShort(s.product)}
                    </span>
                  </td>
                ))}
              </tr>
              {Array.from({ length: rows }, (_, j) => (
                <tr key={j}>
                  <th scope="row">h{j + 1}</th>
                  {sample.steps.map((st, t) => {
                    const on = cell.t === t && cell.j === j;
                    const h = formatShort(st.h[j]);
                    return (
                      <td key={st.t} className={columnClass(t)}>
                        <button
                          type="button"
                          aria-pressed={on}
                          aria-label={`Open the cell of unit ${j + 1} at t = ${st.t}: h = ${h}`}
                          data-testid={`cell-${st.t}-${j + 1}`}
                          onClick={() => onSelect({ kind: 'neuron', layer: 1, j, t })}
                        >
                          {h}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {spec.hidden > MAX_ROWS && (
        <p className="rnn-legend">
          Showing the first {MAX_ROWS} of {spec.hidden} units.
        </p>
      )}
    </section>
  );
}
