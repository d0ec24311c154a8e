// A learner's progress through one lesson (docs lessons.md), kept in localStorage by lesson id:
// the step reached, the questions answered right, whether the end was reached. Pure apart from
// the Storage handed in; what it reads back is checked, and anything odd reads as no progress.

export interface LessonProgress {
  /** 0-based index of the step open last. */
  readonly step: number;
  /** The ids of the steps whose question was answered right. */
  readonly solved: readonly string[];
  /** The last step's Next ("Finish") was pressed. */
  readonly done: boolean;
}

export const NO_PROGRESS: LessonProgress = { step: 0, solved: [], done: false };

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const progressKey = (lessonId: string): string => `backprop-lens:lesson:${lessonId}`;

/** The browser's localStorage, or null where it is missing or refused (private modes, sandboxes). */
export function browserStorage(): Store | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The saved progress of a lesson with these step ids, or NO_PROGRESS. */
export function readProgress(
  storage: Store | null,
  lessonId: string,
  stepIds: readonly string[],
): LessonProgress {
  let raw: unknown;
  try {
    const text = storage?.getItem(progressKey(lessonId));
    if (!text) return NO_PROGRESS;
    raw = JSON.parse(text);
  } catch {
    return NO_PROGRESS;
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return NO_PROGRESS;
  const { step, solved, done } = raw as Record<string, unknown>;
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0) return NO_PROGRESS;
  return {
    step: Math.min(step, stepIds.length - 1),
    solved: Array.isArray(solved) ? stepIds.filter((id) => (solved as unknown[]).includes(id)) : [],
    done: done === true,
  };
}

/** Saves progress; a full or refused storage loses it quietly (the lesson goes on). */
export function writeProgress(storage: Store | null, lessonId: string, p: LessonProgress): void {
  try {
    storage?.setItem(progressKey(lessonId), JSON.stringify(p));
  } catch {
    // nothing to do: progress is a convenience
  }
}

/** "Start over": forgets the lesson's progress. */
export function clearProgress(storage: Store | null, lessonId: string): void {
  try {
    storage?.removeItem(progressKey(lessonId));
  } catch {
    // as above
  }
}
