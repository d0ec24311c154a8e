// What a recurrent family's part (the graph's place or the explanation's) shows before its
// model can be drawn: a light placeholder on the first frame, the "held while playing" note
// when the tables mounted during play, or "Loading the network…". Shared by RecurrentMain and
// GatedMain, which differ only in the views they draw once the model is there.
import type { ReactElement } from 'react';
import { PanelPlaceholder } from '../components/common/PanelPlaceholder';
import { HeldHint } from '../components/Recurrent/HeldHint';
import type { LiveModel } from './useLiveModel';

export type PartState<M> =
  { readonly model: M } | { readonly model: null; readonly element: ReactElement | null };

export function partState<M>(
  live: LiveModel<M>,
  part: 'upper' | 'lower',
  upperWhat: string,
): PartState<M> {
  const { model, latest, playing, ready } = live;
  if (!ready) {
    return {
      model: null,
      element:
        part === 'upper' ? (
          <PanelPlaceholder what={upperWhat} minHeight={520} />
        ) : (
          <PanelPlaceholder what="the chain rule through time" minHeight={300} />
        ),
    };
  }
  if (part === 'lower' && !model && latest && playing) {
    return {
      model: null,
      element: (
        <section aria-label="Worked example" className="panel worked-example rnn-worked">
          <h2>Worked example</h2>
          <HeldHint empty />
        </section>
      ),
    };
  }
  if (!model) {
    return {
      model: null,
      element:
        part === 'upper' ? (
          <section className="panel graph-panel" aria-label="Network graph">
            <p>Loading the network…</p>
          </section>
        ) : null,
    };
  }
  return { model };
}
