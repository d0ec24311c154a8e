// The cell opened up (region "Gate view"): the selected unit's cell at step t — each gate's
// value going forward with its formula and numbers, then ∂L/∂h, ∂L/∂c (LSTM) and each gate's δ
// coming back. What the cursor has not computed yet is said so, not shown. Numbers from explain.
// While training plays it holds the values it showed when Play was pressed (its dozen KaTeX
// formulas, redrawn with every update, took most of the page's time) and says so.
import { useMemo } from 'react';
import { gatedForwardView } from '../../explain/gatedCell';
import { gatedBackwardView } from '../../explain/gatedCellBack';
import { formatFull } from '../../viz/format';
import { cursorOf } from '../../viz/unrolledValues';
import { Tex } from '../ChainRule/Tex';
import { useHeld } from '../common/useHeld';
import { useStyleSheet } from '../common/useStyleSheet';
import { HeldHint } from '../Recurrent/HeldHint';
import { GATED_CSS } from './gatedStyles';
import { selectedCell, type GatedViewProps } from './viewModel';

export function GateView({ model: latest, selection, live = false }: GatedViewProps) {
  useStyleSheet(GATED_CSS);
  const model = useHeld(latest, live);
  const { sample, spec, sequence, layout, params } = model;
  const cell = selectedCell(selection, model);
  const cursor = cursorOf(model.phase, model.sampleIndex);
  const loss = model.trace?.loss ?? null;
  const views = useMemo(() => {
    if (!sample || sample.steps.length === 0) return null;
    const input = { spec, sequence, layout, params, sample };
    return {
      forward: gatedForwardView(input, cell.t, cell.j),
      backward: gatedBackwardView(input, loss, cell.t, cell.j),
    };
  }, [sample, spec, sequence, layout, params, cell.t, cell.j, loss]);
  const forwardKnown = cursor.t === null || cursor.kind !== 'forward' || cell.t <= cursor.t;
  const backwardKnown = cursor.t === null || (cursor.pass === 'backward' && cell.t >= cursor.t);
  const truncated = sequence.bptt.mode === 'truncated';
  const name = spec.cell === 'lstm' ? 'LSTM' : 'GRU';
  return (
    <section aria-label="Gate view" className="panel gate-view gated-panel" data-testid="gate-view">
      <h2>
        The {name} cell opened up: unit {cell.j + 1} at t = {cell.t + 1}
      </h2>
      {live && <HeldHint />}
      {!views && <p>No sequence to show yet.</p>}
      {views && (
        <>
          <h3>Forward: the gates’ values</h3>
          {forwardKnown ? (
            <div className="gate-rows gate-forward">
              {views.forward.map((row) => (
                <GateRow
                  key={row.name}
                  id={`gate-${row.name}`}
                  label={`${row.name} — ${row.title}`}
                  value={row.value}
                  formula={row.formula}
                  numeric={row.numeric}
                />
              ))}
            </div>
          ) : (
            <p className="note">The forward pass has not reached t = {cell.t + 1} yet.</p>
          )}
          <h3>Backward: the deltas coming back</h3>
          {backwardKnown ? (
            <div className="gate-rows gate-backward">
              {views.backward.map((row) => (
                <GateRow
                  key={row.name}
                  id={`delta-${row.name}`}
                  label={row.title}
                  value={row.value}
                  formula={row.formula}
                  numeric={row.numeric}
                />
              ))}
            </div>
          ) : (
            <p className="note">
              The backward pass has not reached t = {cell.t + 1} yet: step on to see its deltas.
            </p>
          )}
          {truncated && backwardKnown && (
            <p className="note">
              Truncated BPTT: each delta shown is summed over the sweeps that went back over this
              step, so a product of the factors above can differ from it.
            </p>
          )}
        </>
      )}
    </section>
  );
}

function GateRow({
  id,
  label,
  value,
  formula,
  numeric,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly formula: string;
  readonly numeric: string;
}) {
  return (
    <>
      <div className="gate-name">
        {label}:{' '}
        <span className="gate-value num" data-testid={id} title={String(value)}>
          {formatFull(value)}
        </span>
      </div>
      <div className="gate-formula">
        <Tex tex={formula} />
        <br />
        <Tex tex={numeric} />
      </div>
    </>
  );
}
