// Data points over the plane: training points filled, test points hollow (white inside), the
// class shown by colour and marker shape. Removable points are buttons (click, Enter, Delete
// or Backspace); the others let clicks through to the plane below.
import type { ScaleLinear } from 'd3';
import type { KeyboardEvent } from 'react';
import { markerFor } from '../../../viz/planeMarkers';
import { classColor, valueColor } from '../../../viz/planeRamp';
import { pointText, type PlanePoint, type PlaneTask } from '../../../viz/planeText';
import type { Range } from '../../../viz/plane';

export type PointSet = 'train' | 'test';

export interface PlanePointsProps {
  readonly points: readonly PlanePoint[];
  readonly set: PointSet;
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  readonly task: PlaneTask;
  readonly classNames: readonly string[];
  /** Regression: the colour domain of the targets. */
  readonly domain: Range;
  readonly labels: readonly [string, string];
  readonly isRemovable: (p: PlanePoint) => boolean;
  readonly onRemove: ((set: PointSet, index: number, byKey: boolean) => void) | null;
  /** Draw only the points the learner added (hidden test points: one just added still shows). */
  readonly onlyAdded?: boolean;
}

const REMOVE_KEYS = new Set(['Delete', 'Backspace', 'Enter', ' ']);

export function PlanePoints(props: PlanePointsProps) {
  const { points, set, x, y, task, classNames, onRemove } = props;
  const k = Math.max(2, classNames.length);
  const hollow = set === 'test';
  return (
    <g className={`pl-points pl-${set}`}>
      {points.map((p, index) => {
        if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) return null;
        if (props.onlyAdded && !p.added) return null;
        const color =
          task === 'classification' ? classColor(p.label, k) : valueColor(p.label, props.domain);
        const marker = markerFor(task === 'classification' ? p.label : 0, hollow ? 52 : 64);
        const shape = (
          <path
            className="pl-marker"
            data-marker={marker.name}
            d={marker.path}
            fill={hollow ? '#ffffff' : color}
            stroke={hollow ? color : '#ffffff'}
            strokeWidth={hollow ? 2 : 1.25}
          />
        );
        const transform = `translate(${x(p.x)},${y(p.y)})`;
        if (!onRemove || !props.isRemovable(p))
          return (
            <g key={index} transform={transform} pointerEvents="none" aria-hidden="true">
              {shape}
            </g>
          );
        const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
          if (!REMOVE_KEYS.has(e.key)) return;
          e.preventDefault();
          onRemove(set, index, true);
        };
        return (
          <g
            key={index}
            className="pl-point pl-removable"
            transform={transform}
            role="button"
            tabIndex={0}
            aria-label={`Remove ${hollow ? 'test' : 'training'} point: ${pointText(p, task, classNames, props.labels)}`}
            onClick={() => onRemove(set, index, false)}
            onKeyDown={onKeyDown}
          >
            <circle
              className="pl-ring"
              r={9}
              fill="none"
              stroke="var(--focus, #d35400)"
              strokeWidth={2.5}
            />
            {shape}
          </g>
        );
      })}
    </g>
  );
}
