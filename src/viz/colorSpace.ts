// The little colour arithmetic the first screen needs, without d3-color: parsing #rgb,
// #rrggbb and rgb()/rgba() strings, CIELAB interpolation (d3-color's constants and formulas,
// so the same fills to the bit) and hex output. Pure: no DOM.

/** Channels 0–255 (not rounded); NaN for a string that is not one of the forms above. */
export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

const NOT_A_COLOR: Rgb = { r: NaN, g: NaN, b: NaN };

export function parseColor(color: string): Rgb {
  const text = color.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text);
  if (hex) {
    const h = hex[1];
    const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
    const n = parseInt(full, 16);
    return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
  }
  const fn =
    /^rgba?\(\s*([-+\d.e]+)\s*,\s*([-+\d.e]+)\s*,\s*([-+\d.e]+)\s*(?:,\s*[-+\d.e]+\s*)?\)$/.exec(
      text,
    );
  if (fn) return { r: Number(fn[1]), g: Number(fn[2]), b: Number(fn[3]) };
  return NOT_A_COLOR;
}

const channel = (v: number): string => {
  const c = Math.max(0, Math.min(255, Math.round(v) || 0));
  return (c < 16 ? '0' : '') + c.toString(16);
};

/** `#rrggbb`, each channel rounded and clamped to 0–255 (as d3's formatHex). */
export const formatHex = ({ r, g, b }: Rgb): string => `#${channel(r)}${channel(g)}${channel(b)}`;

// D50 white point and the CIELAB breakpoints (as d3-color).
const Xn = 0.96422;
const Yn = 1;
const Zn = 0.82521;
const t0 = 4 / 29;
const t1 = 6 / 29;
const t2 = 3 * t1 * t1;
const t3 = t1 * t1 * t1;

const xyz2lab = (t: number): number => (t > t3 ? Math.pow(t, 1 / 3) : t / t2 + t0);
const lab2xyz = (t: number): number => (t > t1 ? t * t * t : t2 * (t - t0));
const lrgb2rgb = (x: number): number =>
  255 * (x <= 0.0031308 ? 12.92 * x : 1.055 * Math.pow(x, 1 / 2.4) - 0.055);
const rgb2lrgb = (v: number): number => {
  const x = v / 255;
  return x <= 0.04045 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4);
};

interface Lab {
  readonly l: number;
  readonly a: number;
  readonly b: number;
}

function toLab(color: Rgb): Lab {
  const r = rgb2lrgb(color.r);
  const g = rgb2lrgb(color.g);
  const b = rgb2lrgb(color.b);
  const y = xyz2lab((0.2225045 * r + 0.7168786 * g + 0.0606169 * b) / Yn);
  let x = y;
  let z = y;
  if (!(r === g && g === b)) {
    x = xyz2lab((0.4360747 * r + 0.3850649 * g + 0.1430804 * b) / Xn);
    z = xyz2lab((0.0139322 * r + 0.0971045 * g + 0.7141733 * b) / Zn);
  }
  return { l: 116 * y - 16, a: 500 * (x - y), b: 200 * (y - z) };
}

function fromLab({ l, a, b }: Lab): Rgb {
  const y0 = (l + 16) / 116;
  const x = Xn * lab2xyz(y0 + a / 500);
  const y = Yn * lab2xyz(y0);
  const z = Zn * lab2xyz(y0 - b / 200);
  return {
    r: lrgb2rgb(3.1338561 * x - 1.6168667 * y - 0.4906146 * z),
    g: lrgb2rgb(-0.9787684 * x + 1.9161415 * y + 0.033454 * z),
    b: lrgb2rgb(0.0719453 * x - 0.2289914 * y + 1.4052427 * z),
  };
}

/** a + t·(b − a), or a when they are equal (as d3-interpolate's nogamma). */
const mix = (from: number, to: number): ((t: number) => number) => {
  const d = to - from;
  return d ? (t) => from + t * d : () => from;
};

/** t in [0, 1] → the colour between `from` and `to` in CIELAB, as `#rrggbb`. */
export function interpolateLabHex(from: string, to: string): (t: number) => string {
  const start = toLab(parseColor(from));
  const end = toLab(parseColor(to));
  const l = mix(start.l, end.l);
  const a = mix(start.a, end.a);
  const b = mix(start.b, end.b);
  return (t) => formatHex(fromLab({ l: l(t), a: a(t), b: b(t) }));
}
