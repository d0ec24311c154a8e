// @vitest-environment jsdom
// The status bar against a real session: counters and losses of the latest frame (the 2-2-1
// losses checked against the published outputs), a test split's loss and accuracy, the phase
// in a polite live region as the cursor moves, and the 10 Hz refresh while playing.
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderLive } from '../liveStore';
import { StatusBar } from '../../../src/components/Status/StatusBar';
import type { Frame } from '../../../src/protocol/messages';
import { getPreset } from '../../../src/scenario/presets';
import { describePhase, phasesOf } from '../../../src/store/phases';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function setup() {
  return renderLive(<StatusBar />);
}

const status = () => screen.getByRole('region', { name: 'Status' });
const text = (testId: string) => within(status()).getByTestId(testId).textContent;
const number = (s: string | null) => Number(s?.replace(/−/g, '-').split(' ')[0]);
/** "0.6831 (75.0% correct)" → [0.6831, 0.75] */
const metric = (s: string | null) => {
  const match = /^(\S+) \((\d+\.\d)% correct\)$/.exec(s ?? '');
  expect(match).not.toBeNull();
  return [number(match![1]), Number(match![2]) / 100];
};

describe('StatusBar', () => {
  it('before a load: placeholders, and the initial phase in a polite live region', () => {
    setup();
    expect(within(status()).getByRole('heading', { name: 'Loading…' })).toBeTruthy();
    expect(text('update')).toBe('0');
    expect(text('epoch')).toBe('0');
    expect(text('batch-loss')).toBe('—');
    expect(text('train-loss')).toBe('—');
    expect(text('test-loss')).toBe('no test split');
    const phase = within(status()).getByRole('status');
    expect(phase).toBe(within(status()).getByTestId('phase'));
    expect(phase.getAttribute('aria-live')).toBe('polite');
    expect(phase.textContent).toBe(describePhase(null, null));
  });

  it('after one 2-2-1 update: its count and the published losses before and after it', async () => {
    const { actions, settle, store } = setup();
    await act(async () => void (await actions().loadPreset('two-two-one')));
    await settle();
    expect(text('batch-loss')).toBe('—'); // no update yet
    actions().stepForward('update');
    await settle();
    const trace = store.getState().traces[0];
    const preset = getPreset('two-two-one')!;
    expect(within(status()).getByRole('heading', { name: preset.title })).toBeTruthy();
    expect(within(status()).getByText(store.getState().summary!.dataLabel)).toBeTruthy();
    expect(text('update')).toBe(String(trace.update));
    expect(text('epoch')).toBe(String(trace.update)); // one sample: an epoch per update
    // ½(y − t)² with the published outputs 0.665074 before and 0.659554 after the update
    expect(text('batch-loss')).toMatch(/^\d\.\d{4}$/);
    expect(number(text('batch-loss'))).toBeCloseTo(0.5 * (0.665074 - 0.5) ** 2, 4);
    expect(number(text('batch-loss'))).toBeCloseTo(trace.batchLoss, 4);
    expect(text('train-loss')).toMatch(/^\d\.\d{4}$/); // a regression: no accuracy
    expect(number(text('train-loss'))).toBeCloseTo(0.5 * (0.659554 - 0.5) ** 2, 4);
    expect(text('test-loss')).toBe('no test split');
  });

  it('says each phase of the traced update as the cursor steps through it', async () => {
    const { actions, settle, store } = setup();
    await act(async () => void (await actions().loadPreset('two-two-one')));
    await settle();
    actions().stepForward('update');
    await settle();
    const trace = store.getState().traces[0];
    const phases = phasesOf(trace);
    phases.forEach((phase, k) => {
      expect(store.getState().cursor).toBe(k);
      expect(text('phase')).toBe(describePhase(phase, trace));
      if (k < phases.length - 1) act(() => actions().stepForward('phase'));
    });
    expect(text('phase')).toBe(`Update the parameters (update ${trace.update})`);
  });

  it('after an epoch of mini-batches: the update count, test loss and accuracy', async () => {
    const { actions, settle, store } = setup();
    await act(async () => void (await actions().loadPreset('gauss'))); // mini-batches of 10, a quarter held out to test
    await settle();
    actions().stepForward('epoch');
    await settle();
    const { summary, frame } = store.getState();
    const size = summary!.batch.mode === 'minibatch' ? summary!.batch.size : NaN;
    const updates = Math.ceil(summary!.nTrain / size); // a smaller last batch is not merged
    expect(summary!.nTest).toBeGreaterThan(0);
    expect(text('update')).toBe(String(updates));
    expect(text('epoch')).toBe('1');
    const [trainLoss, trainAccuracy] = metric(text('train-loss'));
    const [testLoss, testAccuracy] = metric(text('test-loss'));
    expect(trainLoss).toBeCloseTo(frame!.train!.loss, 4);
    expect(trainAccuracy).toBeCloseTo(frame!.train!.accuracy!, 3);
    expect(testLoss).toBeCloseTo(frame!.test!.loss, 4);
    expect(testAccuracy).toBeCloseTo(frame!.test!.accuracy!, 3);
    expect(text('phase')).toBe(
      `Paused after ${updates} updates: step forward to trace the next one`,
    );
  });

  it('writes a loss below 0.0001 in scientific notation, and zero as 0.0000', async () => {
    const { actions, settle, store } = setup();
    await act(async () => void (await actions().loadPreset('two-two-one')));
    await settle();
    const frame = store.getState().frame!;
    const batchLoss = 3.25e-5;
    act(() =>
      actions().receive({
        type: 'frame',
        frame: { ...frame, update: 1, batchLoss, train: { ...frame.train!, loss: 0 } },
      }),
    );
    expect(text('batch-loss')).toMatch(/e-5$/);
    expect(number(text('batch-loss'))).toBeCloseTo(batchLoss, 7);
    expect(text('train-loss')).toBe('0.0000');
  });

  it('says what happened to extreme losses, in words short enough for their columns', async () => {
    const { actions, settle, store } = setup();
    await act(async () => void (await actions().loadPreset('two-two-one')));
    await settle();
    const frame = store.getState().frame!;
    act(() =>
      actions().receive({
        type: 'frame',
        frame: {
          ...frame,
          update: 9,
          batchLoss: 9.760170156331145e304,
          train: { loss: Infinity, accuracy: 0.528, atUpdate: 9 },
          test: { loss: Number.NaN, accuracy: 0.5, atUpdate: 9 },
        },
      }),
    );
    expect(text('batch-loss')).toBe('9.76e+304');
    expect(text('train-loss')).toBe('overflowed (52.8% correct)');
  });

  it('while playing, keeps a steady phase and refreshes the counters at most every 100 ms', async () => {
    const { actions, settle, store } = setup();
    await act(async () => void (await actions().loadPreset('two-two-one')));
    await settle();
    vi.useFakeTimers();
    const base = store.getState().frame!;
    const frame = (update: number): Frame => ({ ...base, update, playing: true });
    act(() => actions().receive({ type: 'state', playing: true, speed: 'max' }));
    const training = text('phase');
    expect(training).toMatch(/^Training: press Pause/);
    for (let update = 1; update <= 4; update += 1) {
      act(() => actions().receive({ type: 'frame', frame: frame(update) }));
      act(() => vi.advanceTimersByTime(20));
      expect(text('phase')).toBe(training);
    }
    expect(text('update')).toBe('0'); // 80 ms of frames since Play wait …
    act(() => vi.advanceTimersByTime(25));
    expect(text('update')).toBe('4'); // … and the latest arrives when 100 ms are up
    act(() => actions().receive({ type: 'frame', frame: frame(5) }));
    expect(text('update')).toBe('4');
    act(() => actions().receive({ type: 'state', playing: false, speed: 'max' }));
    expect(text('update')).toBe('5'); // paused: at once
    expect(text('phase')).toBe('Paused after 5 updates: step forward to trace the next one');
  });
});
