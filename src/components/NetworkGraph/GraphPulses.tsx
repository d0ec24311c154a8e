// The moving part of a phase: a pulse along the edges into the active layer (values left to
// right forward, errors right to left backward), a sweeping band for big nets, and rings
// closing in on the outputs when the error leaves the loss. Not rendered under reduced motion.
import type { CSSProperties } from 'react';
import { pulsePlan, type GraphMode } from '../../viz/graphModel';
import type { NetworkLayout } from '../../viz/layoutNetwork';

export interface GraphPulsesProps {
  readonly sizes: readonly number[];
  readonly layout: NetworkLayout;
  readonly mode: GraphMode;
  readonly activeLayer: number | null;
  readonly big: boolean;
}

const FORWARD = '#1b3a5c';
const BACKWARD = '#7a3300';

export function GraphPulses({ sizes, layout, mode, activeLayer, big }: GraphPulsesProps) {
  const plan = pulsePlan(sizes, mode, activeLayer);
  const color = plan.direction === 'right' ? FORWARD : BACKWARD;
  if (plan.fromLoss) {
    const out = layout.nodes[layout.nodes.length - 1];
    return (
      <g aria-hidden="true" data-testid="graph-pulses">
        {out.map((n) => (
          <circle
            key={n.j}
            className="bl-pulse bl-pulse-loss"
            cx={n.x}
            cy={n.y}
            r={n.r}
            stroke={color}
            strokeWidth={3}
            style={{ '--bl-r0': `${n.r * 2.2}px`, '--bl-r1': `${n.r}px` } as CSSProperties}
          />
        ))}
      </g>
    );
  }
  if (plan.edgeLayer === null) return null;
  const l = plan.edgeLayer;
  if (big) {
    const from = layout.layers[plan.direction === 'right' ? l : l + 1];
    const to = layout.layers[plan.direction === 'right' ? l + 1 : l];
    const top = layout.padding.top;
    const h = layout.height - layout.padding.top - layout.padding.bottom;
    return (
      <g aria-hidden="true" data-testid="graph-pulses">
        <rect
          className="bl-pulse-band"
          x={from.x - 6}
          y={top}
          width={12}
          height={h}
          rx={6}
          fill={color}
          opacity={0.5}
          style={{ '--bl-dx': `${to.x - from.x}px` } as CSSProperties}
        />
      </g>
    );
  }
  return (
    <g aria-hidden="true" data-testid="graph-pulses">
      {layout.edges
        .filter((e) => e.layer === l)
        .map((e) => {
          const fwd = plan.direction === 'right';
          return (
            <line
              key={`${e.j}:${e.i}`}
              className="bl-pulse bl-pulse-edge"
              x1={fwd ? e.x1 : e.x2}
              y1={fwd ? e.y1 : e.y2}
              x2={fwd ? e.x2 : e.x1}
              y2={fwd ? e.y2 : e.y1}
              pathLength={100}
              stroke={color}
              strokeWidth={5}
            />
          );
        })}
    </g>
  );
}
