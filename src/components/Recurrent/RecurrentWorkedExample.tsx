// The recurrent worked example (region "Worked example"): a table per time step of the shown
// sequence (x, a, h, y, target, loss, ∂L/∂y, ∂L/∂h, δ), the truncation sweeps, and the update
// of each block; the cursor's step is highlighted and scrolled to; copy as Markdown or LaTeX.
import { useMemo, useRef } from 'react';
import { recurrentStepExample } from '../../explain/recurrentStepTables';
import type { TableSection } from '../../explain/workedExample';
import { cursorOf } from '../../viz/unrolledValues';
import { useScrollToCurrent } from '../common/useScrollToCurrent';
import { useStyleSheet } from '../common/useStyleSheet';
import { RECURRENT_CSS } from './recurrentStyles';
import { HeldHint } from './HeldHint';
import { SectionTable } from './SectionTable';
import type { RecurrentViewProps } from './viewModel';
import { CopyTableButtons } from '../WorkedExample/CopyTableButtons';

export function RecurrentWorkedExample({
  model,
  reducedMotion = false,
  live = false,
}: RecurrentViewProps) {
  useStyleSheet(RECURRENT_CSS);
  const { sample, trace, spec } = model;
  const title = trace
    ? `Elman RNN, update ${trace.update}${trace.samples.length > 1 ? `, sequence ${model.sampleIndex + 1} of ${trace.samples.length}` : ''}`
    : 'Elman RNN, the shown sequence';
  const example = useMemo(
    () => (sample ? recurrentStepExample(title, spec, sample, trace) : null),
    [title, spec, sample, trace],
  );
  const cursor = cursorOf(model.phase, model.sampleIndex);
  const T = sample?.steps.length ?? 0;
  // The panel (never the page: on a phone stepping must not jump down to the table) keeps the
  // cursor's step at its top.
  const panel = useRef<HTMLElement>(null);
  useScrollToCurrent(
    panel,
    cursor.t === null ? null : `${trace?.update ?? 0}/${model.sampleIndex}/${cursor.t}`,
    reducedMotion,
  );
  const isCurrent = (section: TableSection, k: number): boolean =>
    cursor.t !== null && k < T && k === cursor.t && section.kind === 'forward';
  return (
    <section ref={panel} aria-label="Worked example" className="panel worked-example rnn-worked">
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
          {example.sections.map((section, k) => {
            const on = isCurrent(section, k);
            return (
              <div
                key={section.heading}
                aria-current={on ? 'step' : undefined}
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
