// The worked-example table of the shown update, in textbook order (forward values, loss,
// backward values, gradients with their chain-rule factors, new parameters), with buttons
// that copy it as Markdown or LaTeX — the CLI's formats. On the latest update, inputs,
// targets (inline data), starting weights and the learning rate are edited in place and the
// worker computes the update again. The section of the stepping cursor's phase is marked as
// current, and the panel (where it scrolls on its own) scrolls to it.
import { useMemo, useRef } from 'react';
import { workedExample } from '../../explain';
import { useAppStore } from '../../store/context';
import { selectActions, selectRevisable, selectMlpTrace } from '../../store/selectors';
import type { AppStoreState, Selection } from '../../store/types';
// its own line, apart from the selectors above, so the table's trace selector can change alone
import { selectPhase } from '../../store/selectors';
import { useScrollToCurrent } from '../common/useScrollToCurrent';
import { CopyTableButtons } from './CopyTableButtons';
import { currentSectionKey, sectionKey } from './currentSection';
import { ReviseRate } from './ReviseRate';
import { SectionTable } from './SectionTable';
import { editsFor, NO_EDITS } from './tableEdits';

/** Larger nets make tables no one reads: the chain-rule panel serves them instead. */
export const WORKED_EXAMPLE_MAX_PARAMS = 30;

/** Inline data whose targets are rows: its inputs and targets can be edited in the table. */
const selectInlineRows = (s: AppStoreState): boolean => {
  const data = (s.scenario as { data?: { kind?: string; targets?: unknown[] } } | null)?.data;
  return data?.kind === 'inline' && (data.targets ?? []).every(Array.isArray);
};

export interface WorkedExampleTableProps {
  /** A row's neuron or parameter under the pointer or focus, to light it in the graph. */
  readonly onHighlight?: (ref: Selection | null) => void;
}

export function WorkedExampleTable({ onHighlight }: WorkedExampleTableProps = {}) {
  const trace = useAppStore(selectMlpTrace);
  const revisable = useAppStore(selectRevisable);
  const inlineRows = useAppStore(selectInlineRows);
  const actions = useAppStore(selectActions);
  const selection = useAppStore((s) => s.selection);
  const withheld = useAppStore((s) => s.withheld);
  const title = useAppStore((s) => s.summary?.title ?? '');
  const current = useAppStore((s) => currentSectionKey(selectPhase(s)));
  const reducedMotion = useAppStore((s) => s.reducedMotion);
  const panel = useRef<HTMLElement>(null);
  useScrollToCurrent(
    panel,
    trace && current !== null ? `${trace.update}/${current}` : null,
    reducedMotion,
  );
  const model = useMemo(() => (trace ? workedExample(title, [trace]) : null), [trace, title]);
  const params = trace?.before.length ?? 0;
  const editOf = useMemo(
    () => (trace && revisable ? editsFor(trace, inlineRows) : NO_EDITS),
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
      {trace && model && params <= WORKED_EXAMPLE_MAX_PARAMS && (
        <>
          <CopyTableButtons model={model} />
          <ReviseRate trace={trace} revisable={revisable} revise={actions.revise} />
          {model.sections.map((section) => (
            <SectionTable
              key={section.heading}
              section={section}
              current={sectionKey(section) === current}
              editOf={editOf}
              selection={selection}
              select={actions.select}
              revise={actions.revise}
              onHighlight={onHighlight}
              withheld={withheld}
            />
          ))}
        </>
      )}
    </section>
  );
}
