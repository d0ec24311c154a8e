// Every lesson shipped in public/lessons validates and keeps the issue's promises (5–15 minutes,
// at least two questions answered from the live run); a broken copy of one is refused.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatLessonIssue, parseLessonText, validateLesson } from '../../src/lessons/validate';
import { readRepoText } from '../helpers/files';
import { LESSON_IDS } from '../../src/components/Lesson/catalog';
import { APP_KINDS } from '../../src/scenario/validate';

const files = readdirSync(new URL('../../public/lessons/', import.meta.url)).filter((f) =>
  f.endsWith('.json'),
);
const read = (file: string): unknown => JSON.parse(readRepoText(`public/lessons/${file}`));

describe('public/lessons', () => {
  it('ships the ten lessons, each listed in the picker in course order', () => {
    expect(files.sort()).toEqual([...LESSON_IDS].map((id) => `${id}.json`).sort());
    expect(LESSON_IDS).toHaveLength(10);
  });

  it.each(files)('%s validates, is named by its id, and asks the live run twice', (file) => {
    const result = parseLessonText(readRepoText(`public/lessons/${file}`));
    if (!result.ok) throw new Error(result.issues.map(formatLessonIssue).join('\n'));
    const { data, steps } = result.lesson;
    expect(`${data.id}.json`).toBe(file);
    expect(data.minutes).toBeGreaterThanOrEqual(5);
    expect(data.minutes).toBeLessThanOrEqual(15);
    expect(steps.filter((s) => s.answerFrom !== null).length).toBeGreaterThanOrEqual(2);
    // every step's scenario is one the app runs (an MLP or an Elman RNN)
    for (const s of steps) expect(APP_KINDS).toContain(s.scenario.network.kind ?? 'mlp');
  });

  it('refuses a shipped lesson given a target that does not exist, naming the step', () => {
    const lesson = read('chain-rule-output.json') as { steps: { highlight?: string[] }[] };
    lesson.steps[4].highlight = ['graph.node.h7'];
    const result = validateLesson(lesson);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map(formatLessonIssue)).toEqual([
        'steps[4] (step 5, "Link 3: ∂z/∂w"): highlight[0]: "graph.node.h7" the net has no node "h7" (it has "x1", "x2", "h1", "h2", "y1")',
      ]);
  });

  it('refuses a shipped lesson whose patch breaks the scenario, naming the step', () => {
    const lesson = read('learning-rate.json') as { steps: { patch?: unknown }[] };
    lesson.steps[1].patch = { optimizer: { learningRate: 50 } };
    const result = validateLesson(lesson);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map(formatLessonIssue)).toEqual([
        'steps[1] (step 2, "Too small"): patch: makes the scenario invalid: optimizer.learningRate: must be between 0 and 10',
      ]);
  });
});
