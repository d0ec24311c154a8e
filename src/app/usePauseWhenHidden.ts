// Pauses training while the tab is hidden or the app is scrolled out of view, and resumes
// where it was when it comes back (only if it was playing when it paused itself).
import { useEffect, type RefObject } from 'react';
import type { AppStore } from '../store';

export function usePauseWhenHidden(store: AppStore, root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    let pausedByUs = false;
    let tabHidden = document.visibilityState === 'hidden';
    let offScreen = false;
    const update = (): void => {
      const { playing, actions } = store.getState();
      const away = tabHidden || offScreen;
      if (away && playing) {
        pausedByUs = true;
        actions.pause();
      } else if (!away && pausedByUs) {
        pausedByUs = false;
        actions.play();
      }
    };
    const onVisibility = (): void => {
      tabHidden = document.visibilityState === 'hidden';
      update();
    };
    document.addEventListener('visibilitychange', onVisibility);
    const observer =
      typeof IntersectionObserver === 'undefined' || !root.current
        ? null
        : new IntersectionObserver((entries) => {
            offScreen = entries.every((e) => !e.isIntersecting);
            update();
          });
    if (observer && root.current) observer.observe(root.current);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      observer?.disconnect();
    };
  }, [store, root]);
}
