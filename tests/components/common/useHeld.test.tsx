// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useHeld } from '../../../src/components/common/useHeld';

function Probe({ value, hold }: { value: number; hold: boolean }) {
  return <output>{useHeld(value, hold)}</output>;
}
const shown = () => Number(screen.getByRole('status').textContent);

afterEach(cleanup);

describe('useHeld', () => {
  it('follows its source while not held, keeps the last value while held, and follows again', () => {
    const view = render(<Probe value={1} hold={false} />);
    view.rerender(<Probe value={2} hold={false} />);
    expect(shown()).toBe(2);
    view.rerender(<Probe value={3} hold />);
    expect(shown()).toBe(2);
    view.rerender(<Probe value={4} hold />);
    expect(shown()).toBe(2);
    view.rerender(<Probe value={5} hold={false} />);
    expect(shown()).toBe(5);
    view.rerender(<Probe value={6} hold />);
    expect(shown()).toBe(5);
  });
});
