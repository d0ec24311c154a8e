// @vitest-environment jsdom
// The optimizer's own settings: momentum's β and Nesterov, RMSProp's decay and ε, Adam's β₁, β₂
// and ε appear with the optimizer, change one at a time from the next update, and values out of
// range are refused with a message naming the setting.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TrainingOptions } from '../../../src/components/Controls/TrainingOptions';
import { lastNotice, withSession } from './harness';

afterEach(cleanup);

const panel = () => screen.getByRole('region', { name: 'Training options' });
const field = (name: string) =>
  within(panel()).getByRole('spinbutton', { name }) as HTMLInputElement;
const type = (input: HTMLInputElement, text: string) => {
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter' });
};
const chooseOptimizer = (value: string) =>
  fireEvent.change(within(panel()).getByRole('combobox', { name: 'Optimizer' }), {
    target: { value },
  });

describe('OptimizerParams', () => {
  it('shows each optimizer’s own settings, and none for SGD', async () => {
    const { settle } = await withSession(<TrainingOptions />, 'xor');
    const names = () =>
      within(panel())
        .queryAllByRole('spinbutton')
        .map(
          (f) =>
            f.getAttribute('aria-label') ?? f.closest('label')?.querySelector('span')?.textContent,
        );
    chooseOptimizer('sgd');
    await settle();
    expect(names()).toEqual(['Dropout']);
    chooseOptimizer('momentum');
    await settle();
    expect(names()).toEqual(['Momentum β', 'Dropout']);
    expect(within(panel()).getByRole('checkbox', { name: 'Nesterov' })).toBeTruthy();
    chooseOptimizer('rmsprop');
    await settle();
    expect(names()).toEqual(['Decay ρ', 'ε', 'Dropout']);
    chooseOptimizer('adam');
    await settle();
    expect(names()).toEqual(['β₁', 'β₂', 'ε', 'Dropout']);
    expect(field('β₂').value).toBe('0.999');
  });

  it('changes one setting and keeps the others and the learning rate', async () => {
    const { store, settle, takeSent } = await withSession(<TrainingOptions />, 'xor');
    chooseOptimizer('adam');
    await settle();
    const before = store.getState().summary!.optimizer;
    takeSent();
    type(field('β₁'), '0.8');
    expect(takeSent()).toEqual([
      { type: 'configure', patch: { optimizer: { ...before, beta1: 0.8 } } },
    ]);
    await settle();
    expect(store.getState().summary!.optimizer).toEqual({ ...before, beta1: 0.8 });
    expect(field('β₁').value).toBe('0.8');
  });

  it('turns Nesterov on for momentum', async () => {
    const { store, settle } = await withSession(<TrainingOptions />, 'xor');
    chooseOptimizer('momentum');
    await settle();
    fireEvent.click(within(panel()).getByRole('checkbox', { name: 'Nesterov' }));
    await settle();
    expect(store.getState().summary!.optimizer).toMatchObject({ kind: 'momentum', nesterov: true });
  });

  it.each([
    ['β₂', '1', 'β₂: “1” is not a number from 0 up to (not including) 1; it stays 0.999.'],
    ['β₁', '-0.1', 'β₁: “-0.1” is not a number from 0 up to (not including) 1; it stays 0.9.'],
    ['ε', '0', 'ε: “0” is not a number from 1e-12 up to (not including) 1; it stays 1e-8.'],
  ])('refuses %s = %s with a message and keeps the old value', async (name, text, message) => {
    const { store, settle, takeSent } = await withSession(<TrainingOptions />, 'xor');
    chooseOptimizer('adam');
    await settle();
    const before = store.getState().summary!.optimizer;
    takeSent();
    type(field(name), text);
    await settle();
    expect(takeSent()).toEqual([]);
    expect(lastNotice(store, 'error')).toBe(message);
    expect(store.getState().summary!.optimizer).toEqual(before);
  });
});
