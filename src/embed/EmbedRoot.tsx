// The embed's state around EmbedApp: the fragment (read again when the host changes it), the
// view it resolves to (what it ignored, the store's link opening says) with the host's `configure` on top, the theme, autoplay (`play=1`, never
// with reduced motion), and the host connection of protocol v1.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTrainingStore } from '../app/useTrainingStore';
import { parseFragment, serializeFragment, type FragmentState } from '../scenario/fragment';
import { allowedOrigins, listenForHost } from './connection';
import { EmbedApp } from './EmbedApp';
import { LazyLesson } from '../app/lazyPanels';
import { createLessonBus } from './lessonBus';
import { resolveView, type ViewKeys } from './view';
import type { LessonRequest } from '../app/useLessonLink';

/** What the host's `configure` may change; null leaves the fragment's own value. */
export type ViewPatch = Partial<ViewKeys & Pick<FragmentState, 'theme'>>;

const reducedMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export function EmbedRoot() {
  const { store } = useTrainingStore({ debug: false, initialPreset: 'two-two-one' });
  const [lessons] = useState(createLessonBus);
  const [fragment, setFragment] = useState(() => parseFragment(window.location.hash));
  const [patch, setPatch] = useState<ViewPatch>({});
  useEffect(() => {
    const onHash = (): void => {
      setFragment(parseFragment(window.location.hash));
      setPatch({});
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  // a lesson names panels of every kind: without a layout of the author's, all are shown
  const lessonLayout =
    fragment.state.lesson !== null && fragment.state.layout === null
      ? { layout: 'full' as const }
      : {};
  const keys = { ...fragment.state, ...lessonLayout, ...patch };
  const view = useMemo(
    () => resolveView(keys),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the keys' parts are the deps
    [keys.layout, keys.show, keys.hide, keys.controls, keys.lock],
  );
  useEffect(() => {
    document.documentElement.dataset.theme = keys.theme;
  }, [keys.theme]);
  // autoplay once the first scenario has loaded
  const autoplay = fragment.state.play;
  useEffect(() => {
    if (!autoplay || reducedMotion()) return;
    let done = false;
    const unsubscribe = store.subscribe((s) => {
      if (done || s.summary === null || s.frame === null) return;
      done = true;
      s.actions.play();
    });
    return () => {
      done = true;
      unsubscribe();
    };
  }, [store, autoplay]);
  // the host page's connection (protocol v1)
  const root = useRef<HTMLElement | null>(null);
  const locked = useRef<readonly string[]>([]);
  useEffect(() => {
    locked.current = [...view.locked];
  }, [view]);
  useEffect(
    () =>
      listenForHost({
        store,
        root: () => root.current,
        allowed: allowedOrigins(
          import.meta.env.VITE_EMBED_ORIGINS as string | undefined,
          new URLSearchParams(window.location.search).get('host'),
        ),
        locked: () => locked.current,
        configure: (next) => setPatch((prev) => ({ ...prev, ...next })),
        lessons,
      }),
    [store, lessons],
  );
  const onRoot = useCallback((el: HTMLElement | null) => {
    root.current = el;
  }, []);
  const { preset, s, step } = fragment.state;
  const appHref = useMemo(
    () => new URL(`./#${serializeFragment({ preset, s, step })}`, window.location.href).href,
    [preset, s, step],
  );
  // a guided lesson (`lesson`, `lstep`): closed by the reader until the fragment names one again
  const { lesson: lessonId, lstep } = fragment.state;
  const [closed, setClosed] = useState<string | null>(null);
  const [picked, setPicked] = useState<LessonRequest | null>(null);
  const request: LessonRequest | null =
    picked ?? (lessonId !== null && closed !== lessonId ? { id: lessonId, step: lstep } : null);
  const closeLesson = useCallback(() => {
    setClosed(lessonId);
    setPicked(null);
  }, [lessonId]);
  return (
    <EmbedApp
      store={store}
      view={view}
      appHref={appHref}
      onRoot={onRoot}
      lesson={
        request && (
          <LazyLesson
            store={store}
            request={request}
            onRequest={setPicked}
            onClose={closeLesson}
            onEvent={lessons.emit}
          />
        )
      }
    />
  );
}
