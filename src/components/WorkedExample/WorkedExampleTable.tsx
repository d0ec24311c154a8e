// The worked-example table of the shown update, in textbook order (forward values, loss,
// backward values, gradients with their chain-rule factors, new parameters), with buttons
// that copy it as Markdown or LaTeX — the CLI's formats. On the latest update, inputs,
// targets (inline data), starting weights and the learning rate are edited in place and the
// worker computes the update again. The section of the stepping cursor's phase is marked as
// current, and the panel (where it scrolls on its own) scrolls to it.
import { useMemo, useRef, useState } from 'react';
import {
  formatNumber,
  formatWorkedExample,
  workedExample,
  type Cell,
  type TableFormat,
  type TableSection,
} from '../../explain';
import type { StepTrace } from '../../engine/types';
import type { RevisionEdit } from '../../protocol/messages';
import { useAppStore } from '../../store/context';
import { selectActions, selectRevisable, selectMlpTrace } from '../../store/selectors';
import type { Selection } from '../../store/types';
import { refKey, sameRef } from '../../viz/refs';
import { NumberField } from '../Controls/NumberField';
// its own line, apart from the selectors above, so the table's trace selector can change alone
import { selectPhase } from '../../store/selectors';
import { useScrollToCurrent } from '../common/useScrollToCurrent';
import { EditableCell } from './EditableCell';
import { currentSectionKey, sectionKey } from './currentSection';

/** Larger nets make tables no one reads: the chain-rule panel serves them instead. */
export const WORKED_EXAMPLE_MAX_PARAMS = 30;

/** Short names for the scrolling wrappers (the captions carry the full headings). */
const TABLE_NAMES: Record<TableSection['kind'], string> = {
  forward: 'Forward pass table',
  loss: 'Loss table',
  backward: 'Backward pass table',
  gradients: 'Gradients table',
  update: 'Update table',
};

/** The edit a cell stands for, or null when it is a computed value. */
type EditOf = (section: TableSection, row: number, column: number) => RevisionEdit | null;

function editsFor(trace: StepTrace, dataEditable: boolean): EditOf {
  return (section, row, column) => {
    const sample = section.sample === undefined ? null : trace.samples[section.sample];
    switch (section.kind) {
      case 'forward':
        return dataEditable && sample && column === 2 && row < sample.input.length
          ? { kind: 'input', sample: sample.index, column: row, value: NaN }
          : null;
      case 'loss':
        return dataEditable && sample && column === 2 && row < sample.target.length
          ? { kind: 'target', sample: sample.index, column: row, value: NaN }
          : null;
      case 'update':
        return column === 1 ? { kind: 'param', index: row, value: NaN } : null;
      default:
        return null;
    }
  };
}

function cellLabel(section: TableSection, row: readonly Cell[]): string {
  const name = String(row[0]);
  const of = section.sample !== undefined ? ` of sample ${section.sample + 1}` : '';
  if (section.kind === 'forward') return `Input ${name}${of}`;
  if (section.kind === 'loss') return `Target for ${name}${of}`;
  return `${name} before this update`;
}

export interface WorkedExampleTableProps {
  /** A row's neuron or parameter under the pointer or focus, to light it in the graph. */
  readonly onHighlight?: (ref: Selection | null) => void;
}

export function WorkedExampleTable({ onHighlight }: WorkedExampleTableProps = {}) {
  const trace = useAppStore(selectMlpTrace);
  const revisable = useAppStore(selectRevisable);
  const inlineRows = useAppStore((s) => {
    const data = (s.scenario as { data?: { kind?: string; targets?: unknown[] } } | null)?.data;
    return data?.kind === 'inline' && (data.targets ?? []).every(Array.isArray);
  });
  const actions = useAppStore(selectActions);
  const selection = useAppStore((s) => s.selection);
  const title = useAppStore((s) => s.summary?.title ?? '');
  const current = useAppStore((s) => currentSectionKey(selectPhase(s)));
  const reducedMotion = useAppStore((s) => s.reducedMotion);
  const panel = useRef<HTMLElement>(null);
  useScrollToCurrent(
    panel,
    trace && current !== null ? `${trace.update}/${current}` : null,
    reducedMotion,
  );
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
  const editOf = useMemo(
    () => (trace && revisable ? editsFor(trace, inlineRows) : () => null),
    [trace, revisable, inlineRows],
  );
  return (
    <section className="panel worked-example" aria-label="Worked example" ref={panel}>
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
          {revisable && trace ? (
            <div className="revise">
              <NumberField
                label="η used by this update"
                compact
                value={trace.optimizer.config.learningRate}
                min={0}
                max={100}
                onCommit={(text) => {
                  const value = Number(text);
                  if (text.trim() === '' || !Number.isFinite(value)) return false;
                  actions.revise({ kind: 'learningRate', value });
                  return true;
                }}
              />
              <p className="hint">
                Edit an input, a target, a starting weight or the learning rate η: this update is
                computed again at once.
              </p>
            </div>
          ) : (
            trace && <p className="hint">Values can be edited on the latest update while paused.</p>
          )}
          {model.sections.map((section) => (
            // a wide table scrolls on its own (focusable, so the keyboard can scroll it too)
            <div
              key={section.heading}
              className="table-scroll"
              aria-current={sectionKey(section) === current ? 'step' : undefined}
              tabIndex={0}
              role="group"
              aria-label={`${TABLE_NAMES[section.kind]}${section.sample === undefined ? '' : `, sample ${section.sample + 1}`}`}
            >
              <table>
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
                    <tr
                      key={r}
                      // a lesson's `table.row.<name>` finds its row by this key ("loss" for L)
                      data-ref={section.refs[r] ? refKey(section.refs[r]) : 'loss'}
                      onMouseEnter={() => onHighlight?.(section.refs[r])}
                      onMouseLeave={() => onHighlight?.(null)}
                    >
                      {row.map((cell, c) => {
                        const edit = typeof cell === 'number' ? editOf(section, r, c) : null;
                        const ref = section.refs[r];
                        if (c === 0)
                          return (
                            <th key={c} scope="row">
                              {ref ? (
                                // the row's name selects it in the graph and the chain rule
                                <button
                                  type="button"
                                  className="row-ref"
                                  aria-pressed={sameRef(selection, ref)}
                                  onClick={() => actions.select(ref)}
                                  onFocus={() => onHighlight?.(ref)}
                                  onBlur={() => onHighlight?.(null)}
                                >
                                  {cell}
                                </button>
                              ) : (
                                cell
                              )}
                            </th>
                          );
                        if (edit && typeof cell === 'number')
                          return (
                            <EditableCell
                              key={c}
                              value={cell}
                              label={cellLabel(section, row)}
                              onCommit={(value) => actions.revise({ ...edit, value })}
                            />
                          );
                        return (
                          <td
                            key={c}
                            className="num"
                            title={typeof cell === 'number' ? String(cell) : undefined}
                          >
                            {typeof cell === 'number' ? formatNumber(cell) : cell}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
              {section.note && <p className="fixed-note">{section.note}</p>}
            </div>
          ))}
        </>
      )}
    </section>
  );
}
