// The lesson runner's state: which step is open, which questions are solved, whether Next is
// unlocked (the step's `until` read live from the store), progress saved per lesson, and the
// `lesson` events an embed reports to its host. The app changes go through store/lessonSteps.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../store/context';
import { evaluateUntil } from '../../lessons/evaluate';
import type { Lesson } from '../../lessons/validate';
import {
  browserStorage,
  clearProgress,
  readProgress,
  writeProgress,
  type LessonProgress,
} from '../../lessons/progress';
import type { AppStore } from '../../store';
import { lessonStateOf } from '../../store/lessonState';
import { openStep } from '../../store/lessonSteps';
import { withheldOf } from '../../lessons/withheld';

/** What an embed reports to its host page (the `lesson` event of protocol v1). */
export interface LessonEvent {
  readonly lesson: string;
  readonly event: 'start' | 'step' | 'answer' | 'complete' | 'exit';
  /** 1-based, as `lstep`. */
  readonly step: number;
  readonly steps: number;
  readonly stepId: string;
  /** `answer` only: whether it was right. */
  readonly correct?: boolean;
}

export interface LessonRunner {
  readonly index: number;
  readonly solved: ReadonlySet<string>;
  readonly done: boolean;
  /** The `until` conditions not yet holding, in words. */
  readonly missing: readonly string[];
  /** Next is enabled: `until` holds and the question (if any) is solved. */
  readonly canNext: boolean;
  next(): void;
  back(): void;
  startOver(): void;
  /** A question of the open step was answered. */
  answered(correct: boolean): void;
  /** The learner asked for the answer: the step counts as solved (no answer reported). */
  reveal(): void;
}

const storage = browserStorage();

export function useLessonRunner(
  store: AppStore,
  lesson: Lesson,
  startAt: number | null,
  onEvent?: ((event: LessonEvent) => void) | undefined,
): LessonRunner {
  const { id } = lesson.data;
  const ids = lesson.steps.map((s) => s.step.id);
  const basePreset = lesson.data.base.preset ?? null;
  const [progress, setProgress] = useState<LessonProgress>(() => {
    const saved = readProgress(storage, id, ids);
    return startAt === null
      ? saved
      : { ...saved, step: Math.max(0, Math.min(ids.length - 1, startAt)) };
  });
  const emit = useRef(onEvent);
  useEffect(() => {
    emit.current = onEvent;
  }, [onEvent]);
  const report = useCallback(
    (event: LessonEvent['event'], index: number, correct?: boolean) =>
      emit.current?.({
        lesson: id,
        event,
        step: index + 1,
        steps: lesson.steps.length,
        stepId: lesson.steps[index]?.step.id ?? '',
        ...(correct === undefined ? {} : { correct }),
      }),
    [id, lesson],
  );
  // open the lesson where it was left: its scenario loads with that step's patch and cursor
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    openStep(store, lesson.steps, progress.step, true, basePreset);
    report('start', progress.step);
  }, [store, lesson, progress.step, report, basePreset]);
  useEffect(() => writeProgress(storage, id, progress), [id, progress]);

  const step = lesson.steps[progress.step];
  const untilKey = useAppStore((s) =>
    step ? evaluateUntil(step.until, lessonStateOf(s)).missing.join('\n') : '',
  );
  const missing = untilKey === '' ? [] : untilKey.split('\n');
  const solved = new Set(progress.solved);
  const needsAnswer = step?.step.question !== undefined && !solved.has(step.step.id);
  const canNext = missing.length === 0 && !needsAnswer;
  // the open question's answer stays out of the app's views until it is answered right (unless
  // the step points at where it is shown), and comes back when the lesson is left
  const hides = needsAnswer ? (step?.answerFrom ?? null) : null;
  const highlight = step?.step.highlight;
  useEffect(() => {
    store.setState({ withheld: withheldOf(hides, false, highlight) });
    return () => store.setState({ withheld: null });
  }, [store, hides, highlight]);

  const go = useCallback(
    (to: number) => {
      const from = progress.step;
      if (to < 0 || to >= lesson.steps.length || to === from) return;
      // going back past a step that loaded its own scenario loads the earlier one again
      const reload = to < from && lesson.steps.slice(to + 1, from + 1).some((s) => s.loads);
      openStep(store, lesson.steps, to, reload, basePreset);
      setProgress((p) => ({ ...p, step: to }));
      report('step', to);
    },
    [progress.step, lesson, store, report, basePreset],
  );
  const solve = (stepId: string): void =>
    setProgress((p) => (p.solved.includes(stepId) ? p : { ...p, solved: [...p.solved, stepId] }));
  return {
    index: progress.step,
    solved,
    done: progress.done,
    missing,
    canNext,
    next() {
      if (!canNext) return;
      if (progress.step === lesson.steps.length - 1) {
        setProgress((p) => ({ ...p, done: true }));
        report('complete', progress.step);
      } else go(progress.step + 1);
    },
    back() {
      go(progress.step - 1);
    },
    startOver() {
      clearProgress(storage, id);
      setProgress({ step: 0, solved: [], done: false });
      openStep(store, lesson.steps, 0, true, basePreset);
      report('step', 0);
    },
    answered(correct) {
      if (!step) return;
      report('answer', progress.step, correct);
      if (correct) solve(step.step.id);
    },
    reveal() {
      if (step) solve(step.step.id);
    },
  };
}
