// The time strip of a long sequence: which steps the unrolled graph shows, moved by a slider
// ("Time window") or by buttons one step, a window, or to the cursor. Presentational.
export interface TimeStripProps {
  readonly T: number;
  readonly count: number;
  /** First shown step, 0-based. */
  readonly start: number;
  readonly cursorT: number | null;
  readonly onStart: (start: number) => void;
}

export function TimeStrip({ T, count, start, cursorT, onStart }: TimeStripProps) {
  const last = Math.max(0, T - count);
  const to = (s: number) => onStart(Math.max(0, Math.min(last, s)));
  const shown = `steps ${start + 1}–${start + count} of ${T}`;
  return (
    <div className="rnn-strip" role="group" aria-label="Time strip">
      <button
        type="button"
        onClick={() => to(start - count)}
        disabled={start === 0}
        aria-label="Earlier steps (a window back)"
      >
        «
      </button>
      <button
        type="button"
        onClick={() => to(start - 1)}
        disabled={start === 0}
        aria-label="One step earlier"
      >
        ‹
      </button>
      <label>
        <span>Time window</span>
        <input
          type="range"
          min={0}
          max={last}
          step={1}
          value={start}
          aria-valuetext={shown}
          onChange={(e) => to(Number(e.target.value))}
        />
      </label>
      <button
        type="button"
        onClick={() => to(start + 1)}
        disabled={start >= last}
        aria-label="One step later"
      >
        ›
      </button>
      <button
        type="button"
        onClick={() => to(start + count)}
        disabled={start >= last}
        aria-label="Later steps (a window on)"
      >
        »
      </button>
      {cursorT !== null && (cursorT < start || cursorT >= start + count) && (
        <button type="button" onClick={() => to(cursorT - Math.floor((count - 1) / 2))}>
          Back to t = {cursorT + 1}
        </button>
      )}
      <span aria-hidden="true">{shown}</span>
    </div>
  );
}
