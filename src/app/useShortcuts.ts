// Keyboard shortcuts: Space play/pause, → / ← next/previous phase, Shift+→ / Shift+← next/
// previous update, R reset, ? shows the list. Ignored while typing in a field, and for keys a
// widget already used (the network graph's arrows move focus inside it).
import { useEffect } from 'react';
import type { AppStore } from '../store';

export const SHORTCUTS: readonly [keys: string, does: string][] = [
  ['Space', 'play or pause'],
  ['→ / ←', 'next / previous phase (outside the network graph)'],
  ['Shift + → / ←', 'next / previous update'],
  ['R', 'reset to the starting weights'],
  ['?', 'show or hide this list'],
];

/** `enabled` false: no shortcuts (an embed whose author hid or locked what they act on). */
export function useShortcuts(store: AppStore, toggleHelp: () => void, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent): void => {
      const target = event.target as HTMLElement | null;
      if (event.defaultPrevented) return;
      if (
        target &&
        (target.closest('input, select, textarea, [contenteditable="true"]') ||
          event.ctrlKey ||
          event.metaKey ||
          event.altKey)
      )
        return;
      const { actions } = store.getState();
      const isButton =
        target?.closest('button') !== null && target?.closest('button') !== undefined;
      switch (event.key) {
        case ' ':
          if (isButton) return; // Space activates the focused button instead
          actions.togglePlay();
          break;
        case 'ArrowRight':
          if (event.shiftKey) actions.stepForward('update');
          else actions.stepForward('phase');
          break;
        case 'ArrowLeft':
          if (event.shiftKey) actions.stepBack('update');
          else actions.stepBack('phase');
          break;
        case 'r':
        case 'R':
          actions.reset();
          break;
        case '?':
          toggleHelp();
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, toggleHelp, enabled]);
}
