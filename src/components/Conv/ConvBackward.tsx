// A conv cell backward. Its δ = ∂L/∂z reaches every weight of its filter's kernel (δ·x) and
// every input cell of its patch (δ·K). Pick a kernel entry: its gradient is Σ δ ⊙ patch over
// all output cells; pick a patch cell: its gradient is the full convolution of δ with the
// flipped kernel. Both sums are shown with every number, next to the engine's value.
import {
  inputGradientSum,
  kernelGradientSum,
  kernelIndex,
  type ConvBlocks,
  type ConvCellSum,
} from '../../explain/convCell';
import type { WindowGeometry } from '../../explain/convGeometry';
import { useConvSelection } from '../../store/convSelection';
import { NumberGrid, num, productsText } from './NumberGrid';

export interface ConvBackwardProps {
  readonly g: WindowGeometry;
  readonly blocks: ConvBlocks;
  readonly params: ArrayLike<number>;
  /** The layer's input (this sample) and its δ map [F, OH, OW]. */
  readonly x: ArrayLike<number>;
  readonly delta: ArrayLike<number>;
  /** ∂L/∂a of the cell, f′(z), and the engine's ∂L/∂(layer input) of this sample. */
  readonly dLda: number;
  readonly dx: ArrayLike<number>;
  /** The batch's mean gradient of the kernels (a traced update), else null. */
  readonly gradients: ArrayLike<number> | null;
  readonly batchSize: number;
  readonly f: number;
  readonly i: number;
  readonly j: number;
  readonly sum: ConvCellSum;
}

export function ConvBackward(props: ConvBackwardProps) {
  const { g, blocks, params, x, delta, dLda, dx, gradients, batchSize, f, i, j, sum } = props;
  const kernelEntry = useConvSelection((s) => s.kernelEntry);
  const inputCell = useConvSelection((s) => s.inputCell);
  const pickKernelEntry = useConvSelection((s) => s.pickKernelEntry);
  const pickInputCell = useConvSelection((s) => s.pickInputCell);
  const d = delta[(f * g.OH + i) * g.OW + j];
  const kk = g.k * g.k;
  // the kernel entry opened up: the one picked, else this cell's first
  const entry = sum.terms.find((t) => t.paramIndex === kernelEntry) ?? sum.terms[0];
  const kernelSum = kernelGradientSum(g, x, delta, f, entry.c, entry.m, entry.n);
  const inside = sum.terms.filter((t) => t.inputIndex >= 0);
  const cellTerm = inside.find((t) => t.inputIndex === inputCell) ?? inside[0];
  const inputSum = cellTerm
    ? inputGradientSum(g, blocks, params, delta, cellTerm.c, cellTerm.row, cellTerm.col)
    : null;
  const deltaMap = Array.from({ length: g.OH * g.OW }, (_, k) => delta[f * g.OH * g.OW + k]);
  const flipped = (c: number) =>
    Array.from({ length: kk }, (_, k) => {
      const m = g.k - 1 - Math.floor(k / g.k);
      const n = g.k - 1 - (k % g.k);
      return params[kernelIndex(g, blocks, f, c, m, n)];
    });
  const label = (c: number, m: number, n: number) => `K[${f + 1}][${c + 1}][${m + 1}][${n + 1}]`;
  return (
    <div className="conv-backward">
      <p className="conv-sum">
        δ = ∂L/∂z of this cell = {num(d)}
        {d !== dLda ? ` (∂L/∂a = ${num(dLda)} times f′(z))` : ' (a linear output: δ = ∂L/∂a)'}. It
        reaches every weight of filter {f + 1}’s kernel, adding δ·x, and every cell of its patch,
        adding δ·K.
      </p>
      <div className="conv-grids">
        {Array.from({ length: g.C }, (_, c) => {
          const terms = sum.terms.slice(c * kk, (c + 1) * kk);
          return (
            <div className="conv-pair" key={c}>
              <NumberGrid
                caption={`δ·x into ∂L/∂K[${f + 1}][${c + 1}] (pick an entry)`}
                rows={g.k}
                cols={g.k}
                values={terms.map((t) => d * t.x)}
                picked={terms.indexOf(entry) >= 0 ? terms.indexOf(entry) : null}
                nameOf={(k) => `kernel entry ${label(c, terms[k].m, terms[k].n)}`}
                onPick={(k) => pickKernelEntry(terms[k].paramIndex)}
              />
              <NumberGrid
                caption={`δ·K into ∂L/∂x, input channel ${c + 1} (pick a cell)`}
                rows={g.k}
                cols={g.k}
                values={terms.map((t) => (t.inputIndex >= 0 ? d * t.k : null))}
                picked={cellTerm && terms.indexOf(cellTerm) >= 0 ? terms.indexOf(cellTerm) : null}
                nameOf={(k) => `input cell row ${terms[k].row + 1}, column ${terms[k].col + 1}`}
                onPick={(k) => {
                  if (terms[k].inputIndex >= 0) pickInputCell(terms[k].inputIndex);
                }}
              />
            </div>
          );
        })}
      </div>
      <h4>Kernel gradient: Σ δ ⊙ patch</h4>
      <NumberGrid
        caption={`δ of filter ${f + 1}, every output cell`}
        rows={g.OH}
        cols={g.OW}
        values={deltaMap}
        picked={i * g.OW + j}
      />
      <p className="conv-sum" data-testid="conv-kernel-gradient">
        ∂L/∂{label(entry.c, entry.m, entry.n)} = Σ δ ⊙ patch ={' '}
        {productsText(kernelSum.terms.map((t) => [t.delta, t.x] as const))} ={' '}
        <strong>{num(kernelSum.sum)}</strong>
      </p>
      {gradients && (
        <p className="conv-note">
          {batchSize > 1
            ? `This sample’s share; the update uses the mean over the batch’s ${batchSize} samples: ${num(gradients[entry.paramIndex])}.`
            : `The engine’s gradient: ${num(gradients[entry.paramIndex])}.`}
        </p>
      )}
      {inputSum && cellTerm && (
        <>
          <h4>Input gradient: full convolution of δ with the flipped kernel</h4>
          <div className="conv-grids">
            {Array.from({ length: g.C }, (_, c) => (
              <NumberGrid
                key={c}
                caption={`Kernel K[${f + 1}][${c + 1}] flipped (rows and columns reversed)`}
                rows={g.k}
                cols={g.k}
                values={flipped(c)}
              />
            ))}
          </div>
          <p className="conv-sum" data-testid="conv-input-gradient">
            ∂L/∂x at channel {cellTerm.c + 1}, row {cellTerm.row + 1}, column {cellTerm.col + 1} = Σ
            δ · K = {productsText(inputSum.terms.map((t) => [t.delta, t.k] as const))} ={' '}
            <strong>{num(inputSum.sum)}</strong>
            {g.F > 1 ? ` (over all ${g.F} filters)` : ''}; the engine’s ∂L/∂x there is{' '}
            {num(dx[cellTerm.inputIndex])}.
          </p>
        </>
      )}
    </div>
  );
}
