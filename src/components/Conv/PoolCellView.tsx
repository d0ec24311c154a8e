// A pooling cell: its window's values, the maximum (the first one in row-major order wins a
// tie) or the mean, and where its gradient goes: all of it to the winner (max), or an equal
// share to each cell of the window (average).
import { cellAt, type WindowGeometry } from '../../explain/convGeometry';
import { poolWindow } from '../../explain/poolRouting';
import { NumberGrid, num } from './NumberGrid';

export interface PoolCellViewProps {
  readonly g: WindowGeometry;
  readonly type: 'maxpool' | 'avgpool';
  readonly x: ArrayLike<number>;
  readonly dOut: ArrayLike<number>;
  readonly out: number;
}

export function PoolCellView({ g, type, x, dOut, out }: PoolCellViewProps) {
  const w = poolWindow(g, type, x, dOut, out);
  const winner = w.cells.findIndex((c) => c.index === w.winner);
  const where = (index: number) => {
    const cell = cellAt([g.C, g.H, g.W], index);
    return `row ${cell.i + 1}, column ${cell.j + 1}`;
  };
  return (
    <div className="conv-pool">
      <div className="conv-grids">
        <NumberGrid
          caption="Window (forward)"
          rows={g.k}
          cols={g.k}
          values={w.cells.map((c) => c.value)}
          marked={new Set(winner >= 0 ? [winner] : [])}
        />
        <NumberGrid
          caption="Gradient each cell receives (backward)"
          rows={g.k}
          cols={g.k}
          values={w.cells.map((c) => c.gradient)}
          marked={new Set(winner >= 0 ? [winner] : [])}
        />
      </div>
      {type === 'maxpool' ? (
        <p className="conv-sum" data-testid="conv-pool-sum">
          max of the window = <strong>{num(w.value)}</strong>, at {where(w.winner)} (a tie goes to
          the first maximum, row by row). Backward, ∂L/∂out = {num(w.gradient)} goes to that cell
          only; the others get 0.
        </p>
      ) : (
        <p className="conv-sum" data-testid="conv-pool-sum">
          mean of the window = <strong>{num(w.value)}</strong>. Backward, ∂L/∂out ={' '}
          {num(w.gradient)} is split equally: each of the {w.cells.length} cells gets{' '}
          {num(w.gradient)}/{w.cells.length} = {num(w.gradient / w.cells.length)}.
        </p>
      )}
      <p className="conv-note">Overlapping windows add their shares into the same cell.</p>
    </div>
  );
}
