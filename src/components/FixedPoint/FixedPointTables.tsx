// The fixed-point worked example (region "Worked example"): for the traced update, per sample
// the forward relaxation iteration by iteration, the fixed point with D = f′(u*), the loss,
// the adjoint relaxation, v* and δ; then every gradient and the update. Copy as Markdown or
// LaTeX. The tables come from explain/fixedPointExample.ts (the command line prints the same).
import { useMemo, useRef } from 'react';
import { fixedPointWorkedExample } from '../../explain/fixedPointExample';
import type { TableSection } from '../../explain/workedExample';
import { useScrollToCurrent } from '../common/useScrollToCurrent';
import { useStyleSheet } from '../common/useStyleSheet';
import { SectionTable } from '../Recurrent/SectionTable';
import { FIXED_POINT_CSS } from './fixedPointStyles';
import type { FixedPointViewProps } from './types';
import { CopyTableButtons } from '../WorkedExample/CopyTableButtons';

/** The table the cursor's stage is in: the forward or the adjoint relaxation, or the update. */
function currentTable(model: FixedPointViewProps['model']): string | null {
  switch (model.stage?.stage) {
    case 'forward':
      return 'forward relaxation';
    case 'loss':
      return ': loss (';
    case 'adjoint':
      return 'adjoint relaxation';
    case 'gradients':
      return model.phase?.kind === 'update' ? 'before and after' : 'batch gradient';
    default:
      return null;
  }
}

export function FixedPointTables({ model, reducedMotion = false }: FixedPointViewProps) {
  useStyleSheet(FIXED_POINT_CSS);
  const { trace } = model;
  const current = currentTable(model);
  const isCurrent = (section: TableSection): boolean =>
    current !== null && section.heading.includes(current);
  // the panel (never the page) keeps the cursor's table at its top as the stage changes
  const panel = useRef<HTMLElement>(null);
  useScrollToCurrent(
    panel,
    current === null ? null : `${trace?.update ?? 0}/${model.sampleIndex}/${current}`,
    reducedMotion,
  );
  const example = useMemo(
    () =>
      trace ? fixedPointWorkedExample(`Fixed-point net, update ${trace.update}`, [trace]) : null,
    [trace],
  );
  const shown = (sample: number | undefined): boolean =>
    sample === undefined || sample === model.sampleIndex;
  return (
    <section ref={panel} aria-label="Worked example" className="panel worked-example fp-worked">
      <h2>Worked example</h2>
      {!example ? (
        <p className="hint">
          Step forward to trace an update: its tables list both relaxations iteration by iteration,
          the fixed point, v*, δ, every gradient and the change of every weight.
        </p>
      ) : (
        <>
          <CopyTableButtons model={example} />
          {example.sections
            .filter((section) => shown(section.sample))
            .map((section) => {
              const on = isCurrent(section);
              return (
                <div
                  key={section.heading}
                  className={on ? 'fp-step fp-step-current' : 'fp-step'}
                  aria-current={on ? 'step' : undefined}
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
