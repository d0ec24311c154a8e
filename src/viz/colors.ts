// Colours of the graph and charts: a colour-blind-safe diverging scale (vermillion for negative,
// blue for positive; red–green is never used), the dash rule for negative values, and a
// text colour with enough contrast for any fill. Pure: no DOM.
import { formatHex, interpolateLabHex, parseColor } from './colorSpace';

/** Okabe–Ito blue and vermillion: distinct under deuteranopia, protanopia and tritanopia. */
export const POSITIVE = '#0072b2';
export const NEGATIVE = '#d55e00';
export const NEUTRAL = '#f2f2f2';
/** Zero-valued edges: a mid grey, so they are neither sign. */
export const ZERO = '#9a9a9a';
/** Dash pattern for negative edges, so colour is never the only cue. */
export const NEGATIVE_DASH = '6 4';

/** Series colours for charts (Okabe–Ito order). */
export const CATEGORICAL = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#e69f00',
  '#56b4e9',
  '#000000',
  '#f0e442',
] as const;

/** Dash patterns that pair with CATEGORICAL, so series differ by more than colour. */
export const SERIES_DASHES = [
  null,
  '7 4',
  '2 3',
  '10 3 2 3',
  '4 4',
  '1 2',
  '12 4',
  '6 2 2 2',
] as const;

const toPositive = interpolateLabHex(NEUTRAL, POSITIVE);
const toNegative = interpolateLabHex(NEUTRAL, NEGATIVE);

/**
 * Fill for a value on a symmetric scale [-maxAbs, maxAbs]: NEUTRAL at 0, POSITIVE at +maxAbs,
 * NEGATIVE at -maxAbs; values beyond clamp. Non-finite values and maxAbs ≤ 0 give NEUTRAL.
 */
export function divergingColor(value: number, maxAbs: number): string {
  if (!Number.isFinite(value) || !(maxAbs > 0)) return NEUTRAL;
  const t = Math.min(1, Math.abs(value) / maxAbs);
  return value < 0 ? toNegative(t) : toPositive(t);
}

export interface SignStyle {
  readonly stroke: string;
  /** SVG stroke-dasharray, or null for a solid line. */
  readonly dash: string | null;
  readonly sign: -1 | 0 | 1;
}

/** Edge colour and dash by sign: blue solid (positive), vermillion dashed (negative), grey (0). */
export function signStyle(value: number): SignStyle {
  if (value > 0) return { stroke: POSITIVE, dash: null, sign: 1 };
  if (value < 0) return { stroke: NEGATIVE, dash: NEGATIVE_DASH, sign: -1 };
  return { stroke: ZERO, dash: null, sign: 0 };
}

/** WCAG 2 relative luminance of a CSS colour (#rgb, #rrggbb, rgb() or rgba(); else NaN). */
export function luminance(color: string): number {
  const c = parseColor(color);
  const lin = (v: number): number => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

/** WCAG contrast ratio (1 to 21) between two colours. */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export const DARK_TEXT = '#111111';
export const LIGHT_TEXT = '#ffffff';

/** The text colour (near-black or white) with the higher contrast on `fill`. */
export function textColorFor(fill: string): string {
  return contrastRatio(fill, DARK_TEXT) >= contrastRatio(fill, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
}

/** Grey level for an input pixel in [0, maxValue]: white at 0, black at max (digits style). */
export function pixelColor(value: number, maxValue: number): string {
  if (!Number.isFinite(value) || !(maxValue > 0)) return '#ffffff';
  const t = Math.max(0, Math.min(1, value / maxValue));
  const g = Math.round(255 * (1 - t));
  return formatHex({ r: g, g, b: g });
}
