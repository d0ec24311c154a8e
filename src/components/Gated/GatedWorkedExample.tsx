// The LSTM/GRU worked example (region "Worked example"): the shown sequence's tables — inputs,
// every gate, c and h going forward, the losses, ∂L/∂h, ∂L/∂c and each gate's δ coming back —
// then, stepping through an update, the batch gradient and every parameter before and after.
// The forward table is marked while the cursor is in the forward pass. Copy as Markdown/LaTeX.
import { useMemo } from 'react';
import { gatedSequenceExample } from '../../explain/gatedExample';
import { cursorOf } from '../../viz/unrolledValues';
import { HeldHint } from '../Recurrent/HeldHint';
import { SectionTable } from '../Recurrent/SectionTable';
import { useStyleSheet } from '../common/useStyleSheet';
import { GATED_CSS } from './gatedStyles';
import type { GatedViewProps } from './viewModel';
import { CopyTableButtons } from '../WorkedExample/CopyTableButtons';

export function GatedWorkedExample({ model, live }: GatedViewProps) {
  useStyleSheet(GATED_CSS);
  const { sample, trace, spec } = model;
  const name = spec.cell === 'lstm' ? 'LSTM' : 'GRU';
  const title = trace ? `${name}, update ${trace.update}` : `${name}, the shown sequence`;
  const example = useMemo(
    () =>
      sample ? gatedSequenceExample(title, spec.cell, sample, trace, model.sampleIndex) : null,
    [title, spec.cell, sample, trace, model.sampleIndex],
  );
  const cursor = cursorOf(model.phase, model.sampleIndex);
  return (
    <section aria-label="Worked example" className="panel worked-example rnn-worked gated-panel">
      <h2>Worked example</h2>
      {live && <HeldHint />}
      {!example && <p>No sequence to show yet.</p>}
      {example && (
        <>
          <CopyTableButtons model={example} />
          {!trace && (
            <p className="hint">
              The shown sequence with the current weights. Step through an update to see its
              gradients and the change of every weight.
            </p>
          )}
          {example.sections.map((section) => {
            const on = cursor.kind !== null && section.kind === stepKind(cursor.kind);
            return (
              <div
                key={section.heading}
                className={on ? 'rnn-step rnn-step-current' : 'rnn-step'}
                data-current={on ? 'true' : undefined}
              >
                <SectionTable section={section} current={on} />
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}

/** The table kind the cursor's phase is in (forward, loss, backward, or the update's). */
function stepKind(kind: string): string {
  if (kind === 'accumulate') return 'gradients';
  return kind;
}
