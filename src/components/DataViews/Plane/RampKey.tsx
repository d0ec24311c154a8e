// The diverging colour ramp with its two ends, "−1 [vermillion → grey → blue] 1", as a key to a
// heatmap's colours; `description` gives screen readers words for the bar.
import { NEGATIVE, NEUTRAL, POSITIVE } from '../../../viz/colors';
import { formatShort } from '../../../viz/format';
import type { Range } from '../../../viz/plane';

export function RampKey({
  domain,
  description,
}: {
  readonly domain: Range;
  readonly description?: string;
}) {
  return (
    <>
      {formatShort(domain[0])}{' '}
      <span
        aria-hidden="true"
        style={{
          display: 'inline-block',
          width: 72,
          height: 10,
          border: '1px solid #999',
          background: `linear-gradient(to right, ${NEGATIVE}, ${NEUTRAL}, ${POSITIVE})`,
        }}
      />{' '}
      {formatShort(domain[1])}
      {description && <span className="visually-hidden">{description}</span>}
    </>
  );
}
