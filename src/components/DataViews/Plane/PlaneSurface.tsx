// The clickable plane for adding points: a click adds one where it lands; from the keyboard the
// arrows move a cursor in tick-sized steps (Shift: five steps) and Enter or Space adds one there.
import { tickStep, type ScaleLinear } from 'd3';
import { useState, type KeyboardEvent, type MouseEvent } from 'react';
import { formatShort } from '../../../viz/format';
import { plainText } from '../../../viz/planeText';

export interface PlaneSurfaceProps {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  readonly size: number;
  readonly labels: readonly [string, string];
  /** The class the next point gets, or null when points cannot be added. */
  readonly className: string | null;
  readonly onAdd: ((x: number, y: number) => void) | null;
  /** A sentence for the view's live region. */
  readonly onAnnounce: (text: string) => void;
}

const MOVES: Record<string, readonly [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

/** Whole steps along a scale's domain: the cursor's coordinates are i·step. */
function stepsOf(scale: ScaleLinear<number, number>) {
  const [a, b] = scale.domain();
  const step = tickStep(Math.min(a, b), Math.max(a, b), 24);
  const at = (i: number) => (step < 1 ? i / Math.round(1 / step) : i * step);
  const lo = Math.ceil(Math.min(a, b) / step);
  const hi = Math.floor(Math.max(a, b) / step);
  return { at, lo, hi, mid: Math.round((lo + hi) / 2) };
}

export function PlaneSurface({
  x,
  y,
  size,
  labels,
  className,
  onAdd,
  onAnnounce,
}: PlaneSurfaceProps) {
  const [cursor, setCursor] = useState<readonly [number, number] | null>(null);
  const [focused, setFocused] = useState(false);
  if (!onAdd || className === null) return null;
  const sx = stepsOf(x);
  const sy = stepsOf(y);
  const [i, j] = cursor ?? [sx.mid, sy.mid];
  const cx = sx.at(Math.max(sx.lo, Math.min(sx.hi, i)));
  const cy = sy.at(Math.max(sy.lo, Math.min(sy.hi, j)));
  const where = (px: number, py: number) =>
    `${plainText(labels[0])} ${formatShort(px)}, ${plainText(labels[1])} ${formatShort(py)}`;
  const add = (px: number, py: number) => {
    onAdd(px, py);
    onAnnounce(`Added a ${className} point at ${where(px, py)}.`);
  };
  const onClick = (e: MouseEvent<SVGRectElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    add(x.invert(e.clientX - box.left), y.invert(e.clientY - box.top));
  };
  const onKeyDown = (e: KeyboardEvent<SVGRectElement>) => {
    const move = MOVES[e.key];
    if (move) {
      e.preventDefault();
      const n = e.shiftKey ? 5 : 1;
      const ni = Math.max(sx.lo, Math.min(sx.hi, i + move[0] * n));
      const nj = Math.max(sy.lo, Math.min(sy.hi, j + move[1] * n));
      setCursor([ni, nj]);
      onAnnounce(`Cursor at ${where(sx.at(ni), sy.at(nj))}.`);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      add(cx, cy);
    }
  };
  return (
    <g>
      <rect
        className="pl-surface"
        width={size}
        height={size}
        fill="transparent"
        role="button"
        tabIndex={0}
        aria-label={`Add a ${className} point: click the plane, or press Enter to add one at the cursor (${where(cx, cy)}); arrow keys move the cursor`}
        style={{ cursor: 'crosshair' }}
        onClick={onClick}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      />
      {focused ? (
        <g
          className="pl-cursor"
          pointerEvents="none"
          aria-hidden="true"
          stroke="#111"
          strokeWidth={1.5}
        >
          <line x1={x(cx)} x2={x(cx)} y1={y(cy) - 14} y2={y(cy) + 14} />
          <line x1={x(cx) - 14} x2={x(cx) + 14} y1={y(cy)} y2={y(cy)} />
          <circle cx={x(cx)} cy={y(cy)} r={7} fill="none" stroke="#fff" strokeWidth={4} />
          <circle cx={x(cx)} cy={y(cy)} r={7} fill="none" />
        </g>
      ) : null}
    </g>
  );
}
