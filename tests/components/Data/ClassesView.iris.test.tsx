// @vitest-environment jsdom
// The classes view on iris against a real session: train and test confusion matrices that count
// every sample of their split as the worker scored it, accuracy as the diagonal's share, the
// chosen sample's probabilities, and fresh scores after training.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatPercent } from '../../../src/viz/classes';
import { formatShort } from '../../../src/viz/format';
import {
  classesSession,
  expectedConfusion,
  predictedClass,
  shownConfusion,
  trueClass,
} from './classesSession';
import { sentSince } from './liveSession';

afterEach(cleanup);

const sum = (m: number[][]) => m.flat().reduce((a, b) => a + b, 0);
const diagonal = (m: number[][]) => m.reduce((a, row, t) => a + row[t], 0);
const sampleField = () => screen.getByRole('spinbutton', { name: 'Sample' }) as HTMLInputElement;
const probabilities = () => screen.getByRole('table', { name: /predicted probabilities$/ });

describe('ClassesView on iris', () => {
  it('counts every sample of each split as the worker scored it', async () => {
    const { store } = await classesSession('iris');
    const { data, views, summary } = store.getState();
    const outputs = views.rows!.outputs;
    for (const [split, rows] of [
      ['Train', data!.train],
      ['Test', data!.test],
    ] as const) {
      const { caption, counts } = shownConfusion(split);
      expect(sum(counts)).toBe(rows.length);
      expect(counts).toEqual(expectedConfusion(data!, outputs, rows));
      expect(caption).toBe(`${split}: accuracy ${formatPercent(diagonal(counts) / rows.length)}`);
    }
    const heads = within(screen.getByRole('group', { name: 'Train confusion' }))
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(heads).toEqual(summary!.classNames);
  });

  it('says it is scoring until the outputs arrive', async () => {
    const { store, settle } = await classesSession('iris');
    expect(screen.queryByText('Scoring every sample…')).toBeNull();
    // a new load forgets the old scores until the new ones come
    store.getState().actions.setViewNeeds({ grid: null, rows: false, curve: null });
    await act(async () => void (await store.getState().actions.loadPreset('iris')));
    await settle();
    expect(store.getState().views.rows).toBeNull();
    expect(screen.getByText('Scoring every sample…')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Train confusion' })).toBeNull();
  });

  it('shows the first test sample’s probabilities, its true and its predicted class', async () => {
    const { store } = await classesSession('iris');
    const { data, views, summary } = store.getState();
    const r = data!.test[0];
    expect(sampleField().value).toBe(String(r + 1));
    const table = probabilities();
    expect(table.querySelector('caption')?.textContent).toBe(
      `Sample ${r + 1}: predicted probabilities`,
    );
    const rows = within(table).getAllByRole('row').slice(1);
    const k = data!.nOut;
    expect(rows).toHaveLength(k);
    rows.forEach((row, c) => {
      expect(row.querySelector('th')?.firstChild?.textContent).toBe(summary!.classNames![c]);
      expect(row.querySelector('td')?.textContent).toBe(
        formatShort(views.rows!.outputs[r * k + c]),
      );
      expect(row.textContent!.includes('✓ true')).toBe(c === trueClass(data!, r));
      expect(row.textContent!.includes('predicted')).toBe(
        c === predictedClass(data!, views.rows!.outputs, r),
      );
    });
    // iris is not a picture: no digit image, no weight pictures, no gallery
    expect(screen.queryByRole('img', { name: /^Digit image/ })).toBeNull();
    expect(screen.queryByRole('group', { name: 'First-layer weights per unit' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Misclassified test digits' })).toBeNull();
  });

  it('shows another sample when one is chosen, and ignores numbers outside 1…n', async () => {
    const { store } = await classesSession('iris');
    const { data, views } = store.getState();
    const n = data!.inputs.length / data!.nIn;
    const pick = data!.train[3];
    fireEvent.change(sampleField(), { target: { value: String(pick + 1) } });
    expect(sampleField().value).toBe(String(pick + 1));
    expect(probabilities().querySelector('caption')?.textContent).toBe(
      `Sample ${pick + 1}: predicted probabilities`,
    );
    const first = within(probabilities()).getAllByRole('row')[1].querySelector('td')?.textContent;
    expect(first).toBe(formatShort(views.rows!.outputs[pick * data!.nOut]));
    for (const bad of ['0', String(n + 1), '2.5']) {
      fireEvent.change(sampleField(), { target: { value: bad } });
      expect(sampleField().value).toBe(String(pick + 1));
    }
  });

  it('scores again after training, on the new weights', async () => {
    const { store, sent, settle } = await classesSession('iris');
    const before = store.getState().views.rows!;
    const from = sent.length;
    store.getState().actions.stepForward('epoch');
    await settle();
    const { frame, views, data } = store.getState();
    expect(frame!.update).toBeGreaterThan(0);
    expect(sentSince(sent, from, 'evaluate').length).toBeGreaterThan(0);
    expect(views.rows!.update).toBe(frame!.update);
    expect(views.rows!.outputs).not.toEqual(before.outputs);
    expect(shownConfusion('Test').counts).toEqual(
      expectedConfusion(data!, views.rows!.outputs, data!.test),
    );
  });
});
