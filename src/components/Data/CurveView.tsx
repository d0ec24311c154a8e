// 1-D regression: the fitted curve the worker evaluated along the input range, over the data.
import { useMemo } from 'react';
import type { DataSnapshot } from '../../protocol/messages';
import { useAppStore } from '../../store/context';
import { curvePoints } from '../../viz/dataPanel';
import { RegressionCurve } from '../DataViews/Plane/RegressionCurve';

export function CurveView({
  data,
  xs,
}: {
  readonly data: DataSnapshot;
  readonly xs: Float64Array;
}) {
  const view = useAppStore((s) => s.views.curve);
  const train = useMemo(() => curvePoints(data, data.train), [data]);
  const test = useMemo(() => curvePoints(data, data.test), [data]);
  const ys = view && view.outputs.length === xs.length ? view.outputs : null;
  return <RegressionCurve xs={xs} ys={ys} train={train} test={test} />;
}
