// ∂L/∂W = δ·x*ᵀ for the shown sample as a grid: δ down the side, x* along the top, each cell
// their product, the chosen weight's cell marked. Numbers from explain/fixedPointRule.ts.
import type { OuterProduct } from '../../explain/fixedPointRule';
import { formatShort } from '../../viz/format';

export function OuterProductTable({
  product,
  chosen,
}: {
  readonly product: OuterProduct;
  /** [j, i] of the chosen W entry, or null when a V or b entry is chosen. */
  readonly chosen: readonly number[] | null;
}) {
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label="Outer product δ·x*ᵀ">
      <table className="fp-outer">
        <caption>∂L/∂W of the shown sample = δ·x*ᵀ (row j: δⱼ times every x*ᵢ)</caption>
        <thead>
          <tr>
            <th scope="col">δ \ x*</th>
            {product.x.map((x, i) => (
              <th key={i} scope="col">
                x*{i + 1} = {formatShort(x)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {product.cells.map((row, j) => (
            <tr key={j}>
              <th scope="row">
                δ{j + 1} = {formatShort(product.delta[j])}
              </th>
              {row.map((cell, i) => {
                const on = chosen !== null && chosen[0] === j && chosen[1] === i;
                return (
                  <td
                    key={i}
                    className={on ? 'num fp-chosen' : 'num'}
                    data-testid={`fp-outer-${j + 1}-${i + 1}`}
                  >
                    {formatShort(cell)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
