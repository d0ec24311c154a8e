// The shipped lessons, in course order, and fetching one: public/lessons/<id>.json, checked by
// the one lesson validator. A missing or invalid file comes back as a message, never a throw.
import { LESSON_ID } from '../../lessons/schema';
import { formatLessonIssue, parseLessonText, type Lesson } from '../../lessons/validate';

export const LESSON_IDS = [
  'forward-pass',
  'the-loss',
  'chain-rule-output',
  'hidden-weight',
  'learning-rate',
  'batch-modes',
  'vanishing-gradients',
  'overfitting',
  'momentum-adam',
  'backprop-through-time',
] as const;

export type LessonLoad =
  { readonly ok: true; readonly lesson: Lesson } | { readonly ok: false; readonly message: string };

/** Fetches and validates a shipped lesson by id. */
export async function fetchLesson(id: string, base = document.baseURI): Promise<LessonLoad> {
  if (!LESSON_ID.test(id)) return { ok: false, message: `“${id}” is not a lesson id` };
  let text: string;
  try {
    const response = await fetch(new URL(`lessons/${id}.json`, base));
    // a server that answers every path with its page (a single-page fallback) has no such file
    const html = /html/i.test(response.headers.get('content-type') ?? '');
    if (!response.ok || html)
      return {
        ok: false,
        message:
          response.status === 404 || html
            ? `there is no lesson called “${id}”`
            : `the lesson could not be loaded (HTTP ${response.status})`,
      };
    text = await response.text();
  } catch (error) {
    return { ok: false, message: `the lesson could not be loaded: ${String(error)}` };
  }
  const result = parseLessonText(text);
  if (!result.ok)
    return {
      ok: false,
      message: `the lesson “${id}” is not valid: ${result.issues.slice(0, 3).map(formatLessonIssue).join('; ')}`,
    };
  if (result.lesson.data.id !== id)
    return {
      ok: false,
      message: `the file lessons/${id}.json holds the lesson “${result.lesson.data.id}”`,
    };
  return result;
}
