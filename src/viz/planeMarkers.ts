// Marker shapes for classes, so colour is never the only cue: class 0 a circle, class 1 a
// cross, then square, triangle, diamond, star and wye (d3-shape symbols). Pure.
import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3';

export type MarkerName = 'circle' | 'cross' | 'square' | 'triangle' | 'diamond' | 'star' | 'wye';

const MARKERS: readonly (readonly [MarkerName, SymbolType])[] = [
  ['circle', symbolCircle],
  ['cross', symbolCross],
  ['square', symbolSquare],
  ['triangle', symbolTriangle],
  ['diamond', symbolDiamond],
  ['star', symbolStar],
  ['wye', symbolWye],
];

export interface Marker {
  readonly name: MarkerName;
  /** SVG path centred on (0, 0). */
  readonly path: string;
}

const cache = new Map<string, Marker>();

/** The marker of class c (cycling after seven classes), `area` square pixels in size. */
export function markerFor(c: number, area = 64): Marker {
  const k = ((Math.trunc(c) % MARKERS.length) + MARKERS.length) % MARKERS.length;
  const key = `${k}:${area}`;
  let m = cache.get(key);
  if (!m) {
    const [name, type] = MARKERS[k];
    m = { name, path: symbol(type, area)() ?? '' };
    cache.set(key, m);
  }
  return m;
}
