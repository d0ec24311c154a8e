// The data panel: what training achieves on the loaded data — a decision boundary or regression
// surface over the plane, a fitted curve, or accuracy and confusion for many classes. It tells
// the store which forward-only views to keep fresh and draws the answers. With one sample
// (nothing to draw but its point) the views fold behind a button; the controls stay.
import { useEffect, useId, useMemo, useState } from 'react';
import { useAppStore } from '../../store/context';
import { selectActions } from '../../store/selectors';
import { curveInputs, dataExtent, dataViewKind } from '../../viz/dataPanel';
import { ClassesView } from './ClassesView';
import { DataControls } from './DataControls';
import { CurveView } from './CurveView';
import { PlanePanel } from './PlanePanel';
import { isSingleSample } from './sampleCount';

/** Grid points per side of the boundary heatmap. */
export const GRID_RESOLUTION = 100;

export function DataPanel() {
  const summary = useAppStore((s) => s.summary);
  const data = useAppStore((s) => s.data);
  const actions = useAppStore(selectActions);
  const headingId = useId(); // ids stay unique with several instances on one page
  const viewsId = useId();
  const [unfolded, setUnfolded] = useState(false);
  const kind = summary ? dataViewKind(summary) : 'none';
  const extent = useMemo(
    () => (data && (kind === 'plane' || kind === 'surface') ? dataExtent(data) : null),
    [data, kind],
  );
  const curve = useMemo(() => (data && kind === 'curve' ? curveInputs(data) : null), [data, kind]);
  useEffect(() => {
    actions.setViewNeeds({
      grid: extent
        ? {
            x: extent.x,
            y: extent.y,
            resolution: GRID_RESOLUTION,
            layers: kind === 'plane' || kind === 'surface',
          }
        : null,
      rows: kind === 'classes',
      curve,
    });
  }, [actions, extent, curve, kind]);
  useEffect(() => () => actions.setViewNeeds({ grid: null, rows: false, curve: null }), [actions]);

  if (!summary || !data) return null;
  const views = (
    <>
      {(kind === 'plane' || kind === 'surface') && extent && (
        <PlanePanel summary={summary} data={data} extent={extent} />
      )}
      {kind === 'curve' && curve && <CurveView data={data} xs={curve} />}
      {kind === 'classes' && <ClassesView summary={summary} data={data} />}
      {kind === 'none' && (
        <p className="note">
          There is no picture for {summary.sizes[0]} inputs: the loss chart below shows how training
          goes.
        </p>
      )}
    </>
  );
  const foldable = isSingleSample(data);
  const folded = foldable && !unfolded;
  return (
    <section className="panel data-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Data: {summary.dataLabel}</h2>
      <DataControls />
      {foldable ? (
        <>
          <p className="data-fold">
            {folded ? 'One sample: nothing to draw but its point. ' : ''}
            <button
              type="button"
              className="link"
              aria-expanded={!folded}
              aria-controls={viewsId}
              onClick={() => setUnfolded(!unfolded)}
            >
              {folded ? 'Show the data views' : 'Hide the data views'}
            </button>
          </p>
          <div id={viewsId} hidden={folded}>
            {!folded && views}
          </div>
        </>
      ) : (
        views
      )}
    </section>
  );
}
