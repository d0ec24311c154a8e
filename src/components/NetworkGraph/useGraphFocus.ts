// The graph's one tab stop (a roving tabindex): which item holds it, and the key and focus
// handlers that move it. Where keys lead is worked out in viz/graphKeys; this hook only keeps
// the state and moves the DOM focus.
import { useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import {
  FIRST_FOCUS,
  focusValid,
  graphOwnsKey,
  moveFocus,
  type GraphFocus,
  type GraphKeyContext,
} from '../../viz/graphKeys';
import { refKey, sameRef, type GraphRef } from '../../viz/refs';

export interface GraphFocusHandlers {
  /** The item that is the tab stop (tabindex 0; every other item has -1). */
  readonly tabStop: GraphRef;
  readonly focus: (ref: GraphRef) => void;
  readonly keyDown: (e: KeyboardEvent, ref: GraphRef) => void;
}

export function useGraphFocus(
  ctx: GraphKeyContext,
  activate: (ref: GraphRef) => void,
): GraphFocusHandlers {
  const [state, setState] = useState<GraphFocus>(FIRST_FOCUS);
  // After an architecture change (or a small net becoming big) the item may be gone.
  const current = focusValid(ctx, state) ? state : FIRST_FOCUS;
  const focus = useCallback(
    (ref: GraphRef) => setState((prev) => (sameRef(prev.ref, ref) ? prev : { ref, walk: 'in' })),
    [],
  );
  const keyDown = useCallback(
    (e: KeyboardEvent, ref: GraphRef) => {
      // Shift+←/→ still step updates from inside the graph; other modifiers are the browser's.
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        activate(ref);
        return;
      }
      const from: GraphFocus = sameRef(current.ref, ref) ? current : { ref, walk: 'in' };
      const next = moveFocus(ctx, from, e.key);
      if (!next) {
        // an arrow at the end of a layer stays in the graph rather than stepping the app
        if (graphOwnsKey(e.key)) e.preventDefault();
        return;
      }
      e.preventDefault();
      setState(next);
      const svg = (e.currentTarget as Element).closest('svg');
      svg?.querySelector<SVGGElement>(`[data-ref="${refKey(next.ref)}"]`)?.focus();
    },
    [ctx, current, activate],
  );
  return useMemo(() => ({ tabStop: current.ref, focus, keyDown }), [current.ref, focus, keyDown]);
}
