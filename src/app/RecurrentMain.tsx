// What a recurrent run shows where an MLP's graph, chain rule and worked example go: the
// unrolled graph, the gradient through time, the chain rule through time and the worked
// example per step (components/Recurrent), all fed the store's view model.
// While training plays, the upper views follow the model ~10 times a second (faster is
// unreadable and takes frames from the page) and the lower ones, a table per time step, hold
// what they showed until it pauses.
// The views first mount in a light frame and fill in from an effect: when their code arrives
// while training plays, React reveals a Suspense boundary in a render that every frame's store
// update interrupts, so a heavy first render would never commit (and be redone every frame).
import { memo, useEffect, useState } from 'react';
import {
  GradientThroughTime,
  RecurrentChainRule,
  RecurrentWorkedExample,
  UnrolledGraph,
  type RecurrentViewProps,
} from '../components/Recurrent';
import { PanelPlaceholder } from '../components/common/PanelPlaceholder';
import { HeldHint } from '../components/Recurrent/HeldHint';
import { useHeld } from '../components/common/useHeld';
import { useThrottled } from '../components/common/useThrottled';
import { useAppStore } from '../store/context';
import { selectRecurrentView } from '../store/recurrentView';
import { selectActions } from '../store/selectors';

/** How often the graph and the gradient through time follow a playing run (ms). */
const LIVE_MS = 100;

/** The explanation's views: memoized, so a held model re-renders nothing while playing. */
const Lower = memo(function Lower(props: RecurrentViewProps) {
  return (
    <>
      <RecurrentChainRule {...props} />
      <RecurrentWorkedExample {...props} />
    </>
  );
});

/** The recurrent views over the graph's place (`upper`) or the explanation's (`lower`). */
export function RecurrentMain({ part }: { readonly part: 'upper' | 'lower' }) {
  const playing = useAppStore((s) => s.playing);
  const latest = useAppStore(selectRecurrentView);
  const throttled = useThrottled(latest, LIVE_MS, playing && part === 'upper');
  // mounted while playing, the tables wait for a pause (nothing was shown to hold)
  const held = useHeld(playing ? null : latest, playing && part === 'lower');
  const model = part === 'upper' ? throttled : held;
  const selection = useAppStore((s) => s.selection);
  const { select } = useAppStore(selectActions);
  const reducedMotion = useAppStore((s) => s.reducedMotion);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // a frame later, as an ordinary update (rendered whole, not interrupted by the next frame's)
    const id = requestAnimationFrame(() => setReady(true));
    return () => cancelAnimationFrame(id);
  }, []);
  if (!ready) {
    return part === 'upper' ? (
      <PanelPlaceholder what="the unrolled network" minHeight={520} />
    ) : (
      <PanelPlaceholder what="the chain rule through time" minHeight={300} />
    );
  }
  if (part === 'lower' && !model && latest && playing) {
    return (
      <section aria-label="Worked example" className="panel worked-example rnn-worked">
        <h2>Worked example</h2>
        <HeldHint empty />
      </section>
    );
  }
  if (!model) {
    return part === 'upper' ? (
      <section className="panel graph-panel" aria-label="Network graph">
        <p>Loading the network…</p>
      </section>
    ) : null;
  }
  const props = { model, selection, onSelect: select, reducedMotion, live: playing };
  if (part === 'upper') {
    return (
      <div className="recurrent-upper">
        <UnrolledGraph {...props} />
        <GradientThroughTime {...props} />
      </div>
    );
  }
  // plain siblings: the learning layout styles the direct children of its explain slot
  return <Lower {...props} />;
}
