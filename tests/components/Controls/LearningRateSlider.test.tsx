// @vitest-environment jsdom
// The learning rate's log slider beside its exact number: its notch follows the run's rate,
// moving it sends a nice value that applies from the next update, and the name "Learning rate"
// stays the number field's alone.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Settings } from '../../../src/components/Controls/Settings';
import { LOG_SLIDER_VALUES, logSliderIndex } from '../../../src/viz/logSlider';
import { withSession } from './harness';

afterEach(cleanup);

const panel = () => screen.getByRole('region', { name: 'Settings' });
const slider = () =>
  within(panel()).getByRole('slider', { name: 'η on a log scale' }) as HTMLInputElement;

describe('LearningRateSlider', () => {
  it('sits at the run’s rate and leaves the name "Learning rate" to the exact number', async () => {
    const { store } = await withSession(<Settings />, 'circle');
    const rate = store.getState().summary!.optimizer.learningRate;
    expect(Number(slider().value)).toBe(logSliderIndex(rate));
    expect(slider().getAttribute('aria-valuetext')).toBe(String(rate));
    expect(screen.getByLabelText('Learning rate').getAttribute('type')).toBe('number');
  });

  it('sends the value of the chosen notch, and the number field follows', async () => {
    const { store, settle, takeSent } = await withSession(<Settings />, 'circle');
    const k = logSliderIndex(store.getState().summary!.optimizer.learningRate) - 3;
    fireEvent.change(slider(), { target: { value: String(k) } });
    expect(takeSent()).toEqual([
      { type: 'configure', patch: { learningRate: LOG_SLIDER_VALUES[k] } },
    ]);
    expect(Number(slider().value)).toBe(k); // shown at once, before the worker confirms
    await settle();
    expect(store.getState().summary!.optimizer.learningRate).toBe(LOG_SLIDER_VALUES[k]);
    expect(Number((screen.getByLabelText('Learning rate') as HTMLInputElement).value)).toBe(
      LOG_SLIDER_VALUES[k],
    );
    expect(screen.getByText(/The latest settings apply from update 1\./)).toBeTruthy();
  });

  it('follows a rate typed into the number field', async () => {
    const { settle } = await withSession(<Settings />, 'circle');
    const field = screen.getByLabelText('Learning rate');
    fireEvent.change(field, { target: { value: '0.0012' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    await settle();
    expect(LOG_SLIDER_VALUES[Number(slider().value)]).toBe(0.001);
    // between notches, the slider still tells the exact rate
    expect(slider().getAttribute('aria-valuetext')).toBe('0.0012');
  });
});
