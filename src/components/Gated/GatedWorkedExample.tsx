// The LSTM/GRU worked example (region "Worked example"): the shown sequence's tables — inputs,
// every gate, c and h going forward, the losses, ∂L/∂h, ∂L/∂c and each gate's δ coming back —
// then, stepping through an update, the batch gradient and every parameter before and after.
// The forward table is marked while the cursor is in the forward pass. Copy as Markdown/LaTeX.
import { useMemo, useState } from 'react';
import { formatWorkedExample, type TableFormat } from '../../explain/format';
import { gatedSequenceExample } from '../../explain/gatedExample';
import { cursorOf } from '../../viz/unrolledValues';
import { SectionTable } from '../Recurrent/SectionTable';
import type { GatedViewProps } from './viewModel';

export function GatedWorkedExample({ model }: GatedViewProps) {
  const { sample, trace, spec } = model;
  const name = spec.cell === 'lstm' ? 'LSTM' : 'GRU';
  const title = trace ? `${name}, update ${trace.update}` : `${name}, the shown sequence`;
  const example = useMemo(
    () =>
      sample ? gatedSequenceExample(title, spec.cell, sample, trace, model.sampleIndex) : null,
    [title, spec.cell, sample, trace, model.sampleIndex],
  );
  const cursor = cursorOf(model.phase, model.sampleIndex);
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
  return (
    <section aria-label="Worked example" className="panel worked-example rnn-worked">
      <h2>Worked example</h2>
      {!example && <p>No sequence to show yet.</p>}
      {example && (
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
