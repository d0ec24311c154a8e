// The 2-D plane of a run with two inputs: the worker's grid as a decision boundary (or a
// regression surface) under the samples, and each hidden neuron's own map as a thumbnail.
import { useMemo, useState } from 'react';
import type { DataSnapshot, RunSummary } from '../../protocol/messages';
import { useAppStore } from '../../store/context';
import {
  classNamesOf,
  classRuleOf,
  inlineData,
  mapsOnGraph,
  outputDomain,
  planePoints,
} from '../../viz/dataPanel';
import { selectActions } from '../../store/selectors';
import type { PlaneExtent } from '../../viz/plane';
import type { PlanePoint } from '../../viz/planeText';
import { PlaneView } from '../DataViews/Plane/PlaneView';
import { NeuronThumbnail } from '../DataViews/Plane/NeuronThumbnail';
import { SelectedNeuronMap } from './SelectedNeuronMap';

export interface PlanePanelProps {
  readonly summary: RunSummary;
  readonly data: DataSnapshot;
  readonly extent: PlaneExtent;
}

const markAdded = (points: PlanePoint[], added: readonly { x: number; y: number }[]) =>
  points.map((p) => (added.some((a) => a.x === p.x && a.y === p.y) ? { ...p, added: true } : p));

export function PlanePanel({ summary, data, extent }: PlanePanelProps) {
  const view = useAppStore((s) => s.views.grid);
  const actions = useAppStore(selectActions);
  const regression = summary.task === 'regression';
  const rule = regression ? null : classRuleOf(summary);
  // Points the learner placed (by position): they can be removed again, the data set's cannot.
  const [added, setAdded] = useState<readonly { x: number; y: number }[]>([]);
  const train = useMemo(
    () => markAdded(planePoints(data, data.train, rule), added),
    [data, rule, added],
  );
  const test = useMemo(
    () => markAdded(planePoints(data, data.test, rule), added),
    [data, rule, added],
  );
  const domain = outputDomain(summary, data);
  const nOut = summary.sizes[summary.sizes.length - 1];
  const grid = useMemo(
    () =>
      view && view.need.x === extent.x && view.need.y === extent.y
        ? { resolution: view.need.resolution, values: view.output, outputs: nOut, domain }
        : null,
    [view, extent, nOut, domain],
  );
  const hidden = summary.sizes.slice(1, -1);
  return (
    <div className="plane-panel">
      <PlaneView
        grid={grid}
        xRange={extent.x}
        yRange={extent.y}
        train={train}
        test={test}
        classNames={classNamesOf(summary.classNames, summary)}
        task={regression ? 'regression' : 'classification'}
        xLabel={summary.featureNames[0]}
        yLabel={summary.featureNames[1]}
        editable={!regression}
        removable="added"
        onAddPoint={(x, y, label) => {
          if (actions.changeData({ data: inlineData(data, { add: { x, y, label } }) }))
            setAdded((list) => [...list, { x, y }]);
        }}
        onRemovePoint={(index, set) => {
          const p = (set === 'train' ? train : test)[index];
          const row = (set === 'train' ? data.train : data.test)[index];
          if (actions.changeData({ data: inlineData(data, { remove: row }) }))
            setAdded((list) => list.filter((a) => a.x !== p.x || a.y !== p.y));
        }}
      />
      {view?.layers && hidden.length > 0 && mapsOnGraph(summary.sizes) && (
        <SelectedNeuronMap
          summary={summary}
          layers={view.layers}
          resolution={view.need.resolution}
        />
      )}
      {view?.layers && hidden.length > 0 && !mapsOnGraph(summary.sizes) && (
        <div className="neuron-maps">
          <h3>What each hidden neuron computes</h3>
          <p className="note">
            Each map is one neuron’s activation over the same plane; hover or focus to enlarge.
          </p>
          {hidden.map((units, l) => (
            <div key={l} className="neuron-row" role="group" aria-label={`Hidden layer ${l + 1}`}>
              <span className="neuron-row-label">Layer {l + 1}</span>
              {Array.from({ length: units }, (_, j) => (
                <NeuronThumbnail
                  key={j}
                  values={view.layers![l]}
                  resolution={view.need.resolution}
                  units={units}
                  unit={j}
                  activation={summary.activations[l]}
                  label={`Hidden layer ${l + 1}, neuron ${j + 1}`}
                />
              ))}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
