// @vitest-environment jsdom
// Keyboard shortcuts inside an embed: each acts only while the reader has its control (shown
// and not locked), so a page that locks Reset still lets Space play and the arrows step.
import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useShortcuts } from '../../src/app/useShortcuts';
import { hasControl, resolveView, type ViewKeys } from '../../src/embed/view';
import type { AppStore } from '../../src/store';
import type { ControlId } from '../../src/scenario/fragment';

function pressed(keys: ViewKeys, presses: readonly KeyboardEventInit[]) {
  const actions = {
    togglePlay: vi.fn(),
    stepForward: vi.fn(),
    stepBack: vi.fn(),
    reset: vi.fn(),
  };
  const store = { getState: () => ({ actions }) } as unknown as AppStore;
  const view = resolveView(keys);
  const hook = renderHook(() =>
    useShortcuts(
      store,
      () => undefined,
      (id: ControlId) => hasControl(view, id),
    ),
  );
  for (const init of presses)
    document.body.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true }));
  hook.unmount();
  return {
    play: actions.togglePlay.mock.calls.length,
    step: actions.stepForward.mock.calls.length + actions.stepBack.mock.calls.length,
    reset: actions.reset.mock.calls.length,
  };
}

const ALL = [
  { key: ' ' },
  { key: 'ArrowRight' },
  { key: 'ArrowLeft', shiftKey: true },
  { key: 'r' },
];
const keys = (over: Partial<ViewKeys>): ViewKeys => ({
  layout: 'compact',
  show: [],
  hide: [],
  controls: null,
  lock: [],
  ...over,
});

afterEach(() => vi.restoreAllMocks());

describe('embed shortcuts', () => {
  it('all act when play, step and reset are there', () => {
    expect(pressed(keys({}), ALL)).toEqual({ play: 1, step: 2, reset: 1 });
  });
  it('a locked control’s shortcut does nothing; the others still act', () => {
    expect(pressed(keys({ lock: ['reset'] }), ALL)).toEqual({ play: 1, step: 2, reset: 0 });
  });
  it('a hidden control’s shortcut does nothing; the others still act', () => {
    expect(pressed(keys({ hide: ['play'] }), ALL)).toEqual({ play: 0, step: 2, reset: 1 });
    expect(pressed(keys({ controls: ['step'] }), ALL)).toEqual({ play: 0, step: 2, reset: 0 });
  });
  it('none act when none of the three is there', () => {
    expect(pressed(keys({ controls: 'none' }), ALL)).toEqual({ play: 0, step: 0, reset: 0 });
  });
});
