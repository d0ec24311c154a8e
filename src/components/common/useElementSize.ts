// Measures an element with a ResizeObserver, for components that size themselves to their
// container. Returns the fallback until the first measurement (and where there is no observer).
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface Size {
  readonly width: number;
  readonly height: number;
}

export function useElementSize<T extends HTMLElement>(
  fallback: Size,
  enabled = true,
): [RefObject<T | null>, Size] {
  const ref = useRef<T>(null);
  const [size, setSize] = useState<Size>(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!enabled || !el || typeof ResizeObserver === 'undefined') return;
    const measure = (w: number, h: number) => {
      if (w > 0) setSize((s) => (s.width === w && s.height === h ? s : { width: w, height: h }));
    };
    const rect = el.getBoundingClientRect();
    measure(Math.round(rect.width), Math.round(rect.height));
    const ro = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box) measure(Math.round(box.width), Math.round(box.height));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [enabled]);
  return [ref, size];
}
