// The lesson panel: a non-modal region beside the app with the open step's title and text, its
// question, what is still missing before Next unlocks, Back / Next / Start over, and the step's
// highlights in the app. Escape leaves the lesson (from anywhere but a dialog); focus is never
// trapped, and the app stays operable while it is open.
import { useEffect, useId, useRef, useState, type ComponentType } from 'react';
import { useAppStore } from '../../store/context';
import type { Lesson } from '../../lessons/validate';
import type { AppStore } from '../../store';
import { LessonQuestion } from './LessonQuestion';
import { LessonInline, LessonText } from './LessonText';
import { useLessonRunner, type LessonEvent } from './useLessonRunner';

export interface LessonPanelProps {
  readonly store: AppStore;
  readonly lesson: Lesson;
  /** 0-based step to open, or null for where the learner left it. */
  readonly startAt: number | null;
  readonly onClose: () => void;
  readonly onPick: () => void;
  readonly onEvent?: ((event: LessonEvent) => void) | undefined;
  /** Draws the step's highlights in the app (the app's own code: it knows the page). */
  readonly Marks?: ComponentType<MarksProps> | undefined;
}

/** What the highlighter is given: the app's root, the target ids and the net's layer sizes. */
export interface MarksProps {
  readonly root: HTMLElement | null;
  readonly ids: readonly string[];
  readonly sizes: readonly number[] | null;
}

const NO_IDS: readonly string[] = [];

export function LessonPanel(props: LessonPanelProps) {
  const { store, lesson } = props;
  const runner = useLessonRunner(store, lesson, props.startAt, props.onEvent);
  const headingId = useId();
  const missingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const compiled = lesson.steps[runner.index];
  const step = compiled.step;
  const total = lesson.steps.length;
  const last = runner.index === total - 1;
  const sizes = useAppStore((s) => s.summary?.sizes ?? null);
  // the highlights are looked for in the app this panel is part of
  const [appRoot, setAppRoot] = useState<HTMLElement | null>(null);
  const section = useRef<HTMLElement>(null);
  useEffect(() => setAppRoot(section.current?.closest<HTMLElement>('.app') ?? null), []);
  const { Marks } = props;

  const { onClose } = props;
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if ((event.target as Element | null)?.closest?.('[role="dialog"], dialog')) return;
      event.preventDefault();
      onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  // a new step (Next, Back) or the end takes the focus to its heading when the focus was in the
  // panel: a screen reader reads the step, and Space and the arrows then act on the app (on the
  // Next button Space would press a locked Next instead of playing, as the steps ask)
  const shownKey = `${runner.index}:${String(runner.done)}`;
  const shown = useRef(shownKey);
  useEffect(() => {
    if (shown.current === shownKey) return;
    shown.current = shownKey;
    if (section.current?.contains(document.activeElement)) heading.current?.focus();
  }, [shownKey]);

  const blocked = !runner.canNext;
  const missing = [
    ...runner.missing,
    ...(step.question && !runner.solved.has(step.id) ? ['answer the question'] : []),
  ];
  return (
    <section className="lesson-panel" aria-label="Lesson" ref={section}>
      {Marks && (
        <Marks
          root={appRoot}
          ids={runner.done ? NO_IDS : (step.highlight ?? NO_IDS)}
          sizes={sizes}
        />
      )}
      <div className="lesson-head">
        <p className="lesson-title">
          <LessonInline text={lesson.data.title} />
        </p>
        <button type="button" className="link" onClick={props.onClose}>
          Leave the lesson (Esc)
        </button>
      </div>
      {runner.done ? (
        <div className="lesson-body">
          <h2 ref={heading} tabIndex={-1} id={headingId}>
            Lesson complete
          </h2>
          <p>
            You reached the end of “<LessonInline text={lesson.data.title} />
            ”. Your progress is kept in this browser.
          </p>
          <div className="lesson-nav">
            <button type="button" onClick={props.onPick}>
              Choose another lesson
            </button>
            <button type="button" onClick={runner.startOver}>
              Start over
            </button>
          </div>
        </div>
      ) : (
        <div className="lesson-body">
          <p className="lesson-progress" aria-live="polite">
            Step {runner.index + 1} of {total}
          </p>
          <h2 ref={heading} tabIndex={-1} id={headingId}>
            <LessonInline text={step.title} />
          </h2>
          <div className="lesson-text">
            <LessonText text={step.text} />
          </div>
          {step.question && (
            <LessonQuestion
              key={step.id}
              store={store}
              question={step.question}
              live={compiled.answerFrom}
              solved={runner.solved.has(step.id)}
              onAnswer={runner.answered}
              onReveal={runner.reveal}
            />
          )}
          <div id={missingId} className="lesson-missing" role="status" aria-live="polite">
            {missing.length > 0 && (
              <>
                <p>Before Next:</p>
                <ul>
                  {missing.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
          <div className="lesson-nav">
            <button type="button" onClick={runner.back} disabled={runner.index === 0}>
              Back
            </button>
            <button
              type="button"
              className="lesson-next"
              aria-disabled={blocked}
              aria-describedby={blocked ? missingId : undefined}
              onClick={runner.next}
            >
              {last ? 'Finish' : 'Next'}
            </button>
            <button type="button" className="link" onClick={runner.startOver}>
              Start over
            </button>
            <button type="button" className="link" onClick={props.onPick}>
              All lessons
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
