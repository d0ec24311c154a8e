// @vitest-environment jsdom
// The data controls against a real session: each field shows the live scenario's value, a
// change reloads the data (keeping the network's weights when its shape fits, and saying so),
// a value out of range is refused with a message and changes nothing, and an imported table
// with other inputs gives the network a new shape.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DataControls } from '../../../src/components/Data/DataControls';
import type { Scenario } from '../../../src/scenario/schema';
import { liveSession, sentSince, type LiveSession } from './liveSession';

afterEach(cleanup);

const group = () => screen.getByRole('group', { name: 'Data settings' });
const field = (name: string) =>
  within(group()).getByRole('spinbutton', { name }) as HTMLInputElement;
const scenarioOf = (s: LiveSession) => s.store.getState().shareable!.scenario as Scenario;
const rows = (s: LiveSession) => {
  const data = s.store.getState().data!;
  return data.inputs.length / data.nIn;
};
const lastNotice = (s: LiveSession) => s.store.getState().notices.at(-1);

async function type(s: LiveSession, name: string, text: string) {
  const input = field(name);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter' });
  await s.settle();
}

/** A session on `preset` trained for one epoch, so its weights are no longer the initial ones. */
async function trained(preset: string) {
  const s = await liveSession(preset, <DataControls />);
  s.store.getState().actions.stepForward('epoch');
  await s.settle();
  expect(s.store.getState().frame!.update).toBeGreaterThan(0);
  return s;
}

describe('DataControls', () => {
  it('shows the live scenario’s samples, noise, test share and seed', async () => {
    const s = await liveSession('circle', <DataControls />);
    const scenario = scenarioOf(s);
    const data = scenario.data as { samples: number; noise: number };
    expect(field('Samples').value).toBe(String(data.samples));
    expect(field('Noise').value).toBe(String(data.noise));
    expect(field('Test share').value).toBe(String(scenario.split.test));
    expect(field('Seed').value).toBe(String(scenario.seed));
    expect(rows(s)).toBe(data.samples);
    expect(within(group()).getByRole('button', { name: 'New draw' })).toBeTruthy();
  });

  it('a data set read from a file has no samples, noise or new draw', async () => {
    await liveSession('iris', <DataControls />);
    expect(within(group()).queryByRole('spinbutton', { name: 'Samples' })).toBeNull();
    expect(within(group()).queryByRole('spinbutton', { name: 'Noise' })).toBeNull();
    expect(within(group()).queryByRole('button', { name: 'New draw' })).toBeNull();
    expect(field('Test share')).toBeTruthy();
    expect(field('Seed')).toBeTruthy();
  });

  it('more samples reload the data under the same weights, and say so', async () => {
    const s = await trained('circle');
    const params = s.store.getState().frame!.params.slice();
    const samples = (scenarioOf(s).data as { samples: number }).samples + 40;
    const from = s.sent.length;
    await type(s, 'Samples', String(samples));
    expect(sentSince(s.sent, from, 'load')).toHaveLength(1);
    expect(rows(s)).toBe(samples);
    expect(field('Samples').value).toBe(String(samples));
    expect(Array.from(s.store.getState().frame!.params)).toEqual(Array.from(params));
    expect(lastNotice(s)).toMatchObject({
      tone: 'info',
      text: expect.stringMatching(/keeps the weights it has learned/),
    });
  });

  it('a new test share splits the same samples anew', async () => {
    const s = await liveSession('circle', <DataControls />);
    const n = rows(s);
    await type(s, 'Test share', '0.5');
    const { data } = s.store.getState();
    expect(scenarioOf(s).split.test).toBe(0.5);
    expect(rows(s)).toBe(n);
    expect(data!.train.length + data!.test.length).toBe(n);
    expect(Math.abs(data!.test.length - n * 0.5)).toBeLessThanOrEqual(1);
    expect(field('Test share').value).toBe('0.5');
  });

  it('New draw takes the next seed and draws other points of the same size', async () => {
    const s = await liveSession('circle', <DataControls />);
    const seed = scenarioOf(s).seed;
    const before = s.store.getState().data!.inputs.slice();
    fireEvent.click(within(group()).getByRole('button', { name: 'New draw' }));
    await s.settle();
    expect(scenarioOf(s).seed).toBe(seed + 1);
    expect(field('Seed').value).toBe(String(seed + 1));
    const after = s.store.getState().data!.inputs;
    expect(after.length).toBe(before.length);
    expect(Array.from(after)).not.toEqual(Array.from(before));
  });

  it.each([
    ['Samples', '3', 'Samples must be a whole number from 4 to 5000.'],
    ['Samples', '12.5', 'Samples must be a whole number from 4 to 5000.'],
    ['Noise', '1.5', 'Noise must be a number from 0 to 1.'],
    ['Noise', ' ', 'Noise must be a number from 0 to 1.'],
    ['Test share', '0.95', 'The test share must be a number from 0 to 0.9.'],
    ['Seed', '-1', 'The seed must be a whole number from 0 to 4294967295.'],
  ])('refuses %s = “%s” with a message and keeps the data', async (name, text, message) => {
    const s = await liveSession('circle', <DataControls />);
    const shown = field(name).value;
    const { data } = s.store.getState();
    const from = s.sent.length;
    await type(s, name, text);
    expect(lastNotice(s)).toMatchObject({ tone: 'error', text: message });
    expect(sentSince(s.sent, from, 'load')).toHaveLength(0);
    expect(s.store.getState().data).toBe(data);
    expect(field(name).value).toBe(shown);
  });

  it('imports a table with other inputs: a new network shape, fresh weights, and it says so', async () => {
    const s = await trained('circle');
    const hidden = scenarioOf(s).network.layers.slice(1, -1);
    const toggle = within(group()).getByRole('button', { name: 'Import data…' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const importer = screen.getByRole('region', { name: 'Import data' });
    const csv =
      'a,b,c,kind\n' +
      Array.from({ length: 15 }, (_, r) => `${r / 10},${(r % 4) / 2},${(r % 5) / 3},${r % 3}`).join(
        '\n',
      );
    fireEvent.change(within(importer).getByLabelText('Paste CSV text'), {
      target: { value: csv },
    });
    fireEvent.click(within(importer).getByRole('button', { name: 'Use this data' }));
    await s.settle();
    const { summary, data } = s.store.getState();
    expect(summary!.sizes).toEqual([3, ...hidden, 3]);
    expect(summary!.activations.at(-1)).toBe('softmax');
    expect(data!.inputs.length / data!.nIn).toBe(15);
    expect(s.store.getState().frame!.update).toBe(0);
    expect(lastNotice(s)).toMatchObject({
      tone: 'info',
      text: expect.stringMatching(/new shape and fresh weights/),
    });
    // the importer closes once its data is in use
    expect(screen.queryByRole('region', { name: 'Import data' })).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });
});
