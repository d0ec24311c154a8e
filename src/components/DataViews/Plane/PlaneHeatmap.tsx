// The network's prediction over the plane: the grid drawn at its own resolution and scaled up
// with smoothing, offset by half a cell so each pixel's centre sits on its grid point.
// Decorative: the region's text summary says what it shows.
import { useMemo } from 'react';
import { gridImage, type PlaneGrid } from '../../../viz/plane';
import { GridCanvas } from './GridCanvas';

export const HEATMAP_OPACITY = 0.6;

export interface PlaneHeatmapProps {
  readonly grid: PlaneGrid | null;
  /** Side of the plotting square in CSS pixels. */
  readonly size: number;
  readonly left: number;
  readonly top: number;
}

export function PlaneHeatmap({ grid, size, left, top }: PlaneHeatmapProps) {
  const bytes = useMemo(() => (grid ? gridImage(grid) : null), [grid]);
  const n = grid?.resolution ?? 2;
  const cell = size / (n - 1);
  return (
    <div
      aria-hidden="true"
      style={{
        position: 'absolute',
        left,
        top,
        width: size,
        height: size,
        overflow: 'hidden',
        background: '#ffffff',
      }}
    >
      {bytes ? (
        <GridCanvas
          bytes={bytes}
          n={n}
          testId="plane-canvas"
          style={{
            position: 'absolute',
            left: -cell / 2,
            top: -cell / 2,
            width: size + cell,
            height: size + cell,
            // Faded, so points of either class stay visible on any background.
            opacity: HEATMAP_OPACITY,
          }}
        />
      ) : null}
    </div>
  );
}
