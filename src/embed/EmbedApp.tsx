// The app in embed mode (embed.html): the panels and controls the page author chose, laid out to
// their intrinsic height (the host frame sizes itself to it), paused until the reader presses
// Play, paused again when scrolled out of view or hidden. The address's fragment configures it;
// the host page's messages (protocol.ts) can reconfigure it.
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { ChainRulePanel } from '../components/ChainRule/ChainRulePanel';
import { Settings } from '../components/Controls/Settings';
import { Toolbar } from '../components/Controls/Toolbar';
import { TrainingOptions } from '../components/Controls/TrainingOptions';
import { NetworkOptions } from '../components/Controls/NetworkOptions';
import { LazyChartsPanel, LazyDataPanel } from '../app/lazyPanels';
import { GraphPanel } from '../components/Graph/GraphPanel';
import { Notices } from '../components/Notices/Notices';
import { StatusBar } from '../components/Status/StatusBar';
import { WorkedExampleTable } from '../components/WorkedExample/WorkedExampleTable';
import type { FactorSource } from '../explain';
import type { ControlId, PanelId } from '../scenario/fragment';
import { StoreProvider } from '../store/context';
import type { AppStore } from '../store';
import type { Selection } from '../store/types';
import { highlightOf } from '../app/highlightOf';
import { usePauseWhenHidden } from '../app/usePauseWhenHidden';
import { useReducedMotion } from '../app/useReducedMotion';
import { useShortcuts } from '../app/useShortcuts';
import { applyView, LOCKED_TEXT } from './controlTags';
import { hasControl as ok, TOOLBAR_CONTROLS, type EmbedView } from './view';

const noHelp = (): void => undefined;

export interface EmbedAppProps {
  readonly store: AppStore;
  readonly view: EmbedView;
  /** The full app with this scenario, for "Open in Backprop Lens". */
  readonly appHref: string;
  /** The root element, once mounted (the host protocol measures it). */
  readonly onRoot?: (root: HTMLElement | null) => void;
  /** A guided lesson's panel (`lesson` in the fragment), above the app. */
  readonly lesson?: ReactNode;
}

export function EmbedApp({ store, view, appHref, onRoot, lesson }: EmbedAppProps) {
  const root = useRef<HTMLDivElement>(null);
  const lockNote = useId();
  const [highlight, setHighlight] = useState<Selection | null>(null);
  const onHighlight = useCallback(
    (source: FactorSource | null) => setHighlight(highlightOf(source)),
    [],
  );
  usePauseWhenHidden(store, root);
  useReducedMotion(store);
  // a shortcut acts only while the reader has its control (visible and not locked)
  const shortcutAllowed = useMemo(() => (id: ControlId) => ok(view, id), [view]);
  useShortcuts(store, noHelp, shortcutAllowed);
  useEffect(() => {
    onRoot?.(root.current);
    return () => onRoot?.(null);
  }, [onRoot]);
  useEffect(
    () => (root.current ? applyView(root.current, view, lockNote) : undefined),
    [view, lockNote],
  );
  const has = (id: PanelId): boolean => view.panels.has(id);
  const toolbar = TOOLBAR_CONTROLS.some((id) => view.controls.has(id));
  // the note only when something locked is on screen
  const lockShown = view.lockAll || [...view.locked].some((id) => view.controls.has(id));
  return (
    <StoreProvider store={store}>
      <div className="app lens-embed" ref={root} data-layout={view.layout}>
        <main>
          <h1 className="visually-hidden">Backprop Lens</h1>
          {lesson}
          {toolbar && <Toolbar />}
          {lockShown && (
            <p className="lens-locked-note" id={lockNote}>
              {LOCKED_TEXT}: greyed-out settings cannot be changed here.
            </p>
          )}
          <Notices />
          {has('graph') && (
            <div data-lens-panel="graph">
              <GraphPanel highlight={highlight} />
            </div>
          )}
          {(has('status') || has('settings')) && (
            <div className="lens-row">
              {has('status') && (
                <div data-lens-panel="status">
                  <StatusBar />
                </div>
              )}
              {has('settings') && (
                <div data-lens-panel="settings" className="lens-settings">
                  <Settings />
                  <TrainingOptions />
                  <NetworkOptions />
                </div>
              )}
            </div>
          )}
          {(has('chain') || has('table')) && (
            <div className="panels explain">
              {has('chain') && (
                <div data-lens-panel="chain">
                  <ChainRulePanel onHighlight={onHighlight} />
                </div>
              )}
              {has('table') && (
                <div data-lens-panel="table">
                  <WorkedExampleTable onHighlight={setHighlight} />
                </div>
              )}
            </div>
          )}
          {has('data') && (
            <div data-lens-panel="data">
              <LazyDataPanel />
            </div>
          )}
          {(has('loss') || has('norms')) && (
            <div
              data-lens-panel="charts"
              {...(has('loss') ? {} : { 'data-lens-hide-loss': '' })}
              {...(has('norms') ? {} : { 'data-lens-hide-norms': '' })}
            >
              <LazyChartsPanel />
            </div>
          )}
          <p className="lens-open">
            <a href={appHref} target="_blank" rel="noopener noreferrer">
              Open in Backprop Lens (new tab)
            </a>
          </p>
        </main>
      </div>
    </StoreProvider>
  );
}
