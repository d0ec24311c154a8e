// @vitest-environment jsdom
// The plane panel against a real session: the worker's grid under the points (only a grid for
// this plane), a map per hidden neuron on a wide net, and points added by keyboard or click
// (and removed again) through changeData, which reloads the data under the same weights.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { useEffect, useMemo } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { PlanePanel } from '../../../src/components/Data/PlanePanel';
import type { DataSnapshot, RunSummary } from '../../../src/protocol/messages';
import { useAppStore } from '../../../src/store/context';
import { selectActions } from '../../../src/store/selectors';
import { classNamesOf, dataExtent, mapsOnGraph } from '../../../src/viz/dataPanel';
import { formatShort } from '../../../src/viz/format';
import { liveSession, sentSince, type LiveSession } from './liveSession';

afterEach(cleanup);

const RESOLUTION = 24;

/** The panel over the data's extent, asking for a grid over `shift`ed ranges (0: its own). */
function Plane(props: { summary: RunSummary; data: DataSnapshot; shift: number }) {
  const { summary, data, shift } = props;
  const actions = useAppStore(selectActions);
  const extent = useMemo(() => dataExtent(data), [data]);
  useEffect(() => {
    const move = (r: readonly [number, number]) => [r[0] + shift, r[1] + shift] as const;
    const x = shift === 0 ? extent.x : move(extent.x);
    const y = shift === 0 ? extent.y : move(extent.y);
    actions.setViewNeeds({
      grid: { x, y, resolution: RESOLUTION, layers: true },
      rows: false,
      curve: null,
    });
  }, [actions, extent, shift]);
  return <PlanePanel summary={summary} data={data} extent={extent} />;
}

const setup = (preset: string, shift = 0) =>
  liveSession(preset, (summary, data) => <Plane summary={summary} data={data} shift={shift} />);

const boundary = () => screen.getByRole('region', { name: 'Decision boundary' });
const summaryText = () =>
  document.getElementById(boundary().getAttribute('aria-describedby')!)!.textContent!;
/** Shows the test points too (where there are any): an added point may land in either split. */
const showTest = () => {
  const toggle = within(boundary()).queryByRole('checkbox', { name: 'Show test points' });
  if (toggle && !(toggle as HTMLInputElement).checked) fireEvent.click(toggle);
};
const surface = () => within(boundary()).getByRole('button', { name: /^Add a / });
const rows = (s: LiveSession) => s.store.getState().data!.inputs.length / 2;
/** The inline data of the last load sent. */
const loaded = (s: LiveSession, from: number) => {
  const loads = sentSince(s.sent, from, 'load');
  expect(loads).toHaveLength(1);
  return (loads[0].scenario as { data: { inputs: number[][]; targets: number[][] } }).data;
};

describe('PlanePanel', () => {
  it('draws the worker’s grid for this plane under every training point', async () => {
    const s = await setup('circle');
    const { data, views } = s.store.getState();
    expect(views.grid?.need.resolution).toBe(RESOLUTION);
    expect(screen.queryByText('Computing the prediction…')).toBeNull();
    expect(summaryText()).toMatch(/The network predicts .+ of the plane\./);
    expect(summaryText()).toContain(`${data!.train.length} training points`);
    expect(boundary().querySelectorAll('.pl-train .pl-marker')).toHaveLength(data!.train.length);
    // test points wait for the toggle
    expect(boundary().querySelectorAll('.pl-test .pl-marker')).toHaveLength(0);
    fireEvent.click(within(boundary()).getByRole('checkbox', { name: 'Show test points' }));
    expect(boundary().querySelectorAll('.pl-test .pl-marker')).toHaveLength(data!.test.length);
  });

  it('draws no grid that was computed for another plane', async () => {
    const s = await setup('circle', 0.5);
    expect(s.store.getState().views.grid).not.toBeNull();
    expect(screen.getByText('Computing the prediction…')).toBeTruthy();
    expect(summaryText()).toContain('The prediction over the plane is not computed yet.');
  });

  it('shows a small net’s selected neuron beside the plane, a wide net’s neurons as maps', async () => {
    const small = await setup('circle');
    expect(mapsOnGraph(small.store.getState().summary!.sizes)).toBe(true);
    expect(screen.getByText(/Select a hidden neuron/)).toBeTruthy();
    expect(screen.queryByRole('group', { name: /^Hidden layer/ })).toBeNull();
    cleanup();

    const wide = await setup('overfitting');
    const sizes = wide.store.getState().summary!.sizes;
    expect(mapsOnGraph(sizes)).toBe(false);
    sizes.slice(1, -1).forEach((units, l) => {
      const row = screen.getByRole('group', { name: `Hidden layer ${l + 1}` });
      const maps = within(row).getAllByRole('img');
      expect(maps).toHaveLength(units);
      expect(maps.at(-1)?.getAttribute('aria-label')).toBe(
        `Hidden layer ${l + 1}, neuron ${units}`,
      );
    });
  });

  it('adds a point of the chosen class at the keyboard cursor, keeping the weights', async () => {
    const s = await setup('xor');
    const before = s.store.getState().data!;
    const params = s.store.getState().frame!.params.slice();
    const n = rows(s);
    const classes = within(boundary()).getAllByRole('radio');
    fireEvent.click(classes[1]);
    const from = s.sent.length;
    fireEvent.keyDown(surface(), { key: 'ArrowRight' });
    // the surface names where the cursor is: "… at the cursor (x1 0.5, x2 -0.25) …"
    const at = /at the cursor \(\S+ ([^,]+), \S+ ([^)]+)\)/.exec(
      surface().getAttribute('aria-label')!,
    )!;
    fireEvent.keyDown(surface(), { key: 'Enter' });
    await s.settle();
    const sent = loaded(s, from);
    expect(sent.inputs).toHaveLength(n + 1);
    expect(sent.inputs.at(-1)!.map(formatShort)).toEqual([at[1], at[2]]);
    // class 1 of a single sigmoid output: the data's own high target
    expect(sent.targets.at(-1)).toEqual([Math.max(...before.targets)]);
    expect(rows(s)).toBe(n + 1);
    expect(Array.from(s.store.getState().frame!.params)).toEqual(Array.from(params));
    expect(s.store.getState().notices.at(-1)?.text).toMatch(/keeps the weights/);
    // the new point is the one point that can be removed again
    showTest();
    const removable = within(boundary()).getAllByRole('button', { name: /^Remove / });
    expect(removable).toHaveLength(1);
    const { summary } = s.store.getState();
    const name = classNamesOf(summary!.classNames, summary!)[1];
    expect(classes[1].parentElement!.textContent).toBe(name);
    expect(removable[0].getAttribute('aria-label')).toMatch(new RegExp(`point: ${name} at `));
  });

  it('adds a point where the plane is clicked, and removes it again', async () => {
    const s = await setup('circle');
    const { x, y } = dataExtent(s.store.getState().data!);
    const n = rows(s);
    const side = Number(surface().getAttribute('width'));
    const from = s.sent.length;
    // jsdom places the plane at (0, 0): a click a quarter in from the top left corner
    fireEvent.click(surface(), { clientX: side / 4, clientY: side / 4 });
    await s.settle();
    const [px, py] = loaded(s, from).inputs.at(-1)!;
    expect(px).toBeCloseTo(x[0] + (x[1] - x[0]) / 4, 9);
    expect(py).toBeCloseTo(y[1] - (y[1] - y[0]) / 4, 9);
    expect(rows(s)).toBe(n + 1);

    showTest();
    const again = s.sent.length;
    fireEvent.click(within(boundary()).getByRole('button', { name: /^Remove / }));
    await s.settle();
    const kept = loaded(s, again).inputs;
    expect(kept).toHaveLength(n);
    expect(kept.some(([a, b]) => a === px && b === py)).toBe(false);
    expect(rows(s)).toBe(n);
    expect(within(boundary()).queryAllByRole('button', { name: /^Remove / })).toHaveLength(0);
  });
});
