// docs/lessons-authoring.md stays true: its example lesson validates, and its table of
// highlight targets names every kind the validator knows.
import { describe, expect, it } from 'vitest';
import { TARGET_KINDS } from '../../src/lessons/targets';
import { formatLessonIssue, parseLessonText } from '../../src/lessons/validate';
import { readRepoText } from '../helpers/files';

const guide = readRepoText('docs/lessons-authoring.md');
const lessons = [...guide.matchAll(/```json\n([\s\S]*?)```/g)]
  .map((m) => m[1])
  .filter((text) => text.trimStart().startsWith('{\n'));

describe('docs/lessons-authoring.md', () => {
  it('holds one complete example lesson, and it validates', () => {
    expect(lessons).toHaveLength(1);
    const result = parseLessonText(lessons[0]);
    if (!result.ok) throw new Error(result.issues.map(formatLessonIssue).join('\n'));
    expect(result.lesson.steps).toHaveLength(3);
  });

  it('documents every kind of highlight target', () => {
    for (const kind of TARGET_KINDS) expect(guide).toContain(`\`${kind}.`);
  });
});
