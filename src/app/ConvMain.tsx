// What a convolutional run shows where an MLP's graph, chain rule and worked example go: the
// feature maps (upper), the picked cell's numbers and the per-layer gradient norms (lower),
// all fed the store's view model (store/convView.ts).
import { CellPanel } from '../components/Conv/CellPanel';
import { CONV_CSS } from '../components/Conv/convStyles';
import { FeatureMaps } from '../components/Conv/FeatureMaps';
import { LayerNorms } from '../components/Conv/LayerNorms';
import { useStyleSheet } from '../components/common/useStyleSheet';
import { useAppStore } from '../store/context';
import { selectConvView } from '../store/convView';

/** The convolutional views over the graph's place (`upper`) or the explanation's (`lower`). */
export function ConvMain({ part }: { readonly part: 'upper' | 'lower' }) {
  useStyleSheet(CONV_CSS);
  const model = useAppStore(selectConvView);
  if (!model) {
    return part === 'upper' ? (
      <section className="panel graph-panel" aria-label="Feature maps">
        <p>Loading the network…</p>
      </section>
    ) : null;
  }
  if (part === 'upper') return <FeatureMaps model={model} />;
  // plain siblings: the learning layout styles the direct children of its explain slot
  return (
    <>
      <CellPanel model={model} />
      <LayerNorms model={model} />
    </>
  );
}
