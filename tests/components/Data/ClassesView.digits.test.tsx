// @vitest-environment jsdom
// The classes view on the 8×8 digits against a real session: the chosen sample's picture, one
// first-layer weight picture per hidden unit whose choice selects that unit in the store, and
// the gallery of misclassified test digits, whose choice becomes the shown sample.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { classesSession, predictedClass, trueClass } from './classesSession';

afterEach(cleanup);

const sampleField = () => screen.getByRole('spinbutton', { name: 'Sample' }) as HTMLInputElement;
const tiles = () =>
  within(screen.getByRole('group', { name: 'First-layer weights per unit' })).getAllByRole(
    'button',
  );
const gallery = () => screen.getByRole('group', { name: 'Misclassified test digits' });

describe('ClassesView on digits', () => {
  it('draws the chosen sample as an 8×8 picture named with its true class', async () => {
    const { store } = await classesSession('digits');
    const { data, summary } = store.getState();
    const names = summary!.classNames!;
    const r = data!.test[0];
    const image = screen.getByRole('img', {
      name: `Digit image, true class ${names[trueClass(data!, r)]}`,
    });
    expect(image.querySelectorAll('rect')).toHaveLength(64);
    const other = data!.train.find((t) => trueClass(data!, t) !== trueClass(data!, r))!;
    fireEvent.change(sampleField(), { target: { value: String(other + 1) } });
    expect(
      screen.getByRole('img', {
        name: `Digit image, true class ${names[trueClass(data!, other)]}`,
      }),
    ).toBeTruthy();
  });

  it('shows one weight picture per hidden unit; choosing one selects that unit', async () => {
    const { store } = await classesSession('digits');
    const sizes = store.getState().summary!.sizes;
    expect(tiles()).toHaveLength(sizes[1]);
    expect(tiles().map((t) => t.getAttribute('aria-label'))).toEqual(
      Array.from({ length: sizes[1] }, (_, j) => `Hidden unit ${j + 1} weights`),
    );
    expect(tiles().some((t) => t.getAttribute('aria-pressed') === 'true')).toBe(false);
    fireEvent.click(tiles()[4]);
    expect(store.getState().selection).toEqual({ kind: 'neuron', layer: 1, j: 4 });
    expect(tiles().map((t) => t.getAttribute('aria-pressed') === 'true')).toEqual(
      Array.from({ length: sizes[1] }, (_, j) => j === 4),
    );
    // a selection made elsewhere (the graph) shows here too; one in another layer shows none
    act(() => store.getState().actions.select({ kind: 'neuron', layer: 1, j: 7 }));
    expect(tiles()[7].getAttribute('aria-pressed')).toBe('true');
    act(() => store.getState().actions.select({ kind: 'neuron', layer: 2, j: 4 }));
    expect(tiles().some((t) => t.getAttribute('aria-pressed') === 'true')).toBe(false);
  });

  it('lists the misclassified test digits, and choosing one shows it', async () => {
    const { store } = await classesSession('digits');
    const { data, views } = store.getState();
    const outputs = views.rows!.outputs;
    const wrong = Array.from(data!.test).filter(
      (r) => predictedClass(data!, outputs, r) !== trueClass(data!, r),
    );
    expect(wrong.length).toBeGreaterThan(0); // an untrained net gets many wrong
    expect(within(gallery()).getByText(`Misclassified test digits (${wrong.length})`)).toBeTruthy();
    const buttons = within(gallery()).getAllByRole('button');
    expect(buttons).toHaveLength(Math.min(24, wrong.length));
    if (wrong.length > 24)
      expect(within(gallery()).getByText(`and ${wrong.length - 24} more`)).toBeTruthy();

    const pick = wrong[2];
    fireEvent.click(buttons[2]);
    expect(sampleField().value).toBe(String(pick + 1));
    expect(
      screen.getByRole('table', { name: /predicted probabilities$/ }).querySelector('caption')
        ?.textContent,
    ).toBe(`Sample ${pick + 1}: predicted probabilities`);
    expect(buttons[2].getAttribute('aria-pressed')).toBe('true');
    expect(buttons.filter((b) => b.getAttribute('aria-pressed') === 'true')).toHaveLength(1);
  });
});
