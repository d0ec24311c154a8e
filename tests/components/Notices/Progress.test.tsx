// @vitest-environment jsdom
// Progress: a long fast-forward shows how far it has come with a Cancel that reaches the
// session; it disappears when the step ends.
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderLive } from '../liveStore';
import { Notices } from '../../../src/components/Notices/Notices';

afterEach(cleanup);

describe('Progress', () => {
  it('shows a fast-forward’s progress with Cancel, until the step’s frame arrives', async () => {
    const live = renderLive(<Notices />);
    await act(async () => {
      await live.actions().loadPreset('xor');
    });
    await live.settle();
    expect(screen.queryByRole('progressbar')).toBeNull();
    act(() => {
      live.actions().receive({ type: 'progress', task: 'step', done: 250_000, total: 1_000_000 });
    });
    expect(screen.getByText('Fast-forwarding: 250,000 of 1,000,000 updates done.')).toBeTruthy();
    const bar = screen.getByRole('progressbar');
    expect(bar.getAttribute('value')).toBe('250000');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(live.sent.at(-1)).toEqual({ type: 'cancel' });
    act(() => {
      live.actions().pause();
    });
    await live.settle();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
