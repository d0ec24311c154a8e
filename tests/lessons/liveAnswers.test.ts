// The shipped worked-example lessons against the real engine: each live question reads, from a
// real trace of the step's scenario, the number its own explanation states, and refuses a
// wrong answer.
import { describe, expect, it } from 'vitest';
import { checkAnswer, type LessonState } from '../../src/lessons/evaluate';
import { traceReaders } from '../../src/lessons/traceReaders';
import { parseLessonText, type CompiledStep } from '../../src/lessons/validate';
import { loadScenarioRun } from '../../src/scenario/instantiate';
import type { Scenario } from '../../src/scenario/schema';
import { readRepoText, readText } from '../helpers/files';

async function stateAfterOneUpdate(step: CompiledStep): Promise<LessonState> {
  const run = await loadScenarioRun(step.scenario as Scenario, readText);
  const result = run.trainer.step(true);
  if (!result.ok || !result.trace) throw new Error('the update failed');
  const unknown = {
    update: 1,
    epoch: 1,
    trainLoss: null,
    trainAccuracy: null,
    testLoss: null,
    testAccuracy: null,
  };
  return {
    cursor: { phase: 'backward', update: 1 },
    metrics: unknown,
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
    ...traceReaders(result.trace),
  };
}

/** The hand-computed answer of each live question (the worked examples' published numbers). */
const HAND: Record<string, Record<string, number>> = {
  'forward-pass': { squash: 0.5523, 'second-hidden': 0.5781, output: 0.6651 },
  'the-loss': { 'squared-error': 0.013625, 'cross-entropy-value': 0.7509 },
  'chain-rule-output': {
    'third-factor': 0.552308,
    'your-gradient': 0.020309,
    'the-neighbour': 0.021257,
  },
  'hidden-weight': {
    'hidden-delta': 0.008771,
    'hidden-gradient': 0.000439,
    'one-path-left': 0.000668,
  },
};

describe.each(Object.keys(HAND))('%s', (id) => {
  it('accepts the hand-computed answer to each live question and refuses a wrong one', async () => {
    const result = parseLessonText(readRepoText(`public/lessons/${id}.json`));
    if (!result.ok) throw new Error('the lesson does not validate');
    const live = result.lesson.steps.filter((s) => s.answerFrom !== null);
    expect(live.map((s) => s.step.id)).toEqual(Object.keys(HAND[id]));
    for (const step of live) {
      const q = step.step.question;
      if (q?.kind !== 'number') throw new Error('not a number question');
      const state = await stateAfterOneUpdate(step);
      const hand = HAND[id][step.step.id];
      const right = checkAnswer(q, step.answerFrom, String(hand), state);
      expect(right.status, `${step.step.id}: ${hand} vs ${JSON.stringify(right)}`).toBe('right');
      expect(checkAnswer(q, step.answerFrom, String(hand * 1.1), state).status).toBe('wrong');
    }
  });
});
