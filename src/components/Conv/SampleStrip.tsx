// Which image the maps show: the traced sample (its place in the batch) while stepping through
// an update; otherwise the data-set image the frames inspect, with buttons to the previous and
// next one.
import { useAppStore } from '../../store/context';
import type { ConvViewModel } from '../../store/convView';
import { selectActions } from '../../store/selectors';

export function SampleStrip({ model }: { readonly model: ConvViewModel }) {
  const { inspect } = useAppStore(selectActions);
  if (model.trace)
    return (
      <p className="conv-sample">
        Sample {model.sampleIndex + 1} of {model.batch.length} in update {model.trace.update} (image
        #{model.shown})
      </p>
    );
  if (model.samples < 2) return null;
  const go = (delta: number) => inspect((model.shown + delta + model.samples) % model.samples);
  return (
    <div className="conv-sample" role="group" aria-label="Image shown">
      <button type="button" onClick={() => go(-1)}>
        ← Previous image
      </button>
      <span>
        Image #{model.shown} of {model.samples}
      </span>
      <button type="button" onClick={() => go(1)}>
        Next image →
      </button>
    </div>
  );
}
