// The 1-D regression view (the `sine` set): the fitted curve as a line over the data points,
// training points filled and test points hollow, with axes and a text summary. Driven by
// props only: it never reads the store or talks to the worker.
import { line } from 'd3';
import { useId, useMemo } from 'react';
import { useElementSize } from '../../common/useElementSize';
import { CATEGORICAL, POSITIVE } from '../../../viz/colors';
import { formatTick } from '../../../viz/format';
import { pixelScale } from '../../../viz/pixelScale';
import { curveDomains, curveSummary, type CurvePoint } from '../../../viz/planeCurve';

export interface RegressionCurveProps {
  /** Inputs the prediction was evaluated at, ascending. */
  readonly xs: ArrayLike<number>;
  /** The prediction at each x, or null while it is computed. */
  readonly ys: ArrayLike<number> | null;
  readonly train: readonly CurvePoint[];
  readonly test?: readonly CurvePoint[];
  /** Width in CSS pixels; measured from the container when omitted. */
  readonly width?: number;
  readonly height?: number;
  readonly xLabel?: string;
  readonly yLabel?: string;
}

const M = { top: 10, right: 12, bottom: 34, left: 44 };
const FIT = CATEGORICAL[1];

export function RegressionCurve(props: RegressionCurveProps) {
  const { xs, ys, train } = props;
  const test = props.test ?? [];
  const [box, measured] = useElementSize<HTMLDivElement>(
    { width: props.width ?? 420, height: 0 },
    props.width === undefined,
  );
  const width = props.width ?? measured.width;
  const height = props.height ?? Math.round(Math.max(180, Math.min(360, width * 0.62)));
  const innerW = Math.max(40, width - M.left - M.right);
  const innerH = Math.max(40, height - M.top - M.bottom);
  const clipId = useId();
  const summaryId = useId();
  const domains = useMemo(
    () => curveDomains(xs, ys, [...train, ...(props.test ?? [])]),
    [xs, ys, train, props.test],
  );
  const x = pixelScale(domains.x, [0, innerW]).nice();
  const y = pixelScale(domains.y, [innerH, 0], false).nice();
  const path = ys
    ? line<number>()
        .defined((k) => Number.isFinite(xs[k]) && Number.isFinite(ys[k]))
        .x((k) => x(xs[k]))
        // a diverging fit can reach 1e300: SVG refuses such coordinates, so clamp to the view
        .y((k) => Math.max(-1e4, Math.min(innerH + 1e4, y(ys[k]))))(
        Array.from({ length: Math.min(xs.length, ys.length) }, (_, k) => k),
      )
    : null;
  const dots = (points: readonly CurvePoint[], hollow: boolean) =>
    points.map((p, k) =>
      Number.isFinite(p.x) && Number.isFinite(p.y) ? (
        <circle
          key={k}
          className={hollow ? 'rc-test' : 'rc-train'}
          cx={x(p.x)}
          cy={y(p.y)}
          r={hollow ? 3.5 : 4}
          fill={hollow ? '#ffffff' : POSITIVE}
          stroke={hollow ? POSITIVE : '#ffffff'}
          strokeWidth={hollow ? 1.75 : 1}
        />
      ) : null,
    );
  return (
    <div ref={box} role="region" aria-label="Fitted curve" aria-describedby={summaryId}>
      <p id={summaryId} className="visually-hidden">
        {curveSummary(ys, train.length, test.length)}
      </p>
      <svg width={width} height={height} aria-hidden="true">
        <defs>
          <clipPath id={clipId}>
            <rect x={-6} y={-6} width={innerW + 12} height={innerH + 12} />
          </clipPath>
        </defs>
        <g transform={`translate(${M.left},${M.top})`} fontSize={11} fill="#333">
          {y.ticks(Math.max(2, Math.floor(innerH / 45))).map((t) => (
            <g key={`y${t}`} transform={`translate(0,${y(t)})`}>
              <line x2={innerW} stroke="#e6e6e6" />
              <text x={-6} dy="0.32em" textAnchor="end">
                {formatTick(t)}
              </text>
            </g>
          ))}
          {x.ticks(Math.max(2, Math.floor(innerW / 70))).map((t) => (
            <g key={`x${t}`} transform={`translate(${x(t)},${innerH})`}>
              <line y2={4} stroke="#555" />
              <text y={15} textAnchor="middle">
                {formatTick(t)}
              </text>
            </g>
          ))}
          <line y1={innerH} x2={innerW} y2={innerH} stroke="#555" />
          <line y2={innerH} stroke="#555" />
          <text x={innerW} y={innerH + 29} textAnchor="end" fontSize={12} fill="#222">
            {props.xLabel ?? 'x'}
          </text>
          <text transform="rotate(-90)" y={-32} textAnchor="end" fontSize={12} fill="#222">
            {props.yLabel ?? 'y'}
          </text>
          <g clipPath={`url(#${clipId})`}>
            {dots(train, false)}
            {dots(test, true)}
            {path ? (
              <path
                className="rc-fit"
                d={path}
                fill="none"
                stroke={FIT}
                strokeWidth={2.5}
                strokeLinejoin="round"
              />
            ) : null}
          </g>
        </g>
      </svg>
      <ul
        aria-hidden="true"
        style={{
          display: 'flex',
          gap: 14,
          listStyle: 'none',
          margin: '4px 0 0',
          padding: 0,
          fontSize: 12,
        }}
      >
        <li>
          <svg width={22} height={10} style={{ marginRight: 4 }}>
            <line x1={1} x2={21} y1={5} y2={5} stroke={FIT} strokeWidth={2.5} />
          </svg>
          fitted curve
        </li>
        <li>
          <svg width={10} height={10} style={{ marginRight: 4 }}>
            <circle cx={5} cy={5} r={4} fill={POSITIVE} />
          </svg>
          training
        </li>
        {test.length > 0 ? (
          <li>
            <svg width={10} height={10} style={{ marginRight: 4 }}>
              <circle cx={5} cy={5} r={3.5} fill="#fff" stroke={POSITIVE} strokeWidth={1.75} />
            </svg>
            test
          </li>
        ) : null}
      </ul>
    </div>
  );
}
