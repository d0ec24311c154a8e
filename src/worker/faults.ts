// The debug crash command's two faults, for the fault tests of development builds. Only the
// worker wiring hands this to a session, and only when import.meta.env.DEV: production
// bundles leave it out, so `crash` is refused there.

/** Throws an uncaught error ('throw') or stops answering for a minute first ('hang'). */
export function crashOnPurpose(now: () => number): (mode: 'throw' | 'hang') => never {
  return (mode) => {
    if (mode === 'hang') {
      const until = now() + 60_000;
      while (now() < until) {
        // deliberately unresponsive: the page's heartbeat must notice and restart
      }
    }
    throw new Error('the worker was crashed on purpose (debug)');
  };
}
