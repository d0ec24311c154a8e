// The gradient's size at every layer of the update shown (or the latest one): one bar per
// weight block, input side first, on a log scale. In deep-sigmoid the bars shrink by decades
// toward the input (vanishing gradients); with batch norm (deep-sigmoid-bn) they stay level.
import type { ConvViewModel } from '../../store/convView';
import { normBars, normRatio } from '../../viz/layerNorms';
import { formatNumber } from '../../viz/format';

const BAR = 220;

export function LayerNorms({ model }: { readonly model: ConvViewModel }) {
  const bars = normBars(model.groups, model.gradNorms);
  const ratio = normRatio(model.gradNorms);
  const known = bars.some((b) => b.length > 0);
  return (
    // focusable: in the explanation column the table scrolls, and the keyboard must reach its end
    <section className="panel conv-norms" aria-label="Gradient norm per layer" tabIndex={0}>
      <h2>Gradient norm per layer</h2>
      {!known ? (
        <p>Step or play an update to see each layer’s ‖∂L/∂W‖₂.</p>
      ) : (
        <>
          <p className="conv-legend">
            ‖∂L/∂W‖₂ of each weight block in{' '}
            {model.trace ? `update ${model.trace.update}` : 'the latest update'}, input side first,
            on a log scale.
            {ratio !== null &&
              ` The first block’s norm is ${formatNumber(1 / ratio, 'short')} times the last one’s${
                ratio > 100 ? ': the gradient vanishes on its way to the input.' : '.'
              }`}
          </p>
          <table className="conv-norm-table">
            <thead>
              <tr>
                <th scope="col">Block</th>
                <th scope="col">‖∂L/∂W‖₂</th>
                <th scope="col">
                  <span className="visually-hidden">Bar (log scale)</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {bars.map((b) => (
                <tr key={b.name}>
                  <th scope="row">{b.name}</th>
                  <td>{formatNumber(b.norm, 'short')}</td>
                  <td>
                    <svg width={BAR} height={12} aria-hidden="true">
                      <rect width={Math.max(1, b.length * BAR)} height={12} fill="#0072b2" />
                    </svg>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
