// How a recurrent family's views follow a playing run. The upper views (graphs, strips) follow
// the model about 10 times a second (faster is unreadable and takes frames from the page); the
// lower ones (chain rule, a table per time step) hold what they showed until the run pauses.
// `ready` turns true a frame after mounting: views whose code arrives while training plays
// first mount light, then fill in as an ordinary update, because a Suspense reveal that every
// frame's store update interrupts would never commit (and be redone every frame).
import { useEffect, useState } from 'react';
import { useHeld } from '../components/common/useHeld';
import { useThrottled } from '../components/common/useThrottled';
import { useAppStore } from '../store/context';

/** How often the upper views follow a playing run (ms). */
export const LIVE_MS = 100;

export interface LiveModel<M> {
  /** What the part shows now: throttled (upper) or held while playing (lower). */
  readonly model: M | null;
  /** The store's model as it is (the lower part tells "held" from "nothing yet" by it). */
  readonly latest: M | null;
  readonly playing: boolean;
  readonly ready: boolean;
}

export function useLiveModel<M>(latest: M | null, part: 'upper' | 'lower'): LiveModel<M> {
  const playing = useAppStore((s) => s.playing);
  const throttled = useThrottled(latest, LIVE_MS, playing && part === 'upper');
  // mounted while playing, the tables wait for a pause (nothing was shown to hold)
  const held = useHeld(playing ? null : latest, playing && part === 'lower');
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // a frame later, as an ordinary update (rendered whole, not interrupted by the next frame's)
    const id = requestAnimationFrame(() => setReady(true));
    return () => cancelAnimationFrame(id);
  }, []);
  return { model: part === 'upper' ? throttled : held, latest, playing, ready };
}
