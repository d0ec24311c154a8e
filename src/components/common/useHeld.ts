// A value held while `hold` is on: the views too heavy to redraw every frame (the recurrent
// worked example's tables, the chain rule's terms) keep what they showed when training began
// playing, and follow their source again as soon as it pauses.
import { useState } from 'react';

export function useHeld<T>(value: T, hold: boolean): T {
  const [held, setHeld] = useState(value);
  // Stored during render (React's "information from previous renders" pattern): no effect,
  // so a paused view never draws one stale frame first.
  if (!hold && held !== value) setHeld(value);
  return hold ? held : value;
}
