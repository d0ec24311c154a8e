// The chart's crosshair position: follows the pointer, and the arrow, Home and End keys step
// it through the densest series' points; Escape or leaving clears it.
import { useState, type KeyboardEvent, type PointerEvent } from 'react';
import { nearestIndex, type PreparedSeries } from '../../viz/chartData';

/** The x of the next point a key moves to, or null when the key does not move the cursor. */
function nextX(key: string, pts: PreparedSeries['points'], cursor: number | null): number | null {
  const at = cursor === null ? -1 : nearestIndex(pts, cursor);
  const next =
    key === 'ArrowRight'
      ? Math.min(pts.length - 1, at + 1)
      : key === 'ArrowLeft'
        ? at < 0
          ? pts.length - 1
          : Math.max(0, at - 1)
        : key === 'Home'
          ? 0
          : key === 'End'
            ? pts.length - 1
            : null;
  return next === null ? null : pts[next].x;
}

export function useChartCursor(stepper: PreparedSeries | null, invertX: (px: number) => number) {
  const [cursor, setCursor] = useState<number | null>(null);
  const onPointer = (e: PointerEvent<SVGRectElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    setCursor(invertX(e.clientX - box.left));
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const pts = stepper?.points ?? [];
    if (pts.length === 0) return;
    if (e.key === 'Escape') {
      setCursor(null);
      return;
    }
    const x = nextX(e.key, pts, cursor);
    if (x === null) return;
    e.preventDefault();
    setCursor(x);
  };
  const clear = () => setCursor(null);
  return { cursor, onPointer, onKey, clear };
}
