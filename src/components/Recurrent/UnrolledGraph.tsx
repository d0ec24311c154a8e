// The unrolled RNN (region "Network graph"): a column per time step, the shared weights in
// one colour per value, the cursor's step, δ flowing back through time, the current truncation
// sweep, and a window with a time strip for long sequences. One tab stop; arrows walk inside.
import { useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import { followCursor, visibleCount, windowAround, windowSteps } from '../../viz/timeWindow';
import {
  firstItem,
  itemKey,
  itemRef,
  itemValid,
  moveItem,
  ownsKey,
  type UnrolledItem,
} from '../../viz/unrolledKeys';
import { layoutUnrolled, unrolledHeight } from '../../viz/unrolledLayout';
import { itemCaption } from '../../viz/unrolledText';
import { currentSweep, cursorOf, deltaArrows, weightPainter } from '../../viz/unrolledValues';
import { useElementSize } from '../common/useElementSize';
import { useStyleSheet } from '../common/useStyleSheet';
import { RECURRENT_CSS } from './recurrentStyles';
import { TimeStrip } from './TimeStrip';
import { UnrolledSvg } from './UnrolledSvg';
import type { RecurrentViewProps } from './viewModel';

export function UnrolledGraph({ model, selection, onSelect, live }: RecurrentViewProps) {
  useStyleSheet(RECURRENT_CSS);
  const [box, measured] = useElementSize<HTMLDivElement>({ width: 640, height: 0 });
  const width = Math.max(200, measured.width);
  const sample = model.sample;
  const T = sample?.steps.length ?? 0;
  const { inputs, hidden, outputs, readout } = model.spec;
  const shape = useMemo(
    () => ({ inputs, hidden, outputs, readout }),
    [inputs, hidden, outputs, readout],
  );
  // memoized (as is the selected entry): the canvas regroups its strokes only when they change
  const cursor = useMemo(
    () => cursorOf(model.phase, model.sampleIndex),
    [model.phase, model.sampleIndex],
  );
  const count = visibleCount(T, width);
  // the window jumps to the cursor when the cursor moves out of it; otherwise it stays put
  const [win, setWin] = useState(() => ({
    start: windowAround(T, count, cursor.t ?? 0),
    cursor: cursor.t,
  }));
  let start = followCursor(win.start, count, T, null);
  if (win.cursor !== cursor.t) {
    start = followCursor(win.start, count, T, cursor.t);
    setWin({ start, cursor: cursor.t });
  }
  const setStart = (s: number) => setWin((w) => ({ ...w, start: s }));
  const steps = useMemo(() => windowSteps(start, count), [start, count]);
  const height = unrolledHeight(shape);
  const layout = useMemo(
    () => layoutUnrolled(shape, steps, width, height),
    [shape, steps, width, height],
  );
  const paint = useMemo(
    () => weightPainter(model.layout, model.params),
    [model.layout, model.params],
  );
  const ctx = useMemo(() => ({ shape, steps }), [shape, steps]);
  const [focusState, setFocus] = useState<UnrolledItem | null>(null);
  const [inspected, setInspected] = useState<UnrolledItem | null>(null);
  const focus = focusState && itemValid(ctx, focusState) ? focusState : firstItem(ctx);
  const activate = useCallback((item: UnrolledItem) => onSelect(itemRef(item)), [onSelect]);
  const keyDown = useCallback(
    (e: KeyboardEvent, item: UnrolledItem) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        activate(item);
        return;
      }
      const next = moveItem(ctx, item, e.key);
      if (!next) {
        if (ownsKey(e.key)) e.preventDefault();
        return;
      }
      e.preventDefault();
      setFocus(next);
      setInspected(next);
      const svg = (e.currentTarget as Element).closest('svg');
      svg?.querySelector<SVGGElement>(`[data-key="${itemKey(next)}"]`)?.focus();
    },
    [ctx, activate],
  );
  const onItem = useMemo(
    () => ({
      focus: (item: UnrolledItem) => {
        setFocus(item);
        setInspected(item);
      },
      blur: () => setInspected(null),
      activate,
      keyDown,
    }),
    [activate, keyDown],
  );
  const selectedEntry = useMemo(
    () =>
      selection?.kind === 'entry' && selection.position.length === 2
        ? { block: selection.block, j: selection.position[0], i: selection.position[1] }
        : null,
    [selection],
  );
  const selectedKey =
    selection?.kind === 'neuron' && selection.t !== undefined
      ? itemKey({
          kind: 'node',
          group: (['x', 'h', 'y'] as const)[selection.layer] ?? 'h',
          t: selection.t,
          j: selection.j,
        })
      : null;
  const sweep = sample ? currentSweep(sample.sweeps, cursor) : null;
  const arrows = sample ? deltaArrows(sample, steps, cursor) : [];
  const shown = inspected && itemValid(ctx, inspected) ? inspected : null;
  const caption =
    sample && shown
      ? itemCaption({ ...model, sample }, shown)
      : 'Hover over or focus a unit or a weight to read its values; Enter or a click selects it.';
  const bptt = model.sequence.bptt;
  return (
    <section aria-label="Network graph" className="panel rnn-graph">
      <h2>Network graph: unrolled through time</h2>
      <p className="rnn-legend">
        Unrolled through time: each column is one time step t, with inputs x, hidden state h and
        {readout ? ' outputs y' : ' h as the output'}. The weights Wxh, Whh
        {readout ? ' and Why' : ''} are shared across time: the same weight has the same colour at
        every step (blue positive, vermillion dashed negative, thicker is larger).
        {bptt.mode === 'truncated'
          ? ` Truncated BPTT(${bptt.k1}, ${bptt.k2}): the shaded columns are the steps the current sweep goes back over.`
          : ''}
      </p>
      {!sample && <p>No sequence to show yet.</p>}
      {sample && T > count && (
        <TimeStrip
          T={T}
          count={count}
          start={start}
          cursorT={cursor.t}
          onStart={(s) => setStart(s)}
        />
      )}
      <div ref={box} style={{ width: '100%', overflow: 'hidden' }}>
        {sample && (
          <UnrolledSvg
            layout={layout}
            sample={sample}
            cursor={cursor}
            paint={paint}
            arrows={arrows}
            sweep={sweep}
            tabStop={itemKey(focus)}
            selectedKey={selectedKey}
            selectedEntry={selectedEntry}
            onItem={onItem}
            live={live ?? false}
          />
        )}
      </div>
      {sweep && (
        <p className="rnn-legend">
          {`Sweep at t = ${sweep.at}: injects ${sweep.injected.length ? `the losses of ${sweep.injected.join(', ')}` : 'no loss'}, goes back over steps ${sweep.swept[0]}–${sweep.swept[sweep.swept.length - 1]}.`}
        </p>
      )}
      <p className="rnn-caption" aria-live="polite" data-testid="graph-caption">
        {caption}
      </p>
    </section>
  );
}
