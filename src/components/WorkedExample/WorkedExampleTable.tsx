// The worked-example table of the shown update, in textbook order (forward values, loss,
// backward values, gradients with their chain-rule factors, new parameters), with buttons
// that copy it as Markdown or LaTeX — the CLI's formats.
import { useMemo, useState } from 'react';
import { formatNumber, formatWorkedExample, workedExample, type TableFormat } from '../../explain';
import { useAppStore } from '../../store/context';
import { selectTrace } from '../../store/selectors';

/** Larger nets make tables no one reads: the chain-rule panel serves them instead. */
export const WORKED_EXAMPLE_MAX_PARAMS = 30;

export function WorkedExampleTable() {
  const trace = useAppStore(selectTrace);
  const title = useAppStore((s) => s.summary?.title ?? '');
  const [copied, setCopied] = useState<string | null>(null);
  const model = useMemo(() => (trace ? workedExample(title, [trace]) : null), [trace, title]);
  const copy = async (format: TableFormat): Promise<void> => {
    if (!model) return;
    try {
      await navigator.clipboard.writeText(formatWorkedExample(model, format));
      setCopied(`Copied as ${format === 'markdown' ? 'Markdown' : 'LaTeX'}.`);
    } catch {
      setCopied(
        'The browser did not allow copying; use the command line: npm run cli -- trace <file> --format markdown',
      );
    }
  };
  const params = trace?.before.length ?? 0;
  return (
    <section className="panel worked-example" aria-label="Worked example">
      <h2>Worked example</h2>
      {!trace && <p>Step forward to compute an update; every number of it appears here.</p>}
      {trace && params > WORKED_EXAMPLE_MAX_PARAMS && (
        <p>
          This network has {params} parameters: too many for a table. Select a weight to see its
          chain rule instead.
        </p>
      )}
      {model && params <= WORKED_EXAMPLE_MAX_PARAMS && (
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
          {model.sections.map((section) => (
            <table key={section.heading}>
              <caption>{section.heading}</caption>
              <thead>
                <tr>
                  {section.columns.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {section.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, c) =>
                      c === 0 ? (
                        <th key={c} scope="row">
                          {cell}
                        </th>
                      ) : (
                        <td
                          key={c}
                          className="num"
                          title={typeof cell === 'number' ? String(cell) : undefined}
                        >
                          {typeof cell === 'number' ? formatNumber(cell) : cell}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </>
      )}
    </section>
  );
}
