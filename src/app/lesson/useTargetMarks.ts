// Keeps a step's highlights on the named targets while React redraws the app: marks them now and
// again (once a frame at most) whenever the page's elements change; clears them on leaving.
import { useEffect } from 'react';
import { clearTargets, markTargets } from './lessonTargets';

export function useTargetMarks(
  root: HTMLElement | null,
  ids: readonly string[],
  sizes: readonly number[] | null,
): void {
  const key = ids.join(' ');
  const sizeKey = sizes?.join(',') ?? '';
  useEffect(() => {
    if (!root) return;
    const wanted = key === '' ? [] : key.split(' ');
    const net = sizeKey === '' ? [] : sizeKey.split(',').map(Number);
    let frame = 0;
    const apply = (): void => {
      frame = 0;
      markTargets(root, wanted, net);
    };
    apply();
    const observer = new MutationObserver(() => {
      if (frame === 0) frame = requestAnimationFrame(apply);
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
      clearTargets(root);
    };
  }, [root, key, sizeKey]);
}
