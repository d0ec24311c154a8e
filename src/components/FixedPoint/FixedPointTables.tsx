// The fixed-point worked example (region "Worked example"): for the traced update, per sample
// the forward relaxation iteration by iteration, the fixed point with D = f′(u*), the loss,
// the adjoint relaxation, v* and δ; then every gradient and the update. Copy as Markdown or
// LaTeX. The tables come from explain/fixedPointExample.ts (the command line prints the same).
import { useMemo, useState } from 'react';
import { fixedPointWorkedExample } from '../../explain/fixedPointExample';
import { formatWorkedExample, type TableFormat } from '../../explain/format';
import { SectionTable } from '../Recurrent/SectionTable';
import type { FixedPointViewProps } from './types';

export function FixedPointTables({ model }: FixedPointViewProps) {
  const { trace } = model;
  const example = useMemo(
    () =>
      trace ? fixedPointWorkedExample(`Fixed-point net, update ${trace.update}`, [trace]) : null,
    [trace],
  );
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async (format: TableFormat): Promise<void> => {
    if (!example) return;
    try {
      await navigator.clipboard.writeText(formatWorkedExample(example, format));
      setCopied(`Copied as ${format === 'markdown' ? 'Markdown' : 'LaTeX'}.`);
    } catch {
      setCopied(
        'The browser did not allow copying; use the command line: npm run cli -- trace <file> --format markdown',
      );
    }
  };
  const shown = (sample: number | undefined): boolean =>
    sample === undefined || sample === model.sampleIndex;
  return (
    <section aria-label="Worked example" className="panel worked-example fp-worked">
      <h2>Worked example</h2>
      {!example ? (
        <p className="hint">
          Step forward to trace an update: its tables list both relaxations iteration by iteration,
          the fixed point, v*, δ, every gradient and the change of every weight.
        </p>
      ) : (
        <>
          <div className="buttons">
            <button type="button" onClick={() => void copy('markdown')}>
              Copy as Markdown
            </button>
            <button type="button" onClick={() => void copy('latex')}>
              Copy as LaTeX
            </button>
            <span role="status" aria-live="polite" className="copied">
              {copied}
            </span>
          </div>
          {example.sections
            .filter((section) => shown(section.sample))
            .map((section) => (
              <SectionTable key={section.heading} section={section} />
            ))}
        </>
      )}
    </section>
  );
}
