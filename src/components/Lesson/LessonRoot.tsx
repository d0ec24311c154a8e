// What the app loads lazily when a lesson is opened: the picker (no id) or the lesson fetched
// from public/lessons/<id>.json and run in the lesson panel; a lesson that cannot be opened is
// said in words, with the way back to the list. Escape leaves; focus returns where it was
// (unless the learner is working in the app: then it stays there).
import { useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import type { AppStore } from '../../store';
import { fetchLesson, type LessonLoad } from './catalog';
import { LessonPanel, type MarksProps } from './LessonPanel';
import { LessonPicker } from './LessonPicker';
import type { LessonEvent } from './useLessonRunner';
import './lesson.css';

/** Which lesson: id null is the picker; step is 1-based (`lstep`), null where it was left. */
export interface LessonRequest {
  readonly id: string | null;
  readonly step: number | null;
}

export interface LessonRootProps {
  readonly store: AppStore;
  readonly request: LessonRequest;
  /** Open another lesson (or the picker, id null). */
  readonly onRequest: (request: LessonRequest) => void;
  readonly onClose: () => void;
  readonly onEvent?: ((event: LessonEvent) => void) | undefined;
  readonly Marks?: ComponentType<MarksProps> | undefined;
}

export default function LessonRoot(props: LessonRootProps) {
  const { id, step } = props.request;
  // the lesson fetched, with the id it was fetched for (another id shows "Loading" until it is)
  const [fetched, setFetched] = useState<{ id: string; load: LessonLoad } | null>(null);
  const load = fetched !== null && fetched.id === id ? fetched.load : null;
  const panel = useRef<HTMLDivElement>(null);
  // focus: into the panel when it opens, back where it was when it closes from inside the
  // panel; a learner who left from the app (Escape on a control) keeps their place there
  const returnTo = useRef<Element | null>(null);
  useEffect(() => {
    returnTo.current = document.activeElement;
    const slot = panel.current;
    return () => {
      const back = returnTo.current;
      const now = document.activeElement;
      const fromLesson = now === null || now === document.body || (slot?.contains(now) ?? false);
      if (fromLesson && back instanceof HTMLElement && back.isConnected) back.focus();
    };
  }, []);
  useEffect(() => {
    if (id === null) return;
    let live = true;
    void fetchLesson(id).then((l) => {
      if (live) setFetched({ id, load: l });
    });
    return () => {
      live = false;
    };
  }, [id]);
  useEffect(() => {
    panel.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [id, load]);
  const { onRequest, onClose, onEvent } = props;
  const pick = useCallback(() => onRequest({ id: null, step: null }), [onRequest]);
  const closeAndReport = useCallback(() => {
    if (load?.ok)
      onEvent?.({
        lesson: load.lesson.data.id,
        event: 'exit',
        step: 0,
        steps: load.lesson.steps.length,
        stepId: '',
      });
    onClose();
  }, [load, onClose, onEvent]);
  useEffect(() => {
    if (id !== null) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && !event.defaultPrevented) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [id, onClose]);
  let body;
  if (id === null)
    body = (
      <LessonPicker onOpen={(next) => onRequest({ id: next, step: null })} onClose={onClose} />
    );
  else if (load === null)
    body = (
      <section className="lesson-panel" aria-label="Lesson" aria-busy="true">
        <h2 tabIndex={-1}>Loading the lesson…</h2>
      </section>
    );
  else if (!load.ok)
    body = (
      <section className="lesson-panel" aria-label="Lesson">
        <h2 tabIndex={-1}>This lesson cannot be opened</h2>
        <p>{load.message}.</p>
        <button type="button" onClick={pick}>
          All lessons
        </button>
      </section>
    );
  else
    body = (
      <LessonPanel
        key={load.lesson.data.id}
        store={props.store}
        lesson={load.lesson}
        startAt={step === null ? null : step - 1}
        onClose={closeAndReport}
        onPick={pick}
        onEvent={onEvent}
        Marks={props.Marks}
      />
    );
  return (
    <div className="lesson-slot" ref={panel}>
      {body}
    </div>
  );
}
