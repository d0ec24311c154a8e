// Keeps the element marked aria-current="step" in view inside a scrolling panel: when `key`
// changes, the panel (not the page) scrolls so that element is at its top. Nothing happens
// where the panel does not scroll (phones, where the page itself is the scroll area).
import { useLayoutEffect, type RefObject } from 'react';

/** Room above the current element when the panel sets no scroll-padding-top (which a panel
 * with a sticky heading sets to the heading's height). */
const MARGIN = 8;

function paddingTop(box: HTMLElement): number {
  const padding = parseFloat(getComputedStyle(box).scrollPaddingTop);
  return Number.isFinite(padding) && padding > 0 ? padding : MARGIN;
}

export function useScrollToCurrent(
  panel: RefObject<HTMLElement | null>,
  key: string | null,
  reducedMotion: boolean,
): void {
  useLayoutEffect(() => {
    const box = panel.current;
    if (!box || key === null || box.scrollHeight <= box.clientHeight) return;
    const current = box.querySelector<HTMLElement>('[aria-current="step"]');
    if (!current) return;
    const top =
      current.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    const to = Math.max(0, top - paddingTop(box));
    box.scrollTo({ top: to, behavior: reducedMotion ? 'auto' : 'smooth' });
  }, [panel, key, reducedMotion]);
}
