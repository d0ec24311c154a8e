// Which cells of which maps the feature-map view marks for a picked cell: the window (receptive
// field) in the layer's input for a conv or pooling cell, and every max-pooling window's winner
// (where the gradient goes) when the maps show gradients. Pure; layers by index, −1 the input.
import { cellAt, windowCells, windowGeometry } from '../explain/convGeometry';
import type { ConvLayerInfo } from '../explain/convLayers';
import { poolWindow, poolWindows } from '../explain/poolRouting';

export type MarkKind = 'field' | 'winner';
/** Per map (layer index, −1 the input): flat index → mark. */
export type MapMarks = Map<number, Map<number, MarkKind>>;

export function mapMarks(
  layers: readonly ConvLayerInfo[],
  outputs: (l: number) => ArrayLike<number>,
  pick: { readonly layer: number; readonly index: number } | null,
  backward: boolean,
): MapMarks {
  const marks: MapMarks = new Map();
  const add = (layer: number, index: number, kind: MarkKind): void => {
    let m = marks.get(layer);
    if (!m) marks.set(layer, (m = new Map()));
    if (kind === 'field' || !m.has(index)) m.set(index, kind);
  };
  if (backward)
    for (const info of layers) {
      if (info.spec.type !== 'maxpool') continue;
      const g = windowGeometry(info.spec, info.inShape, info.outShape)!;
      for (const w of poolWindows(g, 'maxpool', outputs(info.l - 1), null))
        add(info.l - 1, w.winner, 'winner');
    }
  if (pick && pick.layer >= 0) {
    const info = layers[pick.layer];
    const g = info && windowGeometry(info.spec, info.inShape, info.outShape);
    if (info && g) {
      const { c, i, j } = cellAt(info.outShape, pick.index);
      const channels = info.spec.type === 'conv2d' ? Array.from({ length: g.C }, (_, k) => k) : [c];
      for (const ch of channels)
        for (const w of windowCells(g, ch, i, j))
          if (w.index >= 0) add(pick.layer - 1, w.index, 'field');
      if (info.spec.type === 'maxpool') {
        const win = poolWindow(g, 'maxpool', outputs(pick.layer - 1), null, pick.index);
        marks.get(pick.layer - 1)?.set(win.winner, 'winner');
      }
    }
  }
  return marks;
}
