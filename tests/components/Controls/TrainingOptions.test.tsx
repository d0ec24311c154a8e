// @vitest-environment jsdom
// The training options against a real session: optimizer, hidden activation, loss,
// regularization, dropout and speed each send the change they name, which applies from the
// next update; out-of-range rates are refused with a message, and a change the worker's
// validator refuses leaves the control showing the setting still in force.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TrainingOptions } from '../../../src/components/Controls/TrainingOptions';
import { getPreset } from '../../../src/scenario/presets';
import { lastNotice, withFakeSend, withSession } from './harness';

afterEach(cleanup);

const panel = () => screen.getByRole('region', { name: 'Training options' });
const select = (name: string) =>
  within(panel()).getByRole('combobox', { name }) as HTMLSelectElement;
const field = (name: string) =>
  within(panel()).getByRole('spinbutton', { name }) as HTMLInputElement;
const choose = (name: string, value: string) =>
  fireEvent.change(select(name), { target: { value } });
const type = (input: HTMLInputElement, text: string) => {
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter' });
};
const labels = (name: string) => [...select(name).options].map((o) => o.textContent);

describe('TrainingOptions', () => {
  it('shows nothing before a run is loaded', () => {
    withFakeSend(<TrainingOptions />);
    expect(screen.queryByRole('region', { name: 'Training options' })).toBeNull();
  });

  it('names its controls and shows the run’s settings', async () => {
    await withSession(<TrainingOptions />, 'xor');
    const xor = getPreset('xor')!.scenario;
    for (const name of ['Optimizer', 'Activation', 'Loss', 'Regularization', 'Speed'])
      expect(screen.getByLabelText(name)).toBe(select(name));
    expect(screen.getByLabelText('Dropout')).toBe(field('Dropout'));
    expect(labels('Optimizer')).toEqual(['SGD', 'Momentum', 'RMSProp', 'Adam']);
    expect(labels('Regularization')).toEqual(['None', 'L2', 'L1']);
    expect(select('Optimizer').value).toBe(xor.optimizer!.kind);
    expect(select('Activation').value).toBe(xor.network.activations[0]);
    expect(select('Loss').value).toBe(xor.loss);
    expect(select('Regularization').value).toBe('none');
    expect(within(panel()).queryByRole('spinbutton', { name: 'Regularization rate' })).toBeNull();
  });

  it('a new optimizer keeps the learning rate and takes its defaults, from the next update', async () => {
    const { store, send, settle, takeSent } = await withSession(<TrainingOptions />, 'circle');
    send({ type: 'step', unit: 'update', count: 2 });
    await settle();
    takeSent();
    const done = store.getState().frame!.update;
    const rate = store.getState().summary!.optimizer.learningRate;
    choose('Optimizer', 'adam');
    expect(takeSent()).toEqual([
      {
        type: 'configure',
        patch: {
          optimizer: { kind: 'adam', learningRate: rate, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 },
        },
      },
    ]);
    await settle();
    expect(store.getState().summary!.optimizer).toMatchObject({ kind: 'adam', learningRate: rate });
    expect(store.getState().appliedFrom).toBe(done + 1);
    expect(select('Optimizer').value).toBe('adam');
    choose('Optimizer', 'momentum');
    expect(takeSent()[0]).toEqual({
      type: 'configure',
      patch: {
        optimizer: { kind: 'momentum', learningRate: rate, momentum: 0.9, nesterov: false },
      },
    });
    choose('Optimizer', 'rmsprop');
    expect(takeSent()[0]).toEqual({
      type: 'configure',
      patch: { optimizer: { kind: 'rmsprop', learningRate: rate, decay: 0.99, epsilon: 1e-8 } },
    });
    await settle();
    expect(store.getState().summary!.optimizer.kind).toBe('rmsprop');
  });

  it('the activation applies to every hidden layer and keeps the output’s', async () => {
    const { store, settle, takeSent } = await withSession(<TrainingOptions />, 'circle');
    const output = store.getState().summary!.activations.at(-1)!;
    choose('Activation', 'relu');
    expect(takeSent()).toEqual([
      { type: 'configure', patch: { activations: ['relu', 'relu', output] } },
    ]);
    await settle();
    expect(store.getState().summary!.activations).toEqual(['relu', 'relu', output]);
    expect(select('Activation').value).toBe('relu');
  });

  it('hidden layers with different activations show as "Mixed"', async () => {
    const { store, settle } = await withSession(<TrainingOptions />, 'circle');
    const circle = getPreset('circle')!.scenario;
    store.getState().actions.loadScenario({
      ...circle,
      network: { ...circle.network, activations: ['tanh', 'relu', 'sigmoid'] },
    });
    await settle();
    expect(select('Activation').value).toBe('');
    expect(select('Activation').selectedOptions[0].textContent).toBe('Mixed');
    choose('Activation', 'tanh');
    await settle();
    expect(store.getState().summary!.activations).toEqual(['tanh', 'tanh', 'sigmoid']);
    expect(labels('Activation')).not.toContain('Mixed');
  });

  it('sends the chosen loss', async () => {
    const { store, settle, takeSent } = await withSession(<TrainingOptions />, 'circle');
    choose('Loss', 'mse');
    expect(takeSent()).toEqual([{ type: 'configure', patch: { loss: 'mse' } }]);
    await settle();
    expect(store.getState().summary!.loss).toBe('mse');
    expect(select('Loss').value).toBe('mse');
  });

  it('a loss the worker refuses leaves the old one shown, with the reason', async () => {
    // sine regresses with a linear output, which cross-entropy cannot take
    const { store, settle } = await withSession(<TrainingOptions />, 'sine');
    const before = store.getState().summary!.loss;
    choose('Loss', 'cross-entropy');
    await settle();
    expect(store.getState().summary!.loss).toBe(before);
    expect(select('Loss').value).toBe(before);
    expect(lastNotice(store, 'error')).toMatch(/^the scenario is not valid: loss: /);
    expect(store.getState().appliedFrom).toBeNull();
  });

  it('L2 and L1 start at a small rate that can then be changed; None removes it', async () => {
    const { store, settle, takeSent } = await withSession(<TrainingOptions />, 'circle');
    choose('Regularization', 'l2');
    expect(takeSent()).toEqual([
      { type: 'configure', patch: { regularization: { kind: 'l2', rate: 0.001 } } },
    ]);
    await settle();
    expect(field('Regularization rate').value).toBe('0.001');
    type(field('Regularization rate'), '0.05');
    await settle();
    expect(store.getState().summary!.regularization).toEqual({ kind: 'l2', rate: 0.05 });
    expect(field('Regularization rate').value).toBe('0.05');
    // switching kind keeps the rate
    choose('Regularization', 'l1');
    await settle();
    expect(store.getState().summary!.regularization).toEqual({ kind: 'l1', rate: 0.05 });
    choose('Regularization', 'none');
    await settle();
    expect(store.getState().summary!.regularization).toEqual({ kind: 'none' });
    expect(within(panel()).queryByRole('spinbutton', { name: 'Regularization rate' })).toBeNull();
    expect(takeSent().map((c) => c.type)).toEqual(['configure', 'configure', 'configure']);
  });

  it('refuses a negative regularization rate and keeps the old one', async () => {
    const { store, settle, takeSent } = await withSession(<TrainingOptions />, 'circle');
    choose('Regularization', 'l2');
    await settle();
    takeSent();
    type(field('Regularization rate'), '-1');
    await settle();
    expect(takeSent()).toEqual([]);
    expect(lastNotice(store, 'error')).toBe(
      'Regularization rate: “-1” is not a number from 0 to 10.',
    );
    expect(store.getState().summary!.regularization).toEqual({ kind: 'l2', rate: 0.001 });
    expect(field('Regularization rate').value).toBe('0.001');
  });

  it('sends a dropout from 0 to 0.9 and refuses one above', async () => {
    const { store, settle, takeSent } = await withSession(<TrainingOptions />, 'circle');
    type(field('Dropout'), '0.95');
    await settle();
    expect(takeSent()).toEqual([]);
    expect(lastNotice(store, 'error')).toBe('Dropout: “0.95” is not a number from 0 to 0.9.');
    expect(store.getState().summary!.dropout).toBe(0);
    expect(field('Dropout').value).toBe('0');
    type(field('Dropout'), '0.5');
    expect(takeSent()).toEqual([{ type: 'configure', patch: { dropout: 0.5 } }]);
    await settle();
    expect(store.getState().summary!.dropout).toBe(0.5);
    expect(store.getState().appliedFrom).toBe(store.getState().frame!.update + 1);
  });

  it('while paused, Speed only sets the speed the next Play uses', async () => {
    const { store, settle, takeSent } = await withSession(<TrainingOptions />, 'circle');
    expect(labels('Speed')).toEqual([
      'As fast as possible',
      '1 update / s',
      '5 updates / s',
      '30 updates / s',
      '300 updates / s',
    ]);
    choose('Speed', '5');
    expect(takeSent()).toEqual([]);
    expect(store.getState().speed).toBe(5);
    expect(select('Speed').value).toBe('5');
    store.getState().actions.togglePlay();
    expect(takeSent()).toEqual([{ type: 'play', speed: 5 }]);
    await settle();
    expect(store.getState().playing).toBe(true);
  });

  it('while playing, Speed changes the speed at once', async () => {
    const { store, settle, takeSent } = await withSession(<TrainingOptions />, 'circle');
    store.getState().actions.play('max');
    await settle();
    takeSent();
    choose('Speed', '30');
    expect(takeSent()).toEqual([{ type: 'play', speed: 30 }]);
    await settle();
    expect(store.getState().playing).toBe(true);
    expect(store.getState().speed).toBe(30);
    expect(select('Speed').value).toBe('30');
  });
});
