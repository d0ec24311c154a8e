// @vitest-environment jsdom
// The data panel against a real session: which view a run gets (plane, surface, curve, classes
// or a note) and which forward-only views it asks the worker for — and that it stops asking
// once it is gone.
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DataPanel, GRID_RESOLUTION } from '../../../src/components/Data/DataPanel';
import { getPreset } from '../../../src/scenario/presets';
import { curveInputs, dataExtent } from '../../../src/viz/dataPanel';
import { liveSession, sentSince } from './liveSession';

afterEach(cleanup);

const panel = () => screen.getByRole('region', { name: /^Data: / });
const views = ['Decision boundary', 'Regression surface', 'Fitted curve'];
const shownViews = () => views.filter((name) => screen.queryByRole('region', { name }) !== null);

describe('DataPanel', () => {
  it('shows a 2-D classification as a decision boundary and asks for its grid', async () => {
    const { store, sent } = await liveSession('circle', <DataPanel />);
    const { summary, data, views: got } = store.getState();
    expect(panel().querySelector('h2')?.textContent).toBe(`Data: ${summary!.dataLabel}`);
    expect(shownViews()).toEqual(['Decision boundary']);
    const extent = dataExtent(data!);
    const grids = sentSince(sent, 0, 'evaluateGrid');
    expect(grids.length).toBeGreaterThan(0);
    expect(grids.at(-1)).toMatchObject({
      x: extent.x,
      y: extent.y,
      resolution: GRID_RESOLUTION,
      layers: true,
    });
    // a classification on the plane needs no per-sample scores and no curve
    expect(sentSince(sent, 0, 'evaluate')).toHaveLength(0);
    // the answer arrived: a value per grid point, and the placeholder is gone
    expect(got.grid?.output.length).toBe(GRID_RESOLUTION * GRID_RESOLUTION);
    expect(screen.queryByText('Computing the prediction…')).toBeNull();
    expect(screen.queryByRole('group', { name: 'Train confusion' })).toBeNull();
  });

  it('shows a 2-D regression as a surface, where points cannot be added', async () => {
    const { store, sent } = await liveSession('plane', <DataPanel />);
    expect(store.getState().summary?.task).toBe('regression');
    expect(shownViews()).toEqual(['Regression surface']);
    expect(screen.queryByRole('button', { name: /^Add a / })).toBeNull();
    expect(sentSince(sent, 0, 'evaluateGrid').at(-1)?.layers).toBe(true);
  });

  it('shows the sine set as a fitted curve evaluated along its input range', async () => {
    const { store, sent } = await liveSession('sine', <DataPanel />);
    expect(shownViews()).toEqual(['Fitted curve']);
    const asked = sentSince(sent, 0, 'evaluate');
    expect(asked.length).toBeGreaterThan(0);
    expect(Array.from(asked.at(-1)!.inputs ?? [])).toEqual(
      Array.from(curveInputs(store.getState().data!)),
    );
    expect(sentSince(sent, 0, 'evaluateGrid')).toHaveLength(0);
    expect(store.getState().views.curve?.outputs.length).toBe(asked.at(-1)!.inputs!.length);
  });

  it('shows iris as classes and asks for every sample’s outputs', async () => {
    const { store, sent } = await liveSession('iris', <DataPanel />);
    expect(shownViews()).toEqual([]);
    expect(screen.getByRole('group', { name: 'Train confusion' })).toBeTruthy();
    const asked = sentSince(sent, 0, 'evaluate');
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((c) => c.inputs === undefined)).toBe(true);
    expect(sentSince(sent, 0, 'evaluateGrid')).toHaveLength(0);
    const { data, views: got } = store.getState();
    expect(got.rows?.outputs.length).toBe(data!.targets.length);
  });

  it('says there is no picture for a regression with three inputs, and asks for nothing', async () => {
    const base = getPreset('plane')!.scenario;
    const inputs = Array.from({ length: 12 }, (_, r) => [r / 12, (r % 3) / 3, (r % 4) / 4]);
    const scenario = {
      ...base,
      network: { ...base.network, layers: [3, 4, 1] },
      data: { kind: 'inline', inputs, targets: inputs.map(([a, b, c]) => [a - b + c]) },
    };
    const { store, sent } = await liveSession({ scenario }, <DataPanel />);
    const { summary } = store.getState();
    expect(summary?.sizes[0]).toBe(3);
    expect(summary?.task).toBe('regression');
    expect(panel().textContent).toContain(
      `There is no picture for ${summary!.sizes[0]} inputs: the loss chart below shows how training goes.`,
    );
    expect(shownViews()).toEqual([]);
    expect(sentSince(sent, 0, 'evaluateGrid')).toHaveLength(0);
    expect(sentSince(sent, 0, 'evaluate')).toHaveLength(0);
  });

  it('follows a new run to its own view and asks for the new grid', async () => {
    const { store, sent, settle } = await liveSession('iris', <DataPanel />);
    expect(screen.getByRole('group', { name: 'Train confusion' })).toBeTruthy();
    const from = sent.length;
    await act(async () => void (await store.getState().actions.loadPreset('circle')));
    await settle();
    expect(shownViews()).toEqual(['Decision boundary']);
    expect(screen.queryByRole('group', { name: 'Train confusion' })).toBeNull();
    const extent = dataExtent(store.getState().data!);
    expect(sentSince(sent, from, 'evaluateGrid').at(-1)).toMatchObject(extent);
    expect(store.getState().views.grid?.need).toMatchObject(extent);
    expect(store.getState().notices.filter((n) => n.tone === 'error')).toEqual([]);
  });

  it.each(['sine', 'iris'])(
    'leaving a 2-D run for %s asks the new network for no grid (it has no plane)',
    async (next) => {
      const { store, sent, settle } = await liveSession('circle', <DataPanel />);
      const from = sent.length;
      await act(async () => void (await store.getState().actions.loadPreset(next)));
      await settle();
      expect(sentSince(sent, from, 'evaluateGrid')).toEqual([]);
      expect(store.getState().notices.filter((n) => n.tone === 'error')).toEqual([]);
      expect(shownViews()).toEqual(next === 'sine' ? ['Fitted curve'] : []);
    },
  );

  it('withdraws its needs when it unmounts: training on asks the worker for no views', async () => {
    const { store, sent, settle, unmount } = await liveSession('circle', <DataPanel />);
    expect(store.getState().views.grid).not.toBeNull();
    unmount();
    const from = sent.length;
    store.getState().actions.stepForward('epoch');
    await settle();
    expect(store.getState().frame?.update).toBeGreaterThan(0);
    expect(sentSince(sent, from, 'evaluateGrid')).toHaveLength(0);
    expect(sentSince(sent, from, 'evaluate')).toHaveLength(0);
  });
});
