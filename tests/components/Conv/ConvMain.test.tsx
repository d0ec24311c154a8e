// @vitest-environment jsdom
// The convolutional views over a real session: conv-by-hand's maps named per layer and channel,
// a conv cell picked with the arrow keys showing patch × kernel + bias, and after stepping into
// the backward pass the kernel gradient Σ δ ⊙ patch and the pooling-free input gradient.
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ConvMain } from '../../../src/app/ConvMain';
import { withSession } from '../Controls/harness';

afterEach(cleanup);

function Both() {
  return (
    <>
      <ConvMain part="upper" />
      <ConvMain part="lower" />
    </>
  );
}

describe('ConvMain', () => {
  it('conv-by-hand: maps per layer, a conv cell picked by keyboard shows its sum', async () => {
    await withSession(<Both />, 'conv-by-hand');
    expect(screen.getByRole('region', { name: 'Feature maps' })).toBeTruthy();
    const conv = screen.getByRole('group', { name: /^layer 1 \(convolution\), channel 1 \(/ });
    expect(screen.getByRole('group', { name: /^Input, channel 1 \(values\)/ })).toBeTruthy();
    fireEvent.keyDown(conv, { key: 'ArrowRight' });
    expect(conv.getAttribute('aria-label')).toMatch(/row 1, column 2: 5/);
    expect(screen.getByTestId('conv-forward-sum').textContent).toMatch(
      /= 2·1 \+ 0·\(−1\) \+ 1·2 \+ 3·0 \+ 1 = 5$/,
    );
    // arrow keys stay inside the map
    fireEvent.keyDown(conv, { key: 'ArrowUp' });
    expect(conv.getAttribute('aria-label')).toMatch(/row 1, column 2/);
  });

  it('after an update is traced, the gradients show Σ δ ⊙ patch and the flipped-kernel sum', async () => {
    const { store, settle } = await withSession(<Both />, 'conv-by-hand');
    act(() => store.getState().actions.stepForward('phase'));
    await settle();
    // forward 1, forward 2, the loss, backward 2, backward 1
    for (let k = 0; k < 4; k += 1) act(() => store.getState().actions.stepForward('phase'));
    expect(screen.getByRole('radio', { name: 'Gradients (backward)' })).toHaveProperty(
      'checked',
      true,
    );
    const conv = screen.getByRole('group', { name: /^layer 1 \(convolution\), channel 1 \(/ });
    fireEvent.keyDown(conv, { key: 'Enter' });
    expect(screen.getByTestId('conv-kernel-gradient').textContent).toMatch(
      /^∂L\/∂K\[1\]\[1\]\[1\]\[1\] = Σ δ ⊙ patch = .* = 22$/,
    );
    expect(screen.getByText('The engine’s gradient: 22.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^input cell row 2, column 2/ }));
    const input = screen.getByTestId('conv-input-gradient').textContent!;
    const ours = /= (−?[\d.]+);/.exec(input)?.[1];
    expect(ours).toBeDefined();
    expect(input).toContain(`the engine’s ∂L/∂x there is ${ours}.`);
    expect(screen.getByRole('region', { name: 'Gradient norm per layer' }).textContent).toContain(
      'K1',
    );
  });
});
