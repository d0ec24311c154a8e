// Mirrors prefers-reduced-motion into the store, so animations become instant changes.
import { useEffect } from 'react';
import type { AppStore } from '../store';

export function useReducedMotion(store: AppStore): void {
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia('(prefers-reduced-motion: reduce)');
    const apply = (): void => store.getState().actions.setReducedMotion(query.matches);
    apply();
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, [store]);
}
