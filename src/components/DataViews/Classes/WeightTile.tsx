// One first-layer unit's incoming weights as a tiny canvas (one canvas pixel per weight, scaled
// up with image-rendering: pixelated) inside a button. Draws nothing where canvas is missing.
import { useEffect, useRef } from 'react';
import { imageShape, type WeightTile as Tile } from '../../../viz/classes';
import { formatShort } from '../../../viz/format';

export interface WeightTileProps {
  readonly tile: Tile;
  /** Accessible name, e.g. "Hidden unit 5 weights". */
  readonly name: string;
  readonly size: number;
  readonly selected: boolean;
  readonly onSelect: ((j: number) => void) | undefined;
}

export function WeightTile({ tile, name, size, selected, onSelect }: WeightTileProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const { cols, rows } = imageShape(tile.fills.length);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    tile.fills.forEach((fill, i) => {
      ctx.fillStyle = fill;
      ctx.fillRect(i % cols, Math.floor(i / cols), 1, 1);
    });
  }, [tile, cols]);
  let lo = Infinity;
  let hi = -Infinity;
  for (const w of tile.weights) {
    lo = Math.min(lo, w);
    hi = Math.max(hi, w);
  }
  return (
    <button
      type="button"
      className="bl-weight-tile"
      aria-label={name}
      aria-pressed={selected}
      title={`${name}: ${formatShort(lo)} to ${formatShort(hi)}`}
      onClick={() => onSelect?.(tile.unit)}
      style={{
        padding: 2,
        lineHeight: 0,
        background: '#fff',
        border: selected ? '3px solid #111' : '1px solid #bbb',
        cursor: onSelect ? 'pointer' : 'default',
      }}
    >
      <canvas
        ref={ref}
        aria-hidden="true"
        width={cols}
        height={rows}
        data-unit={tile.unit}
        style={{
          width: size,
          height: cols > 0 ? (size * rows) / cols : 0,
          imageRendering: 'pixelated',
        }}
      />
    </button>
  );
}
