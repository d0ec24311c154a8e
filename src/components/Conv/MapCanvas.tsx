// One channel of a feature map as a small canvas image: a cell per value on the layer's
// diverging scale, its number written when the cells are large, the picked cell outlined in
// black, marked cells (a receptive field, a pooling winner) outlined in purple. Focusable:
// arrow keys move the pick, Home/End jump; a click picks the cell under the pointer.
import { useEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { textColorFor } from '../../viz/colors';
import { cellSize, moveInTile, NUMBER_CELL, tileFills, type MapTile } from '../../viz/convMaps';
import { formatNumber } from '../../viz/format';

/** How a cell is marked: part of the picked cell's window, or a max-pooling winner. */
export type CellMark = 'field' | 'winner';

export interface MapCanvasProps {
  readonly tile: MapTile;
  readonly values: ArrayLike<number>;
  readonly range: number;
  /** Local index (in the tile) of the picked cell, or null. */
  readonly picked: number | null;
  readonly marks: ReadonlyMap<number, CellMark>;
  /** The map's accessible name ("Layer 1 (convolution), channel 1, 3×3"). */
  readonly label: string;
  readonly onPick: (local: number) => void;
  /** Channels of the layer (many channels draw smaller maps). */
  readonly channels: number;
}

function draw(
  canvas: HTMLCanvasElement,
  props: MapCanvasProps,
  fills: readonly string[],
  size: number,
): void {
  let ctx: CanvasRenderingContext2D | null;
  try {
    ctx = canvas.getContext('2d');
  } catch {
    ctx = null;
  }
  if (!ctx) return; // jsdom: the label and the detail panel carry the numbers
  const { tile, values, picked, marks } = props;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.font = `${Math.round(size * 0.38)}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (let k = 0; k < tile.count; k += 1) {
    const x = (k % tile.cols) * size;
    const y = Math.floor(k / tile.cols) * size;
    ctx.fillStyle = fills[k];
    ctx.fillRect(x, y, size, size);
    if (size >= NUMBER_CELL) {
      ctx.fillStyle = textColorFor(fills[k]);
      ctx.fillText(formatNumber(values[tile.offset + k], 'short'), x + size / 2, y + size / 2);
    }
  }
  ctx.lineWidth = size >= 12 ? 3 : 2;
  for (const [k, mark] of marks) {
    const x = (k % tile.cols) * size;
    const y = Math.floor(k / tile.cols) * size;
    ctx.strokeStyle = '#6a3d9a';
    ctx.setLineDash(mark === 'winner' ? [] : [4, 2]);
    ctx.strokeRect(x + 1.5, y + 1.5, size - 3, size - 3);
    if (mark === 'winner') {
      ctx.fillStyle = '#6a3d9a';
      ctx.beginPath();
      ctx.arc(x + size - 5, y + 5, Math.max(2, size / 9), 0, 2 * Math.PI);
      ctx.fill();
    }
  }
  ctx.setLineDash([]);
  if (picked !== null) {
    ctx.strokeStyle = '#111';
    ctx.lineWidth = 3;
    const x = (picked % tile.cols) * size;
    const y = Math.floor(picked / tile.cols) * size;
    ctx.strokeRect(x + 1.5, y + 1.5, size - 3, size - 3);
  }
}

export function MapCanvas(props: MapCanvasProps) {
  const { tile, values, range, picked, label, onPick, channels } = props;
  const ref = useRef<HTMLCanvasElement>(null);
  const size = cellSize(tile.rows, tile.cols, channels);
  const fills = useMemo(() => tileFills(values, tile, range), [values, tile, range]);
  useEffect(() => {
    if (ref.current) draw(ref.current, props, fills, size);
  });
  const onKeyDown = (event: KeyboardEvent) => {
    const next = moveInTile(tile, picked ?? 0, event.key);
    if (next === null) {
      if ((event.key === 'Enter' || event.key === ' ') && picked === null) {
        event.preventDefault();
        onPick(0);
      }
      return;
    }
    event.preventDefault();
    onPick(next);
  };
  const onClick = (event: MouseEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const col = Math.floor(((event.clientX - box.left) / box.width) * tile.cols);
    const row = Math.floor(((event.clientY - box.top) / box.height) * tile.rows);
    const k = row * tile.cols + col;
    if (col >= 0 && col < tile.cols && row >= 0 && k < tile.count) onPick(k);
  };
  const value = picked !== null ? values[tile.offset + picked] : null;
  const where =
    picked === null
      ? 'no cell picked; arrow keys pick one'
      : `cell row ${Math.floor(picked / tile.cols) + 1}, column ${(picked % tile.cols) + 1}: ${formatNumber(value ?? NaN)}`;
  return (
    <div
      className={`conv-map${picked !== null ? ' conv-map-picked' : ''}`}
      role="group"
      tabIndex={0}
      aria-label={`${label}; ${where}`}
      onKeyDown={onKeyDown}
    >
      <canvas
        ref={ref}
        width={tile.cols * size}
        height={tile.rows * size}
        onClick={onClick}
        aria-hidden="true"
      />
    </div>
  );
}
