// @vitest-environment jsdom
// The fitted curve on the sine set against a real session: the data as training and test dots,
// the curve the worker evaluated along the inputs drawn over them (and not one evaluated along
// other inputs), and a new curve after training.
import { cleanup, screen } from '@testing-library/react';
import { useMemo } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { CurveView } from '../../../src/components/Data/CurveView';
import type { DataSnapshot } from '../../../src/protocol/messages';
import { curveInputs } from '../../../src/viz/dataPanel';
import { formatShort } from '../../../src/viz/format';
import { liveSession } from './liveSession';

afterEach(cleanup);

const POINTS = 120;

function Curve({ data }: { readonly data: DataSnapshot }) {
  const xs = useMemo(() => curveInputs(data, POINTS), [data]);
  return <CurveView data={data} xs={xs} />;
}

async function setup(evaluateAt: number | null = POINTS) {
  const s = await liveSession('sine', (_, data) => <Curve data={data} />);
  const data = s.store.getState().data!;
  if (evaluateAt !== null) {
    s.store
      .getState()
      .actions.setViewNeeds({ grid: null, rows: false, curve: curveInputs(data, evaluateAt) });
    await s.settle();
  }
  return s;
}

const view = () => screen.getByRole('region', { name: 'Fitted curve' });
const summary = () =>
  document.getElementById(view().getAttribute('aria-describedby')!)!.textContent;
const fit = () => view().querySelector('path.rc-fit');
const range = (ys: Float64Array) =>
  `The fitted curve runs from y ${formatShort(Math.min(...ys))} to ${formatShort(Math.max(...ys))}.`;

describe('CurveView', () => {
  it('draws every sample, training filled and test hollow, before the curve is known', async () => {
    const { store } = await setup(null);
    const data = store.getState().data!;
    expect(view().querySelectorAll('circle.rc-train')).toHaveLength(data.train.length);
    expect(view().querySelectorAll('circle.rc-test')).toHaveLength(data.test.length);
    expect(summary()).toBe(
      `${data.train.length} training points and ${data.test.length} test points. ` +
        'The fitted curve is not computed yet.',
    );
    expect(fit()).toBeNull();
  });

  it('draws the curve the worker evaluated along the inputs', async () => {
    const { store } = await setup();
    const ys = store.getState().views.curve!.outputs;
    expect(ys).toHaveLength(POINTS);
    // one unbroken line through every evaluated point
    const d = fit()!.getAttribute('d')!;
    expect(d.match(/M/g)).toHaveLength(1);
    expect(d.match(/L/g)).toHaveLength(POINTS - 1);
    expect(d).not.toMatch(/NaN/);
    expect(summary()).toContain(range(ys));
  });

  it('draws no curve from outputs along other inputs', async () => {
    const { store } = await setup(POINTS / 2);
    expect(store.getState().views.curve!.outputs).toHaveLength(POINTS / 2);
    expect(fit()).toBeNull();
    expect(summary()).toContain('The fitted curve is not computed yet.');
  });

  it('follows the weights: training moves the curve', async () => {
    const { store, settle } = await setup();
    const before = store.getState().views.curve!.outputs;
    const d = fit()?.getAttribute('d');
    store.getState().actions.stepForward('epoch');
    await settle();
    const { views, frame } = store.getState();
    expect(views.curve!.update).toBe(frame!.update);
    expect(views.curve!.outputs).not.toEqual(before);
    expect(summary()).toContain(range(views.curve!.outputs));
    expect(fit()?.getAttribute('d')).not.toBe(d);
  });
});
