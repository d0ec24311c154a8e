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

/** The controls the shortcuts act as: Space is Play, the arrows are Step, R is Reset. */
export type ShortcutControl = 'play' | 'step' | 'reset';

/**
 * `enabled` false: no shortcuts; a function: only the shortcuts of the controls it allows (an
 * embed whose author hid or locked some of them keeps the others).
 */
export function useShortcuts(
  store: AppStore,
  toggleHelp: () => void,
  enabled: boolean | ((control: ShortcutControl) => boolean) = true,
): void {
  useEffect(() => {
    if (!enabled) return;
    const allows = (control: ShortcutControl): boolean =>
      enabled === true || (typeof enabled === 'function' && enabled(control));
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
          if (isButton || !allows('play')) return; // Space activates a focused button instead
          actions.togglePlay();
          break;
        case 'ArrowRight':
          if (!allows('step')) return;
          if (event.shiftKey) actions.stepForward('update');
          else actions.stepForward('phase');
          break;
        case 'ArrowLeft':
          if (!allows('step')) return;
          if (event.shiftKey) actions.stepBack('update');
          else actions.stepBack('phase');
          break;
        case 'r':
        case 'R':
          if (!allows('reset')) return;
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
