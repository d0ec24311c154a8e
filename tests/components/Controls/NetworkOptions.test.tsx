// @vitest-environment jsdom
// The architecture and initialisation fields against a real session: new hidden layer sizes
// (on Enter or blur) or a new initialisation load a new network that keeps the data and the
// live settings; text that is not a list of layer sizes is refused with a message naming
// the bad part, and the network stays as it was.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NetworkOptions } from '../../../src/components/Controls/NetworkOptions';
import type { Scenario } from '../../../src/scenario/schema';
import { getPreset } from '../../../src/scenario/presets';
import { lastNotice, withFakeSend, withSession } from './harness';

afterEach(cleanup);

const panel = () => screen.getByRole('region', { name: 'Network options' });
const layersField = () =>
  within(panel()).getByRole('textbox', { name: 'Hidden layers' }) as HTMLInputElement;
const initSelect = () =>
  within(panel()).getByRole('combobox', { name: 'Initialisation' }) as HTMLSelectElement;
const type = (input: HTMLInputElement, text: string) => {
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter' });
};
const circleLayers = getPreset('circle')!.scenario.network.layers;

describe('NetworkOptions', () => {
  it('shows nothing before a run is loaded', () => {
    withFakeSend(<NetworkOptions />);
    expect(screen.queryByRole('region', { name: 'Network options' })).toBeNull();
  });

  it('shows the hidden layer sizes and the initialisation under their names', async () => {
    await withSession(<NetworkOptions />, 'circle');
    expect(screen.getByLabelText('Hidden layers')).toBe(layersField());
    expect(layersField().value).toBe(circleLayers.slice(1, -1).join(', '));
    const help = document.getElementById(layersField().getAttribute('aria-describedby')!);
    expect(help?.textContent).toMatch(/Sizes separated by commas/);
    expect(screen.getByLabelText('Initialisation')).toBe(initSelect());
    expect(initSelect().value).toBe(getPreset('circle')!.scenario.network.init);
    expect([...initSelect().options].map((o) => o.value)).toEqual([
      'xavier-uniform',
      'xavier-normal',
      'he-uniform',
      'he-normal',
      'uniform',
      'zeros',
    ]);
  });

  it('new sizes load a new network on Enter, keeping the data and the live settings', async () => {
    const { store, send, settle, takeSent } = await withSession(<NetworkOptions />, 'circle');
    send({ type: 'configure', patch: { learningRate: 0.3 } });
    await settle();
    takeSent();
    type(layersField(), '4, 3');
    const [load] = takeSent();
    if (load.type !== 'load') throw new Error(`expected a load, got ${load.type}`);
    const scenario = load.scenario as Scenario;
    expect(scenario.network.layers).toEqual([circleLayers[0], 4, 3, circleLayers.at(-1)]);
    expect(scenario.data).toEqual(getPreset('circle')!.scenario.data);
    await settle();
    const { summary, presetId } = store.getState();
    expect(summary!.sizes).toEqual([circleLayers[0], 4, 3, circleLayers.at(-1)]);
    expect(summary!.optimizer.learningRate).toBe(0.3);
    expect(presetId).toBeNull();
    expect(layersField().value).toBe('4, 3');
    const shape = summary!.sizes.join('-');
    expect(lastNotice(store, 'info')).toBe(
      `New network ${shape} (xavier-uniform): its weights were drawn afresh, the data and settings stay.`,
    );
  });

  it('commits the sizes on blur as well', async () => {
    const { store, settle, takeSent } = await withSession(<NetworkOptions />, 'circle');
    fireEvent.change(layersField(), { target: { value: '5' } });
    expect(takeSent()).toEqual([]);
    fireEvent.blur(layersField());
    expect(takeSent().map((c) => c.type)).toEqual(['load']);
    await settle();
    expect(store.getState().summary!.sizes).toEqual([circleLayers[0], 5, circleLayers.at(-1)]);
  });

  it('unchanged text loads nothing', async () => {
    const { takeSent } = await withSession(<NetworkOptions />, 'circle');
    fireEvent.keyDown(layersField(), { key: 'Enter' });
    fireEvent.blur(layersField());
    expect(takeSent()).toEqual([]);
  });

  it.each([
    ['4, x', '“x” is not a layer size from 1 to 1024'],
    ['4, 0', '“0” is not a layer size from 1 to 1024'],
    ['2000', '“2000” is not a layer size from 1 to 1024'],
    ['4.5', '“4.5” is not a layer size from 1 to 1024'],
    [Array(16).fill('2').join(', '), 'at most 15 hidden layers'],
  ])('refuses "%s", says why and keeps the network', async (text, why) => {
    const { store, settle, takeSent } = await withSession(<NetworkOptions />, 'circle');
    const shown = layersField().value;
    type(layersField(), text);
    await settle();
    expect(takeSent()).toEqual([]);
    expect(lastNotice(store, 'error')).toBe(
      `Hidden layers: ${why}. The network stays ${circleLayers.join('-')}.`,
    );
    expect(store.getState().summary!.sizes).toEqual(circleLayers);
    expect(store.getState().presetId).toBe('circle');
    expect(layersField().value).toBe(shown);
  });

  it('a new initialisation draws new weights for the same layers', async () => {
    const { store, settle, takeSent } = await withSession(<NetworkOptions />, 'circle');
    const before = store.getState().frame!.params;
    fireEvent.change(initSelect(), { target: { value: 'he-normal' } });
    const [load] = takeSent();
    if (load.type !== 'load') throw new Error(`expected a load, got ${load.type}`);
    expect((load.scenario as Scenario).network.init).toBe('he-normal');
    await settle();
    expect(store.getState().summary!.sizes).toEqual(circleLayers);
    expect(store.getState().frame!.params).not.toEqual(before);
    expect(initSelect().value).toBe('he-normal');
    expect(lastNotice(store, 'info')).toMatch(/\(he-normal\): its weights were drawn afresh/);
  });

  it('the same sizes written differently ("8,8" for "8, 8") keep the trained network', async () => {
    const { store, settle, takeSent } = await withSession(<NetworkOptions />, 'circle');
    store.getState().actions.stepForward('update');
    await settle();
    takeSent();
    type(layersField(), circleLayers.slice(1, -1).join(','));
    await settle();
    expect(takeSent()).toEqual([]);
    expect(store.getState().frame!.update).toBe(1);
    expect(store.getState().presetId).toBe('circle');
  });

  it('a worked example’s own weights are named as such, and a new shape gets Xavier weights, not zeros', async () => {
    const { store, settle, takeSent } = await withSession(<NetworkOptions />, 'two-two-one');
    expect(initSelect().value).toBe('given');
    expect(initSelect().selectedOptions[0].textContent).toBe('The scenario’s own weights');
    type(layersField(), '3');
    const [load] = takeSent();
    if (load.type !== 'load') throw new Error(`expected a load, got ${load.type}`);
    expect((load.scenario as Scenario).network.init).toBe('xavier-uniform');
    await settle();
    expect(store.getState().summary!.sizes).toEqual([2, 3, 1]);
    expect(lastNotice(store, 'info')).toMatch(/^New network 2-3-1 \(xavier-uniform\)/);
    // the hidden weights differ from each other, so the neurons can learn different things
    const params = store.getState().frame!.params;
    expect(new Set(Array.from(params.subarray(0, 6))).size).toBeGreaterThan(1);
    expect(initSelect().value).toBe('xavier-uniform');
  });
});
