// @vitest-environment jsdom
// The live settings against a real session: the learning rate and the batch mode and size go
// to the worker as a configure command and apply from the next update, as the panel says;
// a negative, too large or missing learning rate and a batch size below 1 are refused with a
// message naming the setting, and nothing changes.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Settings } from '../../../src/components/Controls/Settings';
import { getPreset } from '../../../src/scenario/presets';
import { lastNotice, withSession } from './harness';

afterEach(cleanup);

const panel = () => screen.getByRole('region', { name: 'Settings' });
const field = (name: string) =>
  within(panel()).getByRole('spinbutton', { name }) as HTMLInputElement;
const modeSelect = () =>
  within(panel()).getByRole('combobox', { name: 'Batch mode' }) as HTMLSelectElement;
const type = (input: HTMLInputElement, text: string) => {
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter' });
};
const shownRate = () => field('Learning rate').value;
const presetRate = (id: string) => {
  const optimizer = getPreset(id)!.scenario.optimizer!;
  return optimizer.learningRate;
};

describe('Settings', () => {
  it('shows the run’s learning rate and batch mode under their names', async () => {
    await withSession(<Settings />, 'xor');
    expect(screen.getByLabelText('Learning rate')).toBe(field('Learning rate'));
    expect(Number(field('Learning rate').value)).toBe(presetRate('xor'));
    expect(screen.getByLabelText('Batch mode')).toBe(modeSelect());
    expect([...modeSelect().options].map((o) => o.textContent)).toEqual([
      'Online',
      'Mini-batch',
      'Full batch',
    ]);
    expect(modeSelect().value).toBe(getPreset('xor')!.scenario.batch!.mode);
    // only a mini-batch has a size
    expect(within(panel()).queryByRole('spinbutton', { name: 'Batch size' })).toBeNull();
    // nothing has been changed yet, so no "applies from" line
    expect(within(panel()).queryByText(/apply from update/)).toBeNull();
  });

  it('keeps focus in the learning-rate field (and the batch-size field) after Enter', async () => {
    const { settle } = await withSession(<Settings />);
    const rate = field('Learning rate');
    rate.focus();
    type(rate, '0.25');
    await settle();
    expect(shownRate()).toBe('0.25');
    // the same element, still focused: the next Space types here, not Play
    expect(field('Learning rate')).toBe(rate);
    expect(document.activeElement).toBe(rate);
    fireEvent.change(modeSelect(), { target: { value: 'minibatch' } });
    await settle();
    const size = field('Batch size');
    size.focus();
    type(size, '4');
    await settle();
    expect(field('Batch size').value).toBe('4');
    expect(document.activeElement).toBe(size);
  });

  it('sends a new learning rate, which applies from the next update', async () => {
    const { store, send, settle, takeSent } = await withSession(<Settings />);
    send({ type: 'step', unit: 'update', count: 3 });
    await settle();
    takeSent();
    const done = store.getState().frame!.update;
    type(field('Learning rate'), '0.25');
    expect(takeSent()).toEqual([{ type: 'configure', patch: { learningRate: 0.25 } }]);
    await settle();
    expect(store.getState().summary?.optimizer.learningRate).toBe(0.25);
    expect(store.getState().appliedFrom).toBe(done + 1);
    expect(field('Learning rate').value).toBe('0.25');
    expect(
      within(panel()).getByText(`The latest settings apply from update ${done + 1}.`),
    ).toBeTruthy();
    // the next update uses it
    send({ type: 'traceStep' });
    await settle();
    const trace = store.getState().traces.at(-1)!;
    expect(trace.update).toBe(done + 1);
    expect(trace.optimizer.config.learningRate).toBe(0.25);
  });

  it('commits the learning rate on blur as well', async () => {
    const { store, settle, takeSent } = await withSession(<Settings />);
    fireEvent.change(field('Learning rate'), { target: { value: '0.5' } });
    expect(takeSent()).toEqual([]);
    fireEvent.blur(field('Learning rate'));
    expect(takeSent()).toEqual([{ type: 'configure', patch: { learningRate: 0.5 } }]);
    await settle();
    expect(store.getState().summary?.optimizer.learningRate).toBe(0.5);
  });

  it.each([
    ['a negative learning rate', '-0.1'],
    ['a learning rate above 10', '11'],
    ['an empty learning rate', ''],
  ])('refuses %s with a message and keeps the old one', async (_what, text) => {
    const { store, settle, takeSent } = await withSession(<Settings />);
    const rate = presetRate('two-two-one');
    type(field('Learning rate'), text);
    await settle();
    expect(takeSent()).toEqual([]);
    const quoted = text === '' ? 'an empty field' : `“${text}”`;
    expect(lastNotice(store, 'error')).toBe(
      `Learning rate: ${quoted} is not a number from 0 to 10; it stays ${rate}.`,
    );
    expect(store.getState().summary?.optimizer.learningRate).toBe(rate);
    expect(Number(field('Learning rate').value)).toBe(rate);
    expect(store.getState().appliedFrom).toBeNull();
  });

  it('refuses text that is not a number and keeps the old learning rate', async () => {
    const { store, settle, takeSent } = await withSession(<Settings />);
    const rate = presetRate('two-two-one');
    // a number input holds no text that is not a number: the browser (and jsdom) empty it
    type(field('Learning rate'), 'abc');
    await settle();
    expect(takeSent()).toEqual([]);
    expect(lastNotice(store, 'error')).toMatch(
      new RegExp(
        `^Learning rate: an empty field is not a number from 0 to 10; it stays ${rate}\\.$`,
      ),
    );
    expect(store.getState().summary?.optimizer.learningRate).toBe(rate);
    expect(Number(field('Learning rate').value)).toBe(rate);
  });

  it('Mini-batch starts at a batch of 10 and shows its size', async () => {
    const { store, settle, takeSent } = await withSession(<Settings />, 'xor');
    fireEvent.change(modeSelect(), { target: { value: 'minibatch' } });
    expect(takeSent()).toEqual([
      { type: 'configure', patch: { batch: { mode: 'minibatch', size: 10 } } },
    ]);
    await settle();
    expect(store.getState().summary?.batch).toEqual({ mode: 'minibatch', size: 10 });
    expect(modeSelect().value).toBe('minibatch');
    expect(field('Batch size').value).toBe('10');
    expect(store.getState().appliedFrom).toBe(store.getState().frame!.update + 1);
  });

  it('Online and Full batch send their mode alone', async () => {
    const { store, settle, takeSent } = await withSession(<Settings />, 'circle');
    expect(modeSelect().value).toBe('minibatch');
    fireEvent.change(modeSelect(), { target: { value: 'full' } });
    await settle();
    expect(store.getState().summary?.batch).toEqual({ mode: 'full' });
    expect(within(panel()).queryByRole('spinbutton', { name: 'Batch size' })).toBeNull();
    fireEvent.change(modeSelect(), { target: { value: 'online' } });
    await settle();
    expect(store.getState().summary?.batch).toEqual({ mode: 'online' });
    expect(takeSent()).toEqual([
      { type: 'configure', patch: { batch: { mode: 'full' } } },
      { type: 'configure', patch: { batch: { mode: 'online' } } },
    ]);
  });

  it('sends a new batch size', async () => {
    const { store, settle, takeSent } = await withSession(<Settings />, 'circle');
    type(field('Batch size'), '25');
    expect(takeSent()).toEqual([
      { type: 'configure', patch: { batch: { mode: 'minibatch', size: 25 } } },
    ]);
    await settle();
    expect(store.getState().summary?.batch).toEqual({ mode: 'minibatch', size: 25 });
    expect(field('Batch size').value).toBe('25');
  });

  it.each([
    ['0', '0'],
    ['a fraction', '2.5'],
    ['a negative size', '-4'],
  ])('refuses a batch size of %s with a message and keeps the old one', async (_what, text) => {
    const { store, settle, takeSent } = await withSession(<Settings />, 'circle');
    const before = store.getState().summary!.batch;
    type(field('Batch size'), text);
    await settle();
    expect(takeSent()).toEqual([]);
    const size = (before as { size: number }).size;
    expect(lastNotice(store, 'error')).toBe(
      `Batch size: “${text}” is not a whole number from 1 to 100000; it stays ${size}.`,
    );
    expect(store.getState().summary!.batch).toEqual(before);
    expect(field('Batch size').value).toBe(String((before as { size: number }).size));
  });

  it('refuses a batch size above the scenario format’s limit, and the field shows the old one', async () => {
    const { store, settle, takeSent } = await withSession(<Settings />, 'circle');
    const before = store.getState().summary!.batch as { size: number };
    type(field('Batch size'), '200000');
    await settle();
    expect(takeSent()).toEqual([]);
    expect(store.getState().summary!.batch).toEqual(before);
    expect(lastNotice(store, 'error')).toBe(
      `Batch size: “200000” is not a whole number from 1 to 100000; it stays ${before.size}.`,
    );
    expect(field('Batch size').value).toBe(String(before.size));
    expect(store.getState().appliedFrom).toBeNull();
  });
});
