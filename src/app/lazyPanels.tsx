// The panels the first screen can wait for, each in a chunk of its own: the data panel (its
// plane, curve and class views and the CSV import, with the d3 shapes and parser they use) and
// the training charts. Both start loading as the app mounts; until they arrive a placeholder of
// about their size stands in; the recurrent and convolutional views and the embed dialog load
// when first needed.
// Keeps the page's first JavaScript small (issue 12 §5).
import { lazy, Suspense, type ComponentProps } from 'react';
import { PanelPlaceholder } from '../components/common/PanelPlaceholder';
import { useAppStore } from '../store/context';
import { selectIsGated } from '../store/gatedView';
import { COMPARE_PRESETS } from '../protocol/compare';

const isComparePreset = (id: string | null): boolean =>
  (COMPARE_PRESETS as readonly (string | null)[]).includes(id);
import { isSingleSample } from '../components/Data/sampleCount';

const DataPanel = lazy(() =>
  import('../components/Data/DataPanel').then((m) => ({ default: m.DataPanel })),
);
const ChartsPanel = lazy(() =>
  import('../components/Training/ChartsPanel').then((m) => ({ default: m.ChartsPanel })),
);

/** The data panel; a placeholder only while there is a run to show (as the panel itself),
 * short when the panel will be folded (one sample). */
export function LazyDataPanel() {
  const shown = useAppStore((s) => s.summary !== null && s.data !== null);
  const folded = useAppStore((s) => isSingleSample(s.data));
  return (
    <Suspense
      fallback={
        shown ? <PanelPlaceholder what="the data panel" minHeight={folded ? 150 : 520} /> : null
      }
    >
      <DataPanel />
    </Suspense>
  );
}

/** The loss and gradient-norm charts, side by side as in ChartsPanel. */
export function LazyChartsPanel() {
  return (
    <Suspense
      fallback={
        <div className="panels charts">
          <PanelPlaceholder what="the loss chart" minHeight={358} />
          <PanelPlaceholder what="the gradient-norm chart" minHeight={358} />
        </div>
      }
    >
      <ChartsPanel />
    </Suspense>
  );
}

const RecurrentMain = lazy(() =>
  import('./RecurrentMain').then((m) => ({ default: m.RecurrentMain })),
);
const CompareMain = lazy(() => import('./CompareMain').then((m) => ({ default: m.CompareMain })));
const GatedMain = lazy(() => import('./GatedMain').then((m) => ({ default: m.GatedMain })));
const RecurrentOptions = lazy(() =>
  import('../components/Controls/RecurrentOptions').then((m) => ({
    default: m.RecurrentOptions,
  })),
);

/** The recurrent views (only a recurrent run loads them): the graph's place or the explanation's. */
export function LazyRecurrentMain({ part }: { readonly part: 'upper' | 'lower' }) {
  // an LSTM or GRU has views of its own (the cell opened up)
  const gated = useAppStore(selectIsGated);
  // "Compare cells" is reachable from each of the three memory presets
  const compare = useAppStore((s) => isComparePreset(s.presetId));
  return (
    <Suspense
      fallback={
        part === 'upper' ? (
          <PanelPlaceholder what="the unrolled network" minHeight={520} />
        ) : (
          <PanelPlaceholder what="the chain rule through time" minHeight={300} />
        )
      }
    >
      {gated ? <GatedMain part={part} /> : <RecurrentMain part={part} />}
      {compare && part === 'upper' && <CompareMain />}
    </Suspense>
  );
}

/** The recurrent settings (sequence length, weight scale, truncation, clipping). */
export function LazyRecurrentOptions() {
  return (
    <Suspense fallback={<PanelPlaceholder what="the recurrent settings" minHeight={200} />}>
      <RecurrentOptions />
    </Suspense>
  );
}

const ConvMain = lazy(() => import('./ConvMain').then((m) => ({ default: m.ConvMain })));

/** The convolutional views (only a CNN run loads them): the graph's place or the explanation's. */
export function LazyConvMain({ part }: { readonly part: 'upper' | 'lower' }) {
  return (
    <Suspense
      fallback={
        <PanelPlaceholder
          what={part === 'upper' ? 'the feature maps' : 'the picked cell'}
          minHeight={part === 'upper' ? 420 : 300}
        />
      }
    >
      <ConvMain part={part} />
    </Suspense>
  );
}

const FixedPointMain = lazy(() =>
  import('./FixedPointMain').then((m) => ({ default: m.FixedPointMain })),
);

/** The fixed-point views (only a fixed-point run loads them), as LazyRecurrentMain. */
export function LazyFixedPointMain({ part }: { readonly part: 'upper' | 'lower' }) {
  return (
    <Suspense
      fallback={
        <PanelPlaceholder
          what={part === 'upper' ? 'the fixed-point network' : 'the outer-product chain rule'}
          minHeight={part === 'upper' ? 520 : 300}
        />
      }
    >
      <FixedPointMain part={part} />
    </Suspense>
  );
}

const EmbedDialog = lazy(() =>
  import('../embed/dialog/EmbedDialog').then((m) => ({ default: m.EmbedDialog })),
);

/** The "Embed in a course page" dialog, loaded when it is first opened. */
export function LazyEmbedDialog({ onClose }: { readonly onClose: () => void }) {
  return (
    <Suspense fallback={null}>
      <EmbedDialog onClose={onClose} />
    </Suspense>
  );
}

const LessonEntry = lazy(() => import('./lesson/LessonEntry'));

/** The lesson panel or picker, loaded when a lesson is first opened. */
export function LazyLesson(props: ComponentProps<typeof LessonEntry>) {
  return (
    <Suspense fallback={<div className="lesson-slot" aria-busy="true" />}>
      <LessonEntry {...props} />
    </Suspense>
  );
}
