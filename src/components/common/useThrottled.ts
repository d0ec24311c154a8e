// A value that follows its source at most once per interval while `active` (with a trailing
// update, so it always ends on the latest value), and at once otherwise.
import { useEffect, useRef, useState } from 'react';

export function useThrottled<T>(value: T, intervalMs: number, active: boolean): T {
  const [shown, setShown] = useState(value);
  const last = useRef(-Infinity);
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
  return active ? shown : value;
}
