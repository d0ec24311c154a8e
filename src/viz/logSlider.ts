// The learning rate's log slider: positions on "nice" values (1, 1.5, 2, 3, 5, 7 per decade)
// from 1e-4 to 10, so one arrow key press is one readable step. Pure.

const MANTISSAS = [1, 1.5, 2, 3, 5, 7] as const;
const FIRST_DECADE = -4;
const LAST = 10;

/** The slider's values, ascending: 0.0001, 0.00015, 0.0002, … 7, 10. */
export const LOG_SLIDER_VALUES: readonly number[] = (() => {
  const out: number[] = [];
  for (let d = FIRST_DECADE; 10 ** d < LAST; d += 1)
    for (const m of MANTISSAS) out.push(Number((m * 10 ** d).toPrecision(2)));
  out.push(LAST);
  return out;
})();

/** The position nearest to `value` on a log scale (the first for 0 or less, the last beyond). */
export function logSliderIndex(value: number): number {
  const values = LOG_SLIDER_VALUES;
  if (!(value > 0)) return 0;
  const lv = Math.log(value);
  let best = 0;
  for (let k = 1; k < values.length; k += 1)
    if (Math.abs(Math.log(values[k]) - lv) < Math.abs(Math.log(values[best]) - lv)) best = k;
  return best;
}
