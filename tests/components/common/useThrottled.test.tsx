// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useThrottled } from '../../../src/components/common/useThrottled';

function Probe({ value, active }: { value: number; active: boolean }) {
  return <output>{useThrottled(value, 50, active)}</output>;
}
const shown = () => Number(screen.getByRole('status').textContent);

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useThrottled', () => {
  it('follows at once when inactive', () => {
    const view = render(<Probe value={1} active={false} />);
    for (let v = 2; v < 6; v += 1) {
      view.rerender(<Probe value={v} active={false} />);
      expect(shown()).toBe(v);
    }
  });

  it('while active, changes at most once per interval and ends on the latest value', () => {
    const view = render(<Probe value={0} active />);
    act(() => vi.advanceTimersByTime(100));
    view.rerender(<Probe value={1} active />);
    expect(shown()).toBe(1); // the first change after a quiet interval shows at once
    for (let v = 2; v <= 9; v += 1) {
      view.rerender(<Probe value={v} active />);
      act(() => vi.advanceTimersByTime(5));
    }
    expect(shown()).toBe(1); // 40 ms of changes wait …
    act(() => vi.advanceTimersByTime(10));
    expect(shown()).toBe(9); // … and the latest one arrives when the interval is up
  });

  it('shows the latest value as soon as it stops being active', () => {
    const view = render(<Probe value={0} active />);
    act(() => vi.advanceTimersByTime(100));
    view.rerender(<Probe value={1} active />);
    view.rerender(<Probe value={2} active />);
    expect(shown()).toBe(1);
    view.rerender(<Probe value={2} active={false} />);
    expect(shown()).toBe(2);
  });

  it('starts each active stretch from the current value, not from an earlier one', () => {
    // playing to 500, pausing, a reset to 0, then Play: the count must not flash 500 again
    const view = render(<Probe value={0} active />);
    act(() => vi.advanceTimersByTime(100));
    view.rerender(<Probe value={500} active />);
    expect(shown()).toBe(500);
    view.rerender(<Probe value={500} active={false} />);
    view.rerender(<Probe value={0} active={false} />);
    expect(shown()).toBe(0);
    view.rerender(<Probe value={0} active />);
    expect(shown()).toBe(0);
    act(() => vi.advanceTimersByTime(100));
    expect(shown()).toBe(0);
    view.rerender(<Probe value={1} active />);
    expect(shown()).toBe(1);
  });
});
