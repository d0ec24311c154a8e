// A small grid of numbers (a patch, a kernel, a window, δ): a table with a caption, marked cells
// shaded, and, when `onPick` is given, each cell a button that opens up its own sum.
import { formatNumber } from '../../viz/format';

export interface NumberGridProps {
  readonly caption: string;
  readonly rows: number;
  readonly cols: number;
  /** Row-major values; null shows "0 (padding)". */
  readonly values: readonly (number | null)[];
  readonly marked?: ReadonlySet<number>;
  readonly picked?: number | null;
  /** Names a cell for its button ("K[1][1][1][2]"). */
  readonly nameOf?: (k: number) => string;
  readonly onPick?: (k: number) => void;
}

export function NumberGrid(props: NumberGridProps) {
  const { caption, rows, cols, values, marked, picked, nameOf, onPick } = props;
  return (
    <table className="conv-grid">
      <caption>{caption}</caption>
      <tbody>
        {Array.from({ length: rows }, (_, r) => (
          <tr key={r}>
            {Array.from({ length: cols }, (_, c) => {
              const k = r * cols + c;
              const v = values[k];
              const text = v === null ? '0' : formatNumber(v, 'formula');
              const cls = [
                marked?.has(k) ? 'conv-marked' : '',
                picked === k ? 'conv-picked' : '',
                v === null ? 'conv-pad' : '',
              ]
                .filter(Boolean)
                .join(' ');
              return (
                <td key={c} className={cls || undefined}>
                  {onPick ? (
                    <button
                      type="button"
                      aria-pressed={picked === k}
                      aria-label={`${nameOf ? nameOf(k) : `row ${r + 1}, column ${c + 1}`}: ${text}`}
                      onClick={() => onPick(k)}
                    >
                      {text}
                    </button>
                  ) : (
                    text
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "1·2 + (−1)·0 + 2·1": a sum of products as the learner writes it. */
export function productsText(pairs: readonly (readonly [number, number])[]): string {
  const f = (x: number): string => {
    const t = formatNumber(x, 'formula');
    return x < 0 ? `(${t.replace('-', '−')})` : t;
  };
  return pairs.map(([a, b]) => `${f(a)}·${f(b)}`).join(' + ');
}

/** A number for a formula, with a true minus sign. */
export const num = (x: number): string => formatNumber(x, 'formula').replace('-', '−');
