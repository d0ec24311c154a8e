// The selected sample's predicted probability per class as horizontal bars in a table, the
// number beside each bar as text; the true class says "✓ true", the predicted class is bold and
// says "predicted", so neither relies on colour. Props only; no store.
import { probabilityRows } from '../../../viz/classes';
import { POSITIVE } from '../../../viz/colors';
import { formatShort } from '../../../viz/format';

export interface ClassProbabilitiesProps {
  /** The output layer's values for one sample, one per class (softmax: they sum to 1). */
  readonly probabilities: ArrayLike<number>;
  readonly classNames: readonly string[];
  /** The sample's true class, or null when unknown. */
  readonly trueClass: number | null;
  readonly title?: string;
}

const tag = { fontSize: 11, marginLeft: 6, padding: '0 4px', border: '1px solid currentColor' };

export function ClassProbabilities({
  probabilities,
  classNames,
  trueClass,
  title = 'Predicted probabilities',
}: ClassProbabilitiesProps) {
  const rows = probabilityRows(probabilities, classNames, trueClass);
  return (
    <table
      className="bl-class-probabilities"
      style={{ borderCollapse: 'collapse', fontVariantNumeric: 'tabular-nums', fontSize: 13 }}
    >
      <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{title}</caption>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: 'left', paddingRight: 8 }}>
            Class
          </th>
          <th scope="col" style={{ textAlign: 'left' }}>
            Probability
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr
            key={r.k}
            className={r.isPredicted ? 'bl-predicted' : undefined}
            style={{ fontWeight: r.isPredicted ? 700 : 400 }}
          >
            <th
              scope="row"
              style={{
                textAlign: 'left',
                paddingRight: 8,
                fontWeight: 'inherit',
                whiteSpace: 'nowrap',
              }}
            >
              {r.name}
              {r.isTrue ? <span style={tag}>✓ true</span> : null}
              {r.isPredicted ? <span style={tag}>predicted</span> : null}
            </th>
            <td style={{ display: 'flex', alignItems: 'center', gap: 6, padding: '2px 0' }}>
              <span
                aria-hidden="true"
                style={{
                  display: 'inline-block',
                  width: 'min(160px, 26vw)',
                  height: 12,
                  background: '#eee',
                }}
              >
                <span
                  className="bl-probability-bar"
                  data-width={r.width}
                  style={{
                    display: 'block',
                    height: '100%',
                    width: `${r.width * 100}%`,
                    background: POSITIVE,
                    outline: r.isTrue ? '2px solid #111' : undefined,
                  }}
                />
              </span>
              <span>{formatShort(r.p)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
