// Many classes (iris, digits, your own table): accuracy and a confusion matrix per split, the
// class probabilities of a chosen sample and, for 8×8 digits, its picture, the first layer's
// weights as pictures and the misclassified test digits.
import { memo, useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { DataSnapshot, RunSummary } from '../../protocol/messages';
import { useAppStore } from '../../store/context';
import { selectActions } from '../../store/selectors';
import { classNamesOf, classOutcome, sampleClass } from '../../viz/dataPanel';
import { ClassProbabilities } from '../DataViews/Classes/ClassProbabilities';
import { ConfusionMatrix } from '../DataViews/Classes/ConfusionMatrix';
import { DigitImage } from '../DataViews/Classes/DigitImage';
import { MisclassifiedGallery } from '../DataViews/Classes/MisclassifiedGallery';
import { WeightPictures } from '../DataViews/Classes/WeightPictures';
import { useThrottled } from '../common/useThrottled';

export interface ClassesViewProps {
  readonly summary: RunSummary;
  readonly data: DataSnapshot;
}

/** Redrawn at most 4 times a second while playing: 32 canvases every frame cost the page. */
const WEIGHTS_LIVE_MS = 250;

function LiveWeightPictures({ sizes }: { readonly sizes: readonly number[] }) {
  const playing = useAppStore((s) => s.playing);
  const params = useThrottled(
    useAppStore((s) => s.frame?.params ?? null),
    WEIGHTS_LIVE_MS,
    playing,
  );
  const actions = useAppStore(selectActions);
  const selection = useAppStore((s) => s.selection);
  const selectedUnit = selection?.kind === 'neuron' && selection.layer === 1 ? selection.j : null;
  const onSelectUnit = useCallback(
    (j: number) => actions.select({ kind: 'neuron', layer: 1, j }),
    [actions],
  );
  if (!params) return null;
  return (
    <div className="weight-pictures">
      <h3>First-layer weights of each hidden unit</h3>
      <p className="note">
        Blue pixels excite the unit, vermillion ones inhibit it; watch them take shape as it learns.
        Choose one to focus its edges and its chain rule in the graph.
      </p>
      <MemoWeightPictures
        params={params}
        sizes={sizes}
        scale="unit"
        selectedUnit={selectedUnit}
        onSelectUnit={onSelectUnit}
      />
    </div>
  );
}
const MemoWeightPictures = memo(WeightPictures);

export function ClassesView({ summary, data }: ClassesViewProps) {
  // Scoring redraws tables and a gallery: React renders it between frames, not in one block.
  const view = useDeferredValue(useAppStore((s) => s.views.rows));
  const n = data.inputs.length / data.nIn;
  const outcome = useMemo(
    () =>
      view && view.outputs.length === n * data.nOut
        ? classOutcome(summary, data, view.outputs)
        : null,
    [view, summary, data, n],
  );
  const names = classNamesOf(summary.classNames, summary);
  const digits = data.nIn === 64;
  const [chosen, setChosen] = useState<number | null>(null);
  const sample = chosen !== null && chosen < n ? chosen : (data.test[0] ?? data.train[0] ?? 0);
  const probabilities = view
    ? view.outputs.subarray(sample * data.nOut, (sample + 1) * data.nOut)
    : null;
  const truth = sampleClass(data, sample, summary);
  return (
    <div className="classes-view">
      {outcome ? (
        <div className="confusions">
          <div className="table-scroll" tabIndex={0} role="group" aria-label="Train confusion">
            <ConfusionMatrix
              title="Train"
              matrix={outcome.train.matrix}
              classNames={names}
              accuracy={outcome.train.accuracy}
            />
          </div>
          {outcome.test && (
            <div className="table-scroll" tabIndex={0} role="group" aria-label="Test confusion">
              <ConfusionMatrix
                title="Test"
                matrix={outcome.test.matrix}
                classNames={names}
                accuracy={outcome.test.accuracy}
              />
            </div>
          )}
        </div>
      ) : (
        <p>Scoring every sample…</p>
      )}
      <div className="sample-view">
        <label className="field compact">
          <span>Sample</span>
          <input
            type="number"
            min={1}
            max={n}
            step={1}
            value={sample + 1}
            onChange={(e) => {
              const k = Number(e.target.value);
              if (Number.isInteger(k) && k >= 1 && k <= n) setChosen(k - 1);
            }}
          />
        </label>
        {digits && (
          <DigitImage
            values={data.inputs.subarray(sample * 64, sample * 64 + 64)}
            trueClass={names[truth]}
            size={96}
          />
        )}
        {probabilities && data.nOut > 1 && (
          <ClassProbabilities
            probabilities={probabilities}
            classNames={names}
            trueClass={truth}
            title={`Sample ${sample + 1}: predicted probabilities`}
          />
        )}
      </div>
      {digits && <LiveWeightPictures sizes={summary.sizes} />}
      {digits && outcome?.test && (
        <MisclassifiedGallery
          items={outcome.test.misclassified}
          inputs={data.inputs}
          nIn={data.nIn}
          classNames={names}
          title="Misclassified test digits"
          selectedIndex={chosen}
          onSelectSample={setChosen}
        />
      )}
    </div>
  );
}
