// @vitest-environment jsdom
// The labelled number input: it edits a draft and commits it only on Enter or blur; refused
// text goes back to the value it had, and unchanged text commits nothing.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NumberField } from '../../../src/components/Controls/NumberField';

afterEach(cleanup);

function setup(accept: boolean, value: number | null = 0.5) {
  const onCommit = vi.fn((_text: string) => accept);
  render(<NumberField label="Rate" value={value} min={0} max={2} step={0.1} onCommit={onCommit} />);
  const input = screen.getByRole('spinbutton', { name: 'Rate' }) as HTMLInputElement;
  return { input, onCommit };
}

describe('NumberField', () => {
  it('is a spin button named by its label, with the value and its bounds', () => {
    const { input } = setup(true);
    expect(input.value).toBe('0.5');
    expect(input.min).toBe('0');
    expect(input.max).toBe('2');
    expect(input.step).toBe('0.1');
    expect(screen.getByLabelText('Rate')).toBe(input);
  });

  it('shows no value as an empty field', () => {
    const { input } = setup(true, null);
    expect(input.value).toBe('');
  });

  it('commits the typed text on Enter, not while typing', () => {
    const { input, onCommit } = setup(true);
    fireEvent.change(input, { target: { value: '1.25' } });
    expect(onCommit).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('1.25');
    expect(input.value).toBe('1.25');
  });

  it('ignores keys other than Enter', () => {
    const { input, onCommit } = setup(true);
    fireEvent.change(input, { target: { value: '1.25' } });
    fireEvent.keyDown(input, { key: 'Tab' });
    fireEvent.keyDown(input, { key: 'a' });
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('commits the typed text on blur', () => {
    const { input, onCommit } = setup(true);
    fireEvent.change(input, { target: { value: '0.75' } });
    fireEvent.blur(input);
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('0.75');
  });

  it('commits nothing when the text is what it shows already', () => {
    const { input, onCommit } = setup(true);
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.blur(input);
    fireEvent.change(input, { target: { value: '1' } });
    fireEvent.change(input, { target: { value: '0.5' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('puts the previous value back when the text is refused', () => {
    const { input, onCommit } = setup(false);
    fireEvent.change(input, { target: { value: '-3' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('-3');
    expect(input.value).toBe('0.5');
    // the refused text is gone, so leaving the field commits nothing more
    fireEvent.blur(input);
    expect(onCommit).toHaveBeenCalledTimes(1);
  });

  it('hands an emptied field to the caller to judge, and keeps the value if refused', () => {
    const { input, onCommit } = setup(false);
    fireEvent.change(input, { target: { value: '' } });
    fireEvent.blur(input);
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('');
    expect(input.value).toBe('0.5');
  });
});
