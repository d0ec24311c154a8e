// The chain-rule panel of a CNN: the picked cell's numbers, forward or backward as the maps
// show them; a prompt to pick one until then.
import type { ConvViewModel } from '../../store/convView';
import { useConvSelection } from '../../store/convSelection';
import { CellDetail } from './CellDetail';
import { modeOfPhase } from './convValues';

export function CellPanel({ model }: { readonly model: ConvViewModel }) {
  const cell = useConvSelection((s) => s.cell);
  const chosen = useConvSelection((s) => s.mode);
  const mode = chosen ?? modeOfPhase(model);
  const valid =
    cell !== null &&
    cell.layer < model.layers.length &&
    cell.index <
      (cell.layer < 0 ? model.sample.input.length : model.sample.layers[cell.layer].a.length);
  return (
    // focusable: in the explanation column it scrolls, and the keyboard must reach its end
    <section
      className="panel conv-cell"
      aria-label="The picked cell"
      aria-live="polite"
      tabIndex={0}
    >
      <h2>{mode === 'forward' ? 'Forward: the picked cell' : 'Backward: the picked cell'}</h2>
      {valid ? (
        <CellDetail model={model} cell={cell} mode={mode} />
      ) : (
        <p>
          Pick a cell in the feature maps: a convolution cell shows patch × kernel + bias; with
          gradients shown, where its δ goes and the kernel and input gradients as sums.
        </p>
      )}
    </section>
  );
}
