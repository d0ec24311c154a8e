// The classes view (iris, digits) on a real session, scored by the worker, and what a test
// expects of it worked out from the store's data and outputs on its own (argmax of each row).
import { screen, within } from '@testing-library/react';
import { ClassesView } from '../../../src/components/Data/ClassesView';
import type { DataSnapshot } from '../../../src/protocol/messages';
import { liveSession } from './liveSession';

/** A session showing the classes view, with every sample's outputs asked for and received. */
export async function classesSession(preset: 'iris' | 'digits') {
  const s = await liveSession(preset, (summary, data) => (
    <ClassesView summary={summary} data={data} />
  ));
  s.store.getState().actions.setViewNeeds({ grid: null, rows: true, curve: null });
  await s.settle();
  return s;
}

const argmax = (values: ArrayLike<number>, from: number, count: number): number => {
  let best = 0;
  for (let k = 1; k < count; k += 1) if (values[from + k] > values[from + best]) best = k;
  return best;
};

export const trueClass = (data: DataSnapshot, r: number) =>
  argmax(data.targets, r * data.nOut, data.nOut);

export const predictedClass = (data: DataSnapshot, outputs: Float64Array, r: number) =>
  argmax(outputs, r * data.nOut, data.nOut);

/** counts[t][p] over the given rows. */
export function expectedConfusion(
  data: DataSnapshot,
  outputs: Float64Array,
  rows: ArrayLike<number>,
): number[][] {
  const k = data.nOut;
  const counts = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const r of Array.from(rows))
    counts[trueClass(data, r)][predictedClass(data, outputs, r)] += 1;
  return counts;
}

/** The shown confusion table of a split: its caption and its counts [true][predicted]. */
export function shownConfusion(split: 'Train' | 'Test') {
  const table = within(screen.getByRole('group', { name: `${split} confusion` })).getByRole(
    'table',
  );
  const counts = within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll('td'), (td) => Number(td.textContent)));
  const caption = table.querySelector('caption')!;
  const note = caption.querySelector('span')?.textContent ?? '';
  return { caption: caption.textContent!.replace(note, ''), counts };
}
