// Keeps the element marked aria-current="step" in view inside a scrolling panel: when `key`
// changes, the panel (not the page) scrolls so that element is at its top, and again when the
// panel is resized (a neighbour grew) unless the reader has scrolled or clicked in it since.
// Nothing happens where the panel does not scroll (phones: the page is the scroll area).
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/** Room above the current element when the panel sets no scroll-padding-top (which a panel
 * with a sticky heading sets to the heading's height). */
const MARGIN = 8;
/** What the reader does to scroll or use the panel: after it, resizes leave the panel be. */
const READER_EVENTS = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const;

function paddingTop(box: HTMLElement): number {
  const padding = parseFloat(getComputedStyle(box).scrollPaddingTop);
  return Number.isFinite(padding) && padding > 0 ? padding : MARGIN;
}

/** Scrolls `box` so its current element is at its top (if it scrolls and has one). */
function alignCurrent(box: HTMLElement, smooth: boolean): void {
  if (box.scrollHeight <= box.clientHeight) return;
  const current = box.querySelector<HTMLElement>('[aria-current="step"]');
  if (!current) return;
  const top = current.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
  box.scrollTo({ top: Math.max(0, top - paddingTop(box)), behavior: smooth ? 'smooth' : 'auto' });
}

export function useScrollToCurrent(
  panel: RefObject<HTMLElement | null>,
  key: string | null,
  reducedMotion: boolean,
): void {
  const readerMoved = useRef(false);
  const active = useRef(false);
  useLayoutEffect(() => {
    active.current = key !== null;
    readerMoved.current = false;
    if (panel.current && active.current) alignCurrent(panel.current, !reducedMotion);
  }, [panel, key, reducedMotion]);
  useEffect(() => {
    const box = panel.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const moved = (): void => {
      readerMoved.current = true;
    };
    for (const type of READER_EVENTS) box.addEventListener(type, moved, { passive: true });
    const observer = new ResizeObserver(() => {
      if (active.current && !readerMoved.current) alignCurrent(box, false);
    });
    observer.observe(box);
    return () => {
      observer.disconnect();
      for (const type of READER_EVENTS) box.removeEventListener(type, moved);
    };
  }, [panel]);
}
