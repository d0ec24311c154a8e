// The first layer's incoming weights of every unit as a grid of small pictures (8×8 for digits),
// blue positive and vermillion negative around a neutral 0; each tile is a button that selects
// its unit. Props only; no store.
import { useMemo } from 'react';
import { firstLayerUnitName, weightTiles, type WeightScale } from '../../../viz/classes';
import { NEGATIVE, POSITIVE } from '../../../viz/colors';
import { formatShort } from '../../../viz/format';
import { WeightTile } from './WeightTile';

export interface WeightPicturesProps {
  /**
   * The flat parameters W0, b0, W1, …; only W0 [sizes[1], sizes[0]] (at offset 0) is read.
   * Pass a new array when they change (frames carry copies): one mutated in place is not redrawn.
   */
  readonly params: Float64Array;
  /** Layer sizes, input first, e.g. [64, 16, 10]. */
  readonly sizes: readonly number[];
  /** 'shared' (default): one colour scale for all tiles; 'unit': each tile its own. */
  readonly scale?: WeightScale;
  /** 0-based unit shown as selected. */
  readonly selectedUnit?: number | null;
  /** Called with the 0-based unit j of a clicked tile. */
  readonly onSelectUnit?: (j: number) => void;
  /** Tile width in CSS pixels (default 48). */
  readonly tileSize?: number;
}

export function WeightPictures({
  params,
  sizes,
  scale = 'shared',
  selectedUnit = null,
  onSelectUnit,
  tileSize = 48,
}: WeightPicturesProps) {
  const tiles = useMemo(() => weightTiles(params, sizes, scale), [params, sizes, scale]);
  const layerMax = tiles.reduce((m, t) => Math.max(m, t.maxAbs), 0);
  return (
    <div className="bl-weight-pictures" role="group" aria-label="First-layer weights per unit">
      <p style={{ fontSize: 12, margin: '4px 0' }}>
        <Swatch color={POSITIVE} /> positive, <Swatch color={NEGATIVE} /> negative, pale near 0
        {scale === 'shared'
          ? `; full colour at |w| = ${formatShort(layerMax)}`
          : '; each tile scaled to its own largest |w|'}
        .
      </p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
        {tiles.map((tile) => (
          <WeightTile
            key={tile.unit}
            tile={tile}
            name={`${firstLayerUnitName(sizes, tile.unit)} weights`}
            size={tileSize}
            selected={tile.unit === selectedUnit}
            onSelect={onSelectUnit}
          />
        ))}
      </div>
    </div>
  );
}

/** A colour sample beside its word, so the legend's text keeps the page's contrast. */
function Swatch({ color }: { readonly color: string }) {
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        width: 10,
        height: 10,
        marginRight: 3,
        verticalAlign: 'middle',
        background: color,
      }}
    />
  );
}
