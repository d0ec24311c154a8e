// A small positioned tooltip: a title and label/value rows, placed near a point inside a
// relatively positioned parent and kept inside its box. Presentational: no store access.
import type { CSSProperties, ReactNode } from 'react';

export interface TooltipRow {
  readonly label: string;
  readonly value: string;
  /** Full-precision value, shown in a title attribute and read as the row's description. */
  readonly exact?: string;
}

export interface TooltipProps {
  readonly id: string;
  readonly title: ReactNode;
  readonly rows: readonly TooltipRow[];
  /** Anchor point in the parent's coordinates. */
  readonly x: number;
  readonly y: number;
  /** The parent's size, to flip the tooltip when it would overflow. */
  readonly bounds: { readonly width: number; readonly height: number };
}

const WIDTH = 210;

export function Tooltip({ id, title, rows, x, y, bounds }: TooltipProps) {
  const left = x + 14 + WIDTH > bounds.width ? Math.max(4, x - 14 - WIDTH) : x + 14;
  const style: CSSProperties = {
    position: 'absolute',
    left,
    top: Math.max(4, Math.min(y - 10, bounds.height - 24 - rows.length * 20)),
    width: WIDTH,
    pointerEvents: 'none',
    background: 'rgba(255,255,255,0.97)',
    color: '#111',
    border: '1px solid #888',
    borderRadius: 6,
    boxShadow: '0 2px 8px rgba(0,0,0,0.18)',
    padding: '6px 8px',
    font: '12px/1.4 system-ui, sans-serif',
    zIndex: 2,
  };
  return (
    <div id={id} role="tooltip" style={style}>
      <div style={{ fontWeight: 600, marginBottom: 2 }}>{title}</div>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row" style={{ textAlign: 'left', fontWeight: 400, paddingRight: 8 }}>
                {r.label}
              </th>
              <td
                style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}
                title={r.exact}
              >
                {r.value}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.some((r) => r.exact !== undefined && r.exact !== r.value) && (
        <div style={{ color: '#555', fontSize: 11, marginTop: 2 }}>
          exact:{' '}
          {rows
            .filter((r) => r.exact !== undefined)
            .map((r) => r.exact)
            .join(', ')}
        </div>
      )}
    </div>
  );
}
