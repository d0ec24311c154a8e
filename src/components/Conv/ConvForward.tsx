// A conv cell forward: the patch of each input channel under the kernel of its filter, and the
// sum patch × kernel + bias = z with every product, then a = f(z) as the engine computed it.
import type { ConvCellSum } from '../../explain/convCell';
import type { WindowGeometry } from '../../explain/convGeometry';
import { NumberGrid, num, productsText } from './NumberGrid';

export interface ConvForwardProps {
  readonly g: WindowGeometry;
  readonly f: number;
  readonly sum: ConvCellSum;
  readonly activation: string;
  readonly a: number;
  readonly z: number;
}

export function ConvForward({ g, f, sum, activation, a, z }: ConvForwardProps) {
  const kk = g.k * g.k;
  const channels = Array.from({ length: g.C }, (_, c) => sum.terms.slice(c * kk, (c + 1) * kk));
  const pairs = sum.terms.map((t) => [t.x, t.k] as const);
  return (
    <div className="conv-forward">
      <div className="conv-grids">
        {channels.map((terms, c) => (
          <div className="conv-pair" key={c}>
            <NumberGrid
              caption={`Patch, input channel ${c + 1}`}
              rows={g.k}
              cols={g.k}
              values={terms.map((t) => (t.inputIndex >= 0 ? t.x : null))}
            />
            <span aria-hidden="true">⊙</span>
            <NumberGrid
              caption={`Kernel K[${f + 1}][${c + 1}]`}
              rows={g.k}
              cols={g.k}
              values={terms.map((t) => t.k)}
            />
          </div>
        ))}
      </div>
      <p className="conv-sum" data-testid="conv-forward-sum">
        z = Σ patch × kernel + bias = {productsText(pairs)} + {num(sum.bias)} ={' '}
        <strong>{num(sum.z)}</strong>
      </p>
      <p className="conv-note">
        The engine’s z is {num(z)}; a = {activation}(z) = {num(a)}.
      </p>
    </div>
  );
}
