// The fixed-point net as a graph (region "Network graph"): inputs ξ on the left, the units on
// a circle, fully connected with self-loops, every edge in its weight's colour. Each unit shows
// its value at the cursor's iteration (x⁽ᵏ⁾ going forward, x* after) and, once the error is
// relaxed back, its adjoint v. Clicking an edge picks its weight for the chain rule; the
// keyboard picks it in the chain rule's own list. Above it: the stage and ρ(D·W).
import { useMemo } from 'react';
import { radiusVerdict } from '../../explain/relaxationSeries';
import { fixedPointPainter, layoutFixedPoint } from '../../viz/fixedPointLayout';
import { divergingColor, textColorFor } from '../../viz/colors';
import { formatShort } from '../../viz/format';
import { useElementSize } from '../common/useElementSize';
import { useStyleSheet } from '../common/useStyleSheet';
import { chosenParam, defaultParam } from '../../store/fixedPointView';
import { FIXED_POINT_CSS } from './fixedPointStyles';
import { graphSummary, stageSentence } from './stageText';
import type { FixedPointViewProps } from './types';

export function FixedPointGraph({ model, selection, onSelect }: FixedPointViewProps) {
  useStyleSheet(FIXED_POINT_CSS);
  const [box, measured] = useElementSize<HTMLDivElement>({ width: 640, height: 0 });
  const width = Math.max(280, Math.min(900, measured.width));
  const { spec, layout, params, stage, sample } = model;
  const geometry = useMemo(
    () => layoutFixedPoint(spec.units, spec.inputs, width),
    [spec.units, spec.inputs, width],
  );
  const paint = useMemo(() => fixedPointPainter(layout, params), [layout, params]);
  const chosen = chosenParam(selection, spec) ?? defaultParam(spec);
  const outputs = new Set(spec.outputUnits);
  const x = stage?.x ?? null;
  const v = stage?.v ?? null;
  const R = geometry.radius;
  return (
    <section className="panel graph-panel fp-graph" aria-label="Network graph">
      <h2>Fixed-point network: {spec.units} units, fully connected</h2>
      <p className="fp-stage" data-testid="fp-stage" aria-live="polite">
        {stageSentence(model)}
      </p>
      <p className="fp-radius" data-testid="fp-radius" data-converges={String(model.radius < 1)}>
        {radiusVerdict(model.radius, !sample || (sample.settled && sample.adjointSettled))}
      </p>
      <div ref={box} style={{ width: '100%', height: 0 }} />
      <svg
        width={geometry.width}
        height={geometry.height}
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        role="img"
        aria-label={graphSummary(model)}
      >
        <defs>
          <marker
            id="fp-arrow"
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            markerWidth="9"
            markerHeight="9"
            markerUnits="userSpaceOnUse"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" fill="#555" />
          </marker>
        </defs>
        {geometry.edges.map((e) => {
          const p = paint(e.block, e.j, e.i);
          const isChosen =
            chosen.block === e.block && chosen.position[0] === e.j && chosen.position[1] === e.i;
          const pick = () => onSelect({ kind: 'entry', block: e.block, position: [e.j, e.i] });
          return (
            <g key={`${e.block}${e.j}-${e.i}`} data-edge={`${e.block}${e.j + 1}${e.i + 1}`}>
              <path
                d={e.d}
                className={isChosen ? 'fp-edge fp-edge-chosen' : 'fp-edge'}
                stroke={p.stroke}
                strokeWidth={p.width}
                strokeDasharray={p.dash ?? undefined}
                opacity={0.85}
                markerEnd="url(#fp-arrow)"
              />
              <path d={e.d} className="fp-edge-hit" onClick={pick}>
                <title>
                  {e.block}[{e.j + 1},{e.i + 1}] = {formatShort(p.value)} (
                  {e.block === 'W' ? `x${e.j + 1} ← x${e.i + 1}` : `x${e.j + 1} ← ξ${e.i + 1}`})
                </title>
              </path>
            </g>
          );
        })}
        {geometry.inputs.map((pt, i) => (
          <g key={`xi${i}`}>
            <rect
              x={pt.x - R}
              y={pt.y - R * 0.8}
              width={R * 2}
              height={R * 1.6}
              fill="#eee"
              stroke="#555"
            />
            <text className="fp-label" x={pt.x} y={pt.y - 2} textAnchor="middle">
              ξ{i + 1}
            </text>
            <text className="fp-value" x={pt.x} y={pt.y + 12} textAnchor="middle">
              {sample ? formatShort(sample.input[i]) : ''}
            </text>
          </g>
        ))}
        {geometry.units.map((pt, j) => {
          const value = x ? x[j] : NaN;
          const fill = Number.isFinite(value) ? divergingColor(value, 1) : '#f2f2f2';
          return (
            <g key={`x${j}`} data-testid={`fp-unit-${j + 1}`} data-value={value}>
              {outputs.has(j) && (
                <circle cx={pt.x} cy={pt.y} r={R + 5} fill="none" stroke="#111" strokeWidth={2} />
              )}
              <circle cx={pt.x} cy={pt.y} r={R} fill={fill} stroke="#333" />
              <text
                className="fp-label"
                x={pt.x}
                y={pt.y - 3}
                textAnchor="middle"
                fill={textColorFor(fill)}
                style={{ fill: textColorFor(fill) }}
              >
                x{j + 1}
              </text>
              <text
                className="fp-value"
                x={pt.x}
                y={pt.y + 11}
                textAnchor="middle"
                style={{ fill: textColorFor(fill) }}
              >
                {Number.isFinite(value) ? formatShort(value) : ''}
              </text>
              {v && (
                <text
                  className="fp-adjoint"
                  x={pt.x}
                  y={pt.y + R + 18}
                  textAnchor="middle"
                  data-testid={`fp-adjoint-${j + 1}`}
                >
                  v{j + 1} = {formatShort(v[j])}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </section>
  );
}
