// The lesson validator: every problem with its JSON path and its step, the scenario validator
// on each patched scenario, targets and live sources checked against the net, prototype keys
// refused, and fuzzed files refused with a path or accepted with their text kept as text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLessonIssue, parseLessonText, validateLesson } from '../../src/lessons/validate';

const minimal = (steps: unknown[], base: unknown = { preset: 'two-two-one' }) => ({
  version: 1,
  id: 'test-lesson',
  title: 'A test',
  summary: 'For tests.',
  minutes: 5,
  base,
  steps,
});
let stepCount = 0;
const step = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: `s${(stepCount += 1)}`,
  title: 'The loss',
  text: 'Some text.',
  ...extra,
});
const problems = (value: unknown): string[] => {
  const r = validateLesson(value);
  return r.ok ? [] : r.issues.map(formatLessonIssue);
};

describe('validateLesson', () => {
  it('accepts the format’s own example (docs lessons.md) and compiles each step', () => {
    const r = validateLesson(
      minimal([
        step({
          cursor: 'u1.s1.forward',
          highlight: ['graph.node.y1', 'control.step'],
          until: { 'cursor.phase': 'loss' },
        }),
        step({
          question: { kind: 'number', answerFrom: 'trace.gradient(w:1:0:0)', tolerance: 1e-4 },
        }),
        step({
          patch: { optimizer: { learningRate: 5 } },
          until: { 'metrics.update': { '>=': 100 } },
        }),
      ]),
    );
    if (!r.ok) throw new Error(r.issues.map(formatLessonIssue).join('\n'));
    const [first, second, third] = r.lesson.steps;
    expect(first.loads && !second.loads && third.loads).toBe(true);
    expect(first.cursor).toEqual({ update: 1, at: { sample: 1, phase: 'forward', layer: null } });
    expect(second.answerFrom).toEqual({
      kind: 'gradient',
      ref: { kind: 'weight', layer: 1, j: 0, i: 0 },
    });
    expect(second.scenario).toBe(first.scenario);
    expect(third.scenario.optimizer).toEqual({ kind: 'sgd', learningRate: 5 });
    expect(third.until).toEqual([{ field: 'metrics.update', op: '>=', value: 100 }]);
  });

  it('names the step and the path of a schema problem', () => {
    expect(problems(minimal([step(), step({ until: 3 })]))).toEqual([
      'steps[1] (step 2, "The loss"): until: must be an object',
    ]);
    expect(problems(minimal([step({ question: { kind: 'essay' } })]))).toEqual([
      'steps[0] (step 1, "The loss"): question.kind: must be one of "number", "choice", "order"',
    ]);
    expect(problems({ ...minimal([step()]), colour: 'red' })).toEqual([
      'colour: is not a known field',
    ]);
  });

  it('reports a patch that makes the scenario invalid with its step, and checks later steps on it', () => {
    const out = problems(minimal([step({ patch: { network: { activations: ['sigmoid'] } } })]));
    expect(out).toEqual([
      'steps[0] (step 1, "The loss"): patch: makes the scenario invalid: network.activations: must hold one activation per non-input layer: 2, not 1',
    ]);
  });

  it('checks highlights, cursors and live sources against the step’s own net', () => {
    const grown = { network: { layers: [2, 3, 1], weights: null, biases: null } };
    expect(
      problems(minimal([step({ patch: grown, highlight: ['graph.node.h3', 'graph.edge.h3.y1'] })])),
    ).toEqual([]);
    expect(
      problems(
        minimal([
          step({
            highlight: [
              'graph.node.h3',
              'graph.edge.x1.y1',
              'panel.nope',
              'control.lr',
              '#app > div',
              'chain.factor.4',
              'table.row.w:1:0:0',
            ],
            cursor: 'u1.s1.sideways',
            question: { kind: 'number', answerFrom: 'trace.gradient(w:2:0:0)', tolerance: 0 },
          }),
        ]),
      ).map((line) => line.replace(/^steps\[0\] \(step 1, "The loss"\): /, '').split(':')[0]),
    ).toEqual([
      'cursor',
      'highlight[0]',
      'highlight[1]',
      'highlight[2]',
      'highlight[4]',
      'highlight[5]',
      'question.answerFrom',
    ]);
  });

  it('checks the base, step ids, choices and links', () => {
    expect(problems(minimal([step()], { preset: 'nope' }))).toEqual([
      'base.preset: "nope" is not a preset id (npm run --silent cli -- presets)',
    ]);
    expect(problems(minimal([step()], {}))[0]).toMatch(/^base: needs exactly one of/);
    expect(problems(minimal([step({ id: 'a' }), step({ id: 'a', title: 'Again' })]))).toEqual([
      'steps[1] (step 2, "Again"): id: "a" is the id of an earlier step',
    ]);
    expect(
      problems(
        minimal([step({ question: { kind: 'choice', choices: ['x', 'y'], correct: 'z' } })]),
      ),
    ).toEqual([
      'steps[0] (step 1, "The loss"): question.correct: must be one of the choices, written exactly as there',
    ]);
    expect(problems(minimal([step({ text: 'See [this](javascript:alert(1)).' })]))).toEqual([
      'steps[0] (step 1, "The loss"): text: links may go to https: addresses only, not "javascript:alert(1"',
    ]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'refuses the prototype key %s with its path',
    (key) => {
      const text = `{"version":1,"steps":[{"patch":{"optimizer":{"${key}":{"polluted":true}}}}]}`;
      const r = parseLessonText(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual([`steps[0].patch.optimizer.${key}`]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('refuses bad JSON, an empty file and a non-object, with a message', () => {
    for (const text of ['{', '', '[]', '"lesson"']) {
      const r = parseLessonText(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0].message.length).toBeGreaterThan(0);
    }
  });
});

describe('fuzzed lesson files', () => {
  it('never throw: random text is refused with messages, or accepted', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const r = parseLessonText(text);
        if (!r.ok) for (const i of r.issues) expect(typeof i.path).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('refuse random JSON values with a path-bearing issue', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const r = validateLesson(value);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('refuse any unknown highlight target, naming the step and its index', () => {
    const known = /^(graph\.|chain\.factor\.|table\.row\.|control\.|panel\.)/;
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !known.test(s)),
        fc.nat(3),
        (target, k) => {
          const steps = [
            step({ id: 'a' }),
            step({ id: 'b' }),
            step({ id: 'c' }),
            step({ id: 'd' }),
          ];
          steps[k] = { ...steps[k], highlight: ['control.lr', target] };
          const r = validateLesson(minimal(steps));
          expect(r.ok).toBe(false);
          if (!r.ok) {
            expect(r.issues[0].path).toBe(`steps[${k}].highlight[1]`);
            expect(r.issues[0].step).toEqual({ index: k, title: 'The loss' });
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keep HTML in text as the very text written (it is never interpreted)', () => {
    const html = fc.constantFrom(
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      '<b>bold</b> &amp; &lt;',
      '"><svg onload=alert(1)>',
    );
    fc.assert(
      fc.property(html, fc.string({ maxLength: 40 }), (tag, tail) => {
        const text = `${tag}${tail}`;
        const r = validateLesson({ ...minimal([step({ title: text, text })]), title: text });
        if (!r.ok) throw new Error(r.issues.map(formatLessonIssue).join('\n'));
        expect(r.lesson.data.title).toBe(text);
        expect(r.lesson.steps[0].step.text).toBe(text);
      }),
      { numRuns: 100 },
    );
  });
});
