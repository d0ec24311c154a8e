// The 2-D data view: the network's prediction over the plane (decision boundary or regression
// surface) as a canvas heatmap under an SVG of axes and data points, with a test-points toggle,
// a legend, a text summary, and optional editing (click or keyboard to add, remove added points).
// Driven by props only: it never reads the store or talks to the worker.
import { extent } from 'd3';
import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useElementSize } from '../../common/useElementSize';
import type { PlaneGrid, Range } from '../../../viz/plane';
import { pixelScale } from '../../../viz/pixelScale';
import {
  planeSummary,
  planeTitle,
  pointText,
  type PlanePoint,
  type PlaneTask,
} from '../../../viz/planeText';
import { PlaneAxes } from './PlaneAxes';
import { PlaneControls } from './PlaneControls';
import { PlaneHeatmap } from './PlaneHeatmap';
import { PlaneLegend } from './PlaneLegend';
import { PlanePoints, type PointSet } from './PlanePoints';
import { PlaneSurface } from './PlaneSurface';
import { PLANE_CSS } from './planeStyles';
import { useStyleSheet } from '../../common/useStyleSheet';

export interface PlaneViewProps {
  /** The prediction over the grid spanning xRange × yRange, or null while it is computed. */
  readonly grid: PlaneGrid | null;
  readonly xRange: Range;
  readonly yRange: Range;
  readonly train: readonly PlanePoint[];
  readonly test?: readonly PlanePoint[];
  /** One name per class (classification); point labels index it. */
  readonly classNames: readonly string[];
  readonly task: PlaneTask;
  /** Width in CSS pixels; measured from the container when omitted. The plot is square. */
  readonly width?: number;
  /** Largest side of the plotting square in CSS pixels (default 480). */
  readonly maxSize?: number;
  /** Feature names on the axes (default x₁, x₂). */
  readonly xLabel?: string;
  readonly yLabel?: string;
  readonly showTestInitially?: boolean;
  /** Allows adding (classification only) and removing points. */
  readonly editable?: boolean;
  /** A click on the plane (or Enter on it) adds a point of the class chosen under "Add class". */
  readonly onAddPoint?: (x: number, y: number, label: number) => void;
  /** Removes point `index` of the train or test array. */
  readonly onRemovePoint?: (index: number, set: PointSet) => void;
  /** Which points may be removed: those marked `added` (default) or all. */
  readonly removable?: 'added' | 'all';
}

const M = { top: 8, right: 10, bottom: 34, left: 40 };

export function PlaneView(props: PlaneViewProps) {
  useStyleSheet(PLANE_CSS);
  const { grid, xRange, yRange, train, task, classNames, editable = false } = props;
  const test = props.test ?? [];
  const [box, measured] = useElementSize<HTMLDivElement>(
    { width: props.width ?? 360, height: 0 },
    props.width === undefined,
  );
  const width = props.width ?? measured.width;
  const size = Math.max(60, Math.min(props.maxSize ?? 480, width - M.left - M.right));
  const [showTest, setShowTest] = useState(props.showTestInitially ?? false);
  const [chosen, setChosen] = useState(0);
  const addClass = Math.max(0, Math.min(chosen, classNames.length - 1));
  const [announcement, setAnnouncement] = useState('');
  const summaryId = useId();
  const clipId = useId();
  const pointsRef = useRef<SVGGElement>(null);
  const refocus = useRef<number | null>(null);

  const x = useMemo(() => pixelScale(xRange, [0, size]), [xRange, size]);
  const y = useMemo(() => pixelScale(yRange, [size, 0]), [yRange, size]);
  const labels: readonly [string, string] = [props.xLabel ?? 'x₁', props.yLabel ?? 'x₂'];
  const domain = useMemo<Range>(() => {
    if (grid) return grid.domain;
    const [lo, hi] = extent(train, (p) => (Number.isFinite(p.label) ? p.label : undefined));
    return lo === undefined || hi === undefined ? [0, 1] : [lo, hi];
  }, [grid, train]);

  const canAdd = editable && task === 'classification' && props.onAddPoint !== undefined;
  const onRemovePoint = editable ? props.onRemovePoint : undefined;
  const isRemovable = (p: PlanePoint) => props.removable === 'all' || p.added === true;
  const onRemove = onRemovePoint
    ? (set: PointSet, index: number, byKey: boolean) => {
        if (byKey) {
          const buttons = [...(pointsRef.current?.querySelectorAll('.pl-removable') ?? [])];
          refocus.current = Math.max(0, buttons.indexOf(document.activeElement as Element));
        }
        const p = (set === 'train' ? train : test)[index];
        if (p) setAnnouncement(`Removed the point: ${pointText(p, task, classNames, labels)}.`);
        onRemovePoint(index, set);
      }
    : null;
  // After a removal by keyboard, focus the removable point that took its place (else the plane).
  useLayoutEffect(() => {
    const at = refocus.current;
    if (at === null) return;
    refocus.current = null;
    const buttons = pointsRef.current?.querySelectorAll<SVGGElement>('.pl-removable') ?? [];
    const next = buttons[Math.min(at, buttons.length - 1)];
    (
      next ?? pointsRef.current?.ownerSVGElement?.querySelector<SVGRectElement>('.pl-surface')
    )?.focus();
  }, [train, props.test]);

  const title = planeTitle(task);
  const summary = planeSummary({ task, classNames, train, test, showTest, grid });
  const height = size + M.top + M.bottom;
  return (
    <div
      ref={box}
      role="region"
      aria-label={title}
      aria-describedby={summaryId}
      className="plane-view"
    >
      <p id={summaryId} className="visually-hidden">
        {summary}
      </p>
      <PlaneControls
        hasTest={test.length > 0}
        showTest={showTest}
        onShowTest={setShowTest}
        addClasses={canAdd ? classNames : null}
        addClass={addClass}
        onAddClass={setChosen}
      />
      <div style={{ position: 'relative', width: size + M.left + M.right, height }}>
        <PlaneHeatmap grid={grid} size={size} left={M.left} top={M.top} />
        <svg
          width={size + M.left + M.right}
          height={height}
          style={{ position: 'absolute', left: 0, top: 0 }}
        >
          <defs>
            <clipPath id={clipId}>
              <rect x={-8} y={-8} width={size + 16} height={size + 16} />
            </clipPath>
          </defs>
          <g transform={`translate(${M.left},${M.top})`}>
            <PlaneAxes
              x={x}
              y={y}
              width={size}
              height={size}
              xLabel={labels[0]}
              yLabel={labels[1]}
            />
            <PlaneSurface
              x={x}
              y={y}
              size={size}
              labels={labels}
              className={canAdd ? (classNames[addClass] ?? `Class ${addClass}`) : null}
              onAdd={canAdd ? (px, py) => props.onAddPoint?.(px, py, addClass) : null}
              onAnnounce={setAnnouncement}
            />
            <g ref={pointsRef} clipPath={`url(#${clipId})`}>
              {(['train', 'test'] as const).map((set) =>
                set === 'test' && !showTest && !test.some((p) => p.added) ? null : (
                  <PlanePoints
                    key={set}
                    set={set}
                    onlyAdded={set === 'test' && !showTest}
                    points={set === 'train' ? train : test}
                    x={x}
                    y={y}
                    task={task}
                    classNames={classNames}
                    domain={domain}
                    labels={labels}
                    isRemovable={isRemovable}
                    onRemove={onRemove}
                  />
                ),
              )}
            </g>
            {grid ? null : (
              <g aria-hidden="true" transform="translate(6,6)" pointerEvents="none">
                <rect width={196} height={22} rx={4} fill="#ffffff" stroke="#bbbbbb" />
                <text x={8} y={15} fontSize={12} fill="#333">
                  Computing the prediction…
                </text>
              </g>
            )}
          </g>
        </svg>
      </div>
      <div className="visually-hidden" aria-live="polite">
        {announcement}
      </div>
      <PlaneLegend
        task={task}
        classNames={classNames}
        showTest={showTest && test.length > 0}
        domain={domain}
      />
    </div>
  );
}
