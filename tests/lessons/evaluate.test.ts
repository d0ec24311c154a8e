// The runner's pure questions on hand-built states: does `until` hold and what is missing, and is
// an answer right, read from the live values within the stated tolerance.
import { describe, expect, it } from 'vitest';
import type { Ref } from '../../src/engine/types';
import { parseLiveSource, parseUntil } from '../../src/lessons/conditions';
import {
  checkAnswer,
  evaluateUntil,
  parseNumberAnswer,
  type LessonState,
} from '../../src/lessons/evaluate';
import * as v from 'valibot';
import { QuestionSchema, type Question } from '../../src/lessons/schema';
import { refKey } from '../../src/engine/ref';

function state(over: Partial<LessonState> = {}, values: Record<string, number> = {}): LessonState {
  return {
    cursor: { phase: 'loss', update: 1 },
    metrics: {
      update: 37,
      epoch: 2,
      trainLoss: 0.25,
      trainAccuracy: 0.9,
      testLoss: null,
      testAccuracy: null,
    },
    settings: {
      learningRate: 0.1,
      batch: 'online',
      batchSize: null,
      optimizer: 'sgd',
      loss: 'squared-error',
      activation: 'sigmoid',
      regularization: 'none',
      regularizationRate: null,
      dropout: 0,
    },
    gradient: (ref: Ref) => values[refKey(ref)] ?? null,
    activation: (ref: Ref) => values[refKey(ref)] ?? null,
    loss: 0.013625,
    ...over,
  };
}

/** A question as the schema reads it (text branded as PlainText). */
const question = (raw: unknown): Question => v.parse(QuestionSchema, raw);

const until = (raw: Record<string, unknown>) => {
  const parsed = parseUntil(raw);
  expect(parsed.issues).toEqual([]);
  return parsed.conditions;
};

describe('evaluateUntil', () => {
  it('holds when every condition holds, and says what is missing otherwise', () => {
    const c = until({ 'cursor.phase': 'loss', 'metrics.update': { '>=': 100 } });
    const r = evaluateUntil(c, state());
    expect(r.met).toBe(false);
    expect(r.missing).toEqual(['metrics.update must be at least 100 (now 37)']);
    expect(evaluateUntil(c, state({ metrics: { ...state().metrics, update: 100 } })).met).toBe(
      true,
    );
  });

  it('compares names with = and numbers with every operator', () => {
    const s = state();
    const holds = (raw: Record<string, unknown>) => evaluateUntil(until(raw), s).met;
    expect(holds({ 'settings.batch': 'online' })).toBe(true);
    expect(holds({ 'settings.batch': 'full' })).toBe(false);
    expect(holds({ 'settings.learningRate': 0.1 })).toBe(true);
    expect(holds({ 'settings.learningRate': { '<': 0.1 } })).toBe(false);
    expect(holds({ 'settings.learningRate': { '<=': 0.1, '>': 0.05 } })).toBe(true);
    expect(holds({ 'metrics.trainLoss': { '<': 0.3, '>=': 0.25 } })).toBe(true);
    expect(holds({ 'cursor.update': { '>': 1 } })).toBe(false);
  });

  it('never holds on a value the run does not have yet, and says so', () => {
    const r = evaluateUntil(until({ 'metrics.testAccuracy': { '>=': 0.8 } }), state());
    expect(r).toEqual({
      met: false,
      missing: ['metrics.testAccuracy must be at least 0.8 (nothing yet)'],
    });
    expect(
      evaluateUntil(
        until({ 'cursor.phase': 'forward' }),
        state({ cursor: { phase: null, update: 0 } }),
      ).met,
    ).toBe(false);
  });

  it('holds with no conditions (a step without until)', () => {
    expect(evaluateUntil([], state())).toEqual({ met: true, missing: [] });
  });
});

describe('parseUntil refuses what it cannot evaluate', () => {
  it.each([
    [{ 'cursor.phase': 'bogus' }, '["cursor.phase"]'],
    [{ 'metrics.updates': 3 }, '["metrics.updates"]'],
    [{ 'metrics.update': { '!=': 3 } }, '["metrics.update"]["!="]'],
    [{ 'metrics.update': { '>': '3' } }, '["metrics.update"][">"]'],
    [{ 'settings.optimizer': { '<': 'adam' } }, '["settings.optimizer"]["<"]'],
    [{}, ''],
  ])('%j at %s', (raw, path) => {
    const parsed = parseUntil(raw);
    expect(parsed.issues.map((i) => i.path)).toEqual([path]);
  });
});

describe('checkAnswer', () => {
  const live = (text: string) => {
    const source = parseLiveSource(text);
    if (typeof source === 'string') throw new Error(source);
    return source;
  };
  const gradient: Question = {
    kind: 'number',
    answerFrom: 'trace.gradient(w:1:0:0)',
    tolerance: 1e-4,
    relative: false,
  };

  it('reads the right answer from the live trace, so it follows an edited weight', () => {
    const src = live('trace.gradient(w:1:0:0)');
    const first = state({}, { 'w:1:0:0': 0.020309 });
    expect(checkAnswer(gradient, src, '0.0203', first).status).toBe('right');
    expect(checkAnswer(gradient, src, '0.0205', first).status).toBe('wrong');
    const edited = state({}, { 'w:1:0:0': 0.0412 });
    expect(checkAnswer(gradient, src, '0.0203', edited).status).toBe('wrong');
    expect(checkAnswer(gradient, src, '0.0412', edited)).toEqual({
      status: 'right',
      expected: 0.0412,
    });
  });

  it('uses a relative tolerance as a fraction of the right answer', () => {
    const q: Question = {
      kind: 'number',
      answerFrom: 'metrics.trainLoss',
      tolerance: 0.05,
      relative: true,
    };
    const src = live('metrics.trainLoss');
    expect(checkAnswer(q, src, '0.26', state()).status).toBe('right'); // 4% off
    expect(checkAnswer(q, src, '0.27', state()).status).toBe('wrong'); // 8% off
  });

  it('reads activations and the loss, and is unavailable before anything is traced', () => {
    const q: Question = {
      kind: 'number',
      answerFrom: 'trace.loss',
      tolerance: 1e-6,
      relative: false,
    };
    expect(checkAnswer(q, live('trace.loss'), '0.013625', state()).status).toBe('right');
    expect(checkAnswer(q, live('trace.loss'), '0.013625', state({ loss: null }))).toEqual({
      status: 'unavailable',
    });
    const a: Question = {
      kind: 'number',
      answerFrom: 'trace.activation(n:1:0)',
      tolerance: 1e-4,
      relative: false,
    };
    expect(
      checkAnswer(a, live('trace.activation(n:1:0)'), '0.5523', state({}, { 'n:1:0': 0.552308 }))
        .status,
    ).toBe('right');
  });

  it('asks again for text that is not a number, and accepts a Unicode minus and a decimal comma', () => {
    const q: Question = { kind: 'number', answer: -0.5, tolerance: 0, relative: false };
    expect(checkAnswer(q, null, 'about a half', state()).status).toBe('unreadable');
    expect(checkAnswer(q, null, '−0.5', state()).status).toBe('right');
    expect(checkAnswer(q, null, '-0,5', state()).status).toBe('right');
    expect(parseNumberAnswer('2.5e-3')).toBe(0.0025);
    expect(parseNumberAnswer('Infinity')).toBeNull();
    expect(parseNumberAnswer('')).toBeNull();
  });

  it('checks a choice by its text and an order item by item', () => {
    const choice = question({ kind: 'choice', choices: ['a', 'b'], correct: 'b' });
    expect(checkAnswer(choice, null, 'b', state()).status).toBe('right');
    expect(checkAnswer(choice, null, 'a', state()).status).toBe('wrong');
    const order = question({ kind: 'order', items: ['x', 'y', 'z'] });
    expect(checkAnswer(order, null, ['x', 'y', 'z'], state()).status).toBe('right');
    expect(checkAnswer(order, null, ['y', 'x', 'z'], state()).status).toBe('wrong');
    expect(checkAnswer(order, null, ['x', 'y'], state()).status).toBe('wrong');
  });
});
