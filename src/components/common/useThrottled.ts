// A value that follows its source at most once per interval while `active` (with a trailing
// update, so it always ends on the latest value), and at once otherwise. Each active stretch
// starts from the value of its first render, never from one left over by an earlier stretch.
import { useEffect, useRef, useState } from 'react';

export function useThrottled<T>(value: T, intervalMs: number, active: boolean): T {
  const [shown, setShown] = useState(value);
  // `active` as of the last render: becoming active adjusts `shown` during that render
  const [wasActive, setWasActive] = useState(active);
  const last = useRef(-Infinity);
  if (active !== wasActive) {
    setWasActive(active);
    if (active) setShown(() => value);
  }
  useEffect(() => {
    if (!active) return;
    const wait = last.current + intervalMs - performance.now();
    const apply = () => {
      last.current = performance.now();
      setShown(() => value); // each change re-runs the effect: `value` is the latest
    };
    if (wait <= 0) {
      apply();
      return;
    }
    const timer = setTimeout(apply, wait);
    return () => clearTimeout(timer);
  }, [value, intervalMs, active]);
  // inactive, or the render that starts a stretch (its adjusted `shown` lands on the re-render)
  return active && active === wasActive ? shown : value;
}
