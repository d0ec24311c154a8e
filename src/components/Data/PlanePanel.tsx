// The 2-D plane of a run with two inputs: the worker's grid as a decision boundary (or a
// regression surface) under the samples, and each hidden neuron's own map as a thumbnail.
import { useMemo } from 'react';
import type { DataSnapshot, RunSummary } from '../../protocol/messages';
import { useAppStore } from '../../store/context';
import { classNamesOf, classRuleOf, outputDomain, planePoints } from '../../viz/dataPanel';
import type { PlaneExtent } from '../../viz/plane';
import { PlaneView } from '../DataViews/Plane/PlaneView';
import { NeuronThumbnail } from '../DataViews/Plane/NeuronThumbnail';

export interface PlanePanelProps {
  readonly summary: RunSummary;
  readonly data: DataSnapshot;
  readonly extent: PlaneExtent;
}

export function PlanePanel({ summary, data, extent }: PlanePanelProps) {
  const view = useAppStore((s) => s.views.grid);
  const regression = summary.task === 'regression';
  const rule = regression ? null : classRuleOf(summary);
  const train = useMemo(() => planePoints(data, data.train, rule), [data, rule]);
  const test = useMemo(() => planePoints(data, data.test, rule), [data, rule]);
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
      />
      {view?.layers && hidden.length > 0 && (
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
