// Lessons 6–10 ask for losses the learner reads off the status bar, which shows four decimals
// (0.0003) and switches to 8.73e-5 below 1e-4. Whatever loss the run has reached when the learner
// pauses, typing it as shown must be right, and a clearly different number wrong. (With a relative
// tolerance, 0.0003 shown for 0.00034 was refused.)
import { describe, expect, it } from 'vitest';
import { checkAnswer, type LessonState } from '../../src/lessons/evaluate';
import { parseLessonText, type CompiledStep } from '../../src/lessons/validate';
import { formatLoss } from '../../src/viz/format';
import { readRepoText } from '../helpers/files';

const LESSONS = [
  'batch-modes',
  'vanishing-gradients',
  'overfitting',
  'momentum-adam',
  'backprop-through-time',
];

function lossQuestions(id: string): CompiledStep[] {
  const result = parseLessonText(readRepoText(`public/lessons/${id}.json`));
  if (!result.ok) throw new Error(`${id} does not validate`);
  return result.lesson.steps.filter(
    (s) => s.answerFrom?.kind === 'metric' && /Loss$/.test(s.answerFrom.field),
  );
}

function stateWithLoss(loss: number): LessonState {
  return {
    cursor: { phase: null, update: 500 },
    metrics: {
      update: 500,
      epoch: 5,
      trainLoss: loss,
      trainAccuracy: null,
      testLoss: loss,
      testAccuracy: null,
    },
    settings: {
      learningRate: null,
      batch: null,
      batchSize: null,
      optimizer: null,
      loss: null,
      activation: null,
      regularization: null,
      regularizationRate: null,
      dropout: null,
    },
    gradient: () => null,
    activation: () => null,
    loss: null,
  };
}

/** Losses from 1e-7 to 20, three per decade and their neighbours. */
const LOSSES = Array.from({ length: 25 }, (_, k) => 10 ** (-7 + k / 3)).flatMap((x) => [
  x,
  x * 1.37,
  x * 3.41,
]);

describe.each(LESSONS)('%s', (id) => {
  const steps = lossQuestions(id);

  it('asks for a loss read off the status bar', () => {
    expect(steps.length).toBeGreaterThan(0);
  });

  it.each(steps.map((s) => [s.step.id, s] as const))(
    '%s accepts the loss as the status bar shows it, and refuses another',
    (_, step) => {
      const question = step.step.question!;
      for (const loss of LOSSES) {
        const state = stateWithLoss(loss);
        const shown = formatLoss(loss);
        expect(
          checkAnswer(question, step.answerFrom, shown, state).status,
          `${shown} for ${loss}`,
        ).toBe('right');
        const other = String(loss * 1.5 + 0.01);
        expect(checkAnswer(question, step.answerFrom, other, state).status).toBe('wrong');
      }
    },
  );
});
