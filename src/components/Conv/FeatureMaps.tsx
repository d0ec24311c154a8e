// The feature maps, left to right: the input, then every layer's output, one small image per
// channel (flat layers as a wrapped strip), values or gradients. Picking a cell (click, or
// focus a map and use the arrow keys) marks its receptive field in the layer before; with
// gradients shown, every max-pooling window's winner is marked (the only cell its gradient
// reaches). The numbers of the picked cell are in the detail panel below.
import { useMemo } from 'react';
import type { ConvViewModel } from '../../store/convView';
import { useConvSelection } from '../../store/convSelection';
import { mapMarks } from '../../viz/convMarks';
import { mapTiles, maxAbs } from '../../viz/convMaps';
import { MapCanvas, type CellMark } from './MapCanvas';
import { mapValues, modeOfPhase, type ConvMode } from './convValues';
import { SampleStrip } from './SampleStrip';

const shapeText = (shape: readonly number[]): string => shape.join('×');

export function FeatureMaps({ model }: { readonly model: ConvViewModel }) {
  const cell = useConvSelection((s) => s.cell);
  const pick = useConvSelection((s) => s.pick);
  const chosen = useConvSelection((s) => s.mode);
  const setMode = useConvSelection((s) => s.setMode);
  const mode: ConvMode = chosen ?? modeOfPhase(model);
  const columns = [
    { l: -1, name: 'Input', shape: model.spec.input as readonly number[] },
    ...model.layers.map((info) => ({ l: info.l, name: info.name, shape: info.outShape })),
  ];
  const marks = useMemo(
    () => mapMarks(model.layers, (l) => mapValues(model, 'forward', l), cell, mode === 'backward'),
    [model, cell, mode],
  );
  const what = mode === 'forward' ? 'values' : 'gradients ∂L/∂a';
  return (
    <section className="panel conv-maps" aria-label="Feature maps">
      <h2>Feature maps</h2>
      <div className="conv-toolbar">
        <fieldset className="conv-mode">
          <legend>Show</legend>
          {(['forward', 'backward'] as const).map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="conv-mode"
                checked={mode === m}
                onChange={() => setMode(m)}
              />
              {m === 'forward' ? 'Values (forward)' : 'Gradients (backward)'}
            </label>
          ))}
        </fieldset>
        <SampleStrip model={model} />
      </div>
      <p className="conv-legend">
        Each image is one channel ({what}); blue is positive, vermillion negative, on one scale per
        layer. Pick a cell (click it, or focus a map and use the arrow keys): its window is outlined
        (dashed) in the layer before
        {mode === 'backward' ? '; a dot marks each max-pooling window’s winner' : ''}.
      </p>
      <div className="conv-columns">
        {columns.map((col) => {
          const values = mapValues(model, mode, col.l);
          const range = maxAbs(values);
          const tiles = mapTiles(col.shape);
          const layerMarks = marks.get(col.l);
          return (
            <div className="conv-column" key={col.l}>
              <h3>
                {col.name}
                <span className="conv-shape"> {shapeText(col.shape)}</span>
              </h3>
              <div className={`conv-tiles${tiles.length > 4 ? ' conv-tiles-grid' : ''}`}>
                {tiles.map((tile) => {
                  const local = new Map<number, CellMark>();
                  layerMarks?.forEach((kind, index) => {
                    if (index >= tile.offset && index < tile.offset + tile.count)
                      local.set(index - tile.offset, kind);
                  });
                  const picked =
                    cell?.layer === col.l &&
                    cell.index >= tile.offset &&
                    cell.index < tile.offset + tile.count
                      ? cell.index - tile.offset
                      : null;
                  const channel = col.shape.length === 3 ? `, channel ${tile.channel + 1}` : '';
                  return (
                    <MapCanvas
                      key={tile.channel}
                      tile={tile}
                      values={values}
                      range={range}
                      picked={picked}
                      marks={local}
                      label={`${col.name}${channel} (${what})`}
                      onPick={(k) => pick({ layer: col.l, index: tile.offset + k })}
                      channels={tiles.length}
                    />
                  );
                })}
              </div>
            </div>
          );
        })}
      </div>
    </section>
  );
}
