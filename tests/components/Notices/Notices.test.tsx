// @vitest-environment jsdom
// Notices: the store's notify() shows each notice with a role for its tone (an error is an
// alert, the rest a polite status), dismissing removes only that one, at most five are kept;
// a real divergence shows an alert whose three remedies reach the session.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderLive } from '../liveStore';
import { Notices } from '../../../src/components/Notices/Notices';
import { divergingScenario } from '../../helpers/scenarios';

afterEach(cleanup);

function setup() {
  return renderLive(<Notices />);
}

const region = () => screen.getByRole('region', { name: 'Notices' });
/** The notices' texts in the order shown (alerts and the rest alike). */
const texts = () =>
  Array.from(region().querySelectorAll('.notice'), (n) => n.querySelector('p')?.textContent);
/** The notice holding `text`. */
const noticeOf = (text: string) =>
  within(region()).getByText(text).closest('.notice') as HTMLElement;

describe('Notices', () => {
  it('is an empty named region until something is said', () => {
    setup();
    expect(texts()).toHaveLength(0);
    expect(within(region()).queryAllByRole('button')).toHaveLength(0);
    // the live region is there before anything is said, so what appears in it is announced
    expect(region().querySelector('[aria-live="polite"]')).not.toBeNull();
  });

  it('shows an error as an alert, and information or a warning in the polite live region', () => {
    const { actions } = setup();
    act(() => {
      actions().notify('info', 'New data loaded.');
      actions().notify('warning', 'The worker restarted.');
      actions().notify('error', 'This link could not be opened.');
    });
    const [alert] = within(region()).getAllByRole('alert');
    expect(alert.textContent).toContain('This link could not be opened.');
    const live = region().querySelector('[aria-live="polite"]') as HTMLElement;
    expect(Array.from(live.querySelectorAll('.notice:not([role])'), (n) => n.textContent)).toEqual([
      'New data loaded.×',
      'The worker restarted.×',
    ]);
    // each dismiss button is described by its notice (its name stays out of the labels' way)
    expect(
      within(region())
        .getAllByRole('button', { name: 'Dismiss notice' })
        .map((b) => document.getElementById(b.getAttribute('aria-describedby')!)?.textContent),
    ).toEqual(['New data loaded.', 'The worker restarted.', 'This link could not be opened.']);
    expect(
      within(region()).getByRole('button', { description: 'The worker restarted.' }),
    ).toBeTruthy();
  });

  it('dismissing a notice removes only that one, wherever it is', () => {
    const { actions, store } = setup();
    act(() => ['first', 'second', 'third'].forEach((t) => actions().notify('info', t)));
    fireEvent.click(within(noticeOf('second')).getByRole('button', { description: 'second' }));
    expect(texts()).toEqual(['first', 'third']);
    expect(store.getState().notices.map((n) => n.text)).toEqual(['first', 'third']);
    fireEvent.click(within(noticeOf('first')).getByRole('button', { description: 'first' }));
    expect(texts()).toEqual(['third']);
  });

  it('dismissing one of two notices with the same text keeps the other', () => {
    const { actions } = setup();
    act(() => {
      actions().notify('error', 'Same words.');
      actions().notify('error', 'Same words.');
    });
    const [, later] = within(region()).getAllByRole('button', { description: 'Same words.' });
    fireEvent.click(later);
    expect(within(region()).getAllByRole('alert')).toHaveLength(1);
  });

  it('keeps the five latest notices', () => {
    const { actions } = setup();
    const said = Array.from({ length: 7 }, (_, k) => `notice ${k + 1}`);
    act(() => said.forEach((t) => actions().notify('warning', t)));
    expect(texts()).toEqual(said.slice(-5));
  });

  it('shows what the store says when asked for an unknown preset', () => {
    const { actions } = setup();
    act(() => void actions().loadPreset('no-such-preset'));
    expect(within(region()).getByRole('alert').textContent).toContain(
      'There is no preset called “no-such-preset”.',
    );
  });

  describe('after a real divergence', () => {
    const diverging = divergingScenario;

    async function diverged() {
      const live = setup();
      expect(await live.actions().loadScenario(diverging)).toBe(true);
      await live.settle();
      live.send({ type: 'step', unit: 'update', count: 2000 });
      await live.settle();
      const divergence = live.store.getState().divergence;
      expect(divergence).not.toBeNull();
      return { ...live, divergence: divergence! };
    }

    it('says so in an alert with the divergence’s own message and three remedies', async () => {
      const { divergence } = await diverged();
      const alert = within(region()).getByRole('alert');
      expect(alert.textContent).toContain('Training diverged and was paused.');
      expect(alert.textContent).toContain(divergence.message);
      expect(
        within(alert)
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual(['Lower the learning rate ×0.1', 'Undo to the last good state', 'Reset']);
    });

    it('lowering the learning rate divides it by ten and closes the alert', async () => {
      const { settle, store } = await diverged();
      const rate = store.getState().summary!.optimizer.learningRate;
      fireEvent.click(
        within(region()).getByRole('button', { name: 'Lower the learning rate ×0.1' }),
      );
      expect(within(region()).queryByRole('alert')).toBeNull();
      await settle();
      expect(store.getState().summary!.optimizer.learningRate).toBeCloseTo(rate * 0.1, 12);
    });

    it('undo returns to a good state before the divergence and closes the alert', async () => {
      const { divergence, sent, settle, store } = await diverged();
      fireEvent.click(
        within(region()).getByRole('button', { name: 'Undo to the last good state' }),
      );
      expect(within(region()).queryByRole('alert')).toBeNull();
      await settle();
      expect(sent.at(-1)).toEqual({ type: 'undo' });
      const { frame } = store.getState();
      expect(frame!.update).toBeLessThan(divergence.update);
      for (const p of frame!.params) expect(Number.isFinite(p)).toBe(true);
    });

    it('reset starts the run again from its starting parameters', async () => {
      const { settle, store } = await diverged();
      const start = store.getState().shareable!.initial;
      fireEvent.click(within(region()).getByRole('button', { name: 'Reset' }));
      await settle();
      expect(within(region()).queryByRole('alert')).toBeNull();
      expect(store.getState().frame!.update).toBe(0);
      expect(Array.from(store.getState().frame!.params)).toEqual(Array.from(start));
    });
  });
});
