// The app shell: one store and one training client per instance, its views placed in the
// learning layout's slots: controls (toolbar, notices, status), the graph, the explanation
// (chain rule over worked example) and the rest (data, settings, charts).
import { useCallback, useId, useRef, useState } from 'react';
import { Settings } from '../components/Controls/Settings';
import { TrainingOptions } from '../components/Controls/TrainingOptions';
import { NetworkOptions } from '../components/Controls/NetworkOptions';
import { GraphPanel } from '../components/Graph/GraphPanel';
import { Toolbar } from '../components/Controls/Toolbar';
import { Notices } from '../components/Notices/Notices';
import { StatusBar } from '../components/Status/StatusBar';
import { StoreProvider } from '../store/context';
import type { Selection } from '../store/types';
import type { FactorSource } from '../explain';
import { highlightOf } from './highlightOf';
import { ChainRulePanel } from '../components/ChainRule/ChainRulePanel';
import { WorkedExampleTable } from '../components/WorkedExample/WorkedExampleTable';
import { selectIsRecurrent } from '../store/recurrentView';
import { useStore } from 'zustand';
import {
  LazyChartsPanel,
  LazyDataPanel,
  LazyEmbedDialog,
  LazyConvMain,
  LazyFixedPointMain,
  LazyLesson,
  LazyRecurrentMain,
  LazyRecurrentOptions,
} from './lazyPanels';
import { LearningLayout } from './LearningLayout';
import { usePauseWhenHidden } from './usePauseWhenHidden';
import { useReducedMotion } from './useReducedMotion';
import { SHORTCUTS, useShortcuts } from './useShortcuts';
import { GRAPH_KEYS } from '../viz/graphKeys';
import { SkipLink } from './SkipLink';
import { useTrainingStore } from './useTrainingStore';
import { useLessonLink } from './useLessonLink';

declare global {
  interface Window {
    /** Debug builds of the page only (?debug): lets fault tests send raw commands. */
    __backpropLens?: ReturnType<typeof useTrainingStore>;
  }
}

export function App() {
  const params = new URLSearchParams(window.location.search);
  const debug = params.has('debug');
  const { store } = useTrainingStore({
    debug,
    // what shows when the address names no preset or scenario, or one that cannot be opened
    initialPreset: 'two-two-one',
  });
  const root = useRef<HTMLDivElement>(null);
  const [help, setHelp] = useState(false);
  const shortcutsId = useId();
  const settingsId = useId();
  // A chain-rule factor under the pointer or focus lights up where it comes from in the graph.
  const [highlight, setHighlight] = useState<Selection | null>(null);
  const onHighlight = useCallback(
    (source: FactorSource | null) => setHighlight(highlightOf(source)),
    [],
  );
  const toggleHelp = useCallback(() => setHelp((h) => !h), []);
  const [embedding, setEmbedding] = useState(false);
  const closeEmbed = useCallback(() => setEmbedding(false), []);
  usePauseWhenHidden(store, root);
  useReducedMotion(store);
  useShortcuts(store, toggleHelp);
  const recurrent = useStore(store, selectIsRecurrent);
  // (not convView's or fixedPointView's selectors: those modules, with their maths, load with
  // the lazy views)
  const conv = useStore(store, (s) => s.summary?.cnn !== undefined);
  const fixedPoint = useStore(store, (s) => s.summary?.fixedPoint !== undefined);
  const lesson = useLessonLink();
  return (
    <StoreProvider store={store}>
      <div className="app" ref={root}>
        <SkipLink target={settingsId}>Skip to settings</SkipLink>
        <header className="app-header">
          <h1>Backprop Lens</h1>
          <button
            type="button"
            className="link"
            onClick={toggleHelp}
            aria-expanded={help}
            aria-controls={shortcutsId}
          >
            Keyboard shortcuts (?)
          </button>
          <button type="button" className="link" onClick={() => setEmbedding(true)}>
            Embed in a course page…
          </button>
          <button
            type="button"
            className="link"
            aria-expanded={lesson.request !== null}
            onClick={() => lesson.open(null)}
          >
            Lessons
          </button>
        </header>
        {embedding && <LazyEmbedDialog onClose={closeEmbed} />}
        {help && (
          <section id={shortcutsId} className="shortcuts" aria-label="Keyboard shortcuts">
            <dl>
              {[...SHORTCUTS, ...GRAPH_KEYS].map(([keys, does]) => (
                <div key={keys}>
                  <dt>
                    <kbd>{keys}</kbd>
                  </dt>
                  <dd>{does}</dd>
                </div>
              ))}
            </dl>
          </section>
        )}
        <div className={lesson.request ? 'app-body with-lesson' : 'app-body'}>
          {lesson.request && (
            <LazyLesson
              store={store}
              request={lesson.request}
              onRequest={lesson.open}
              onClose={lesson.close}
            />
          )}
          <main>
            <LearningLayout
              controls={
                <>
                  <Toolbar />
                  <Notices />
                  <StatusBar />
                </>
              }
              graph={
                fixedPoint ? (
                  <LazyFixedPointMain part="upper" />
                ) : recurrent ? (
                  <LazyRecurrentMain part="upper" />
                ) : conv ? (
                  <LazyConvMain part="upper" />
                ) : (
                  <GraphPanel highlight={highlight} />
                )
              }
              explain={
                fixedPoint ? (
                  <LazyFixedPointMain part="lower" />
                ) : recurrent ? (
                  <LazyRecurrentMain part="lower" />
                ) : conv ? (
                  <LazyConvMain part="lower" />
                ) : (
                  <>
                    <ChainRulePanel onHighlight={onHighlight} />
                    <WorkedExampleTable onHighlight={setHighlight} />
                  </>
                )
              }
              side={
                <>
                  <LazyDataPanel />
                  <div className="settings-group" id={settingsId} tabIndex={-1}>
                    <Settings />
                    {recurrent && <LazyRecurrentOptions />}
                    <TrainingOptions />
                    <NetworkOptions />
                  </div>
                  <LazyChartsPanel />
                </>
              }
            />
          </main>
        </div>
      </div>
    </StoreProvider>
  );
}
