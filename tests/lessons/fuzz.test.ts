// Fuzzed lesson files, grown from the ten shipped lessons by one random fault each: bad JSON,
// `__proto__`/`constructor`/`prototype` keys at any depth, unknown highlight targets, unknown
// cursor and `until` syntax, huge strings. Each is refused with the JSON path of the fault (and
// its step named), never throws, never pollutes a prototype. HTML written anywhere in a lesson's
// text is kept as that text, and the runner renders it as text: no element, no handler, no link.
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LessonInline, LessonText } from '../../src/components/Lesson/LessonText';
import { formatLessonIssue, parseLessonText, type LessonResult } from '../../src/lessons/validate';
import { readRepoText } from '../helpers/files';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };
interface StepJson extends Obj {
  title: string;
  text: string;
}
interface LessonJson extends Obj {
  steps: StepJson[];
}

const shipped: readonly LessonJson[] = readdirSync(
  new URL('../../public/lessons/', import.meta.url),
)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readRepoText(`public/lessons/${f}`)) as LessonJson);

const copy = (lesson: LessonJson): LessonJson => structuredClone(lesson);
const lessonArb = fc.nat(shipped.length - 1).map((k) => copy(shipped[k]));
const refused = (r: LessonResult) => {
  if (r.ok) throw new Error('the faulty lesson was accepted');
  return r.issues;
};

/** Every object in a lesson with its JSON path as the validator writes it (`steps[2].patch`). */
function objectsOf(value: Json, path = ''): { path: string; obj: Obj }[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((item, k) => objectsOf(item, `${path}[${k}]`));
  const own = [{ path, obj: value }];
  for (const [key, item] of Object.entries(value))
    if (/^[A-Za-z_$][\w$]*$/.test(key)) own.push(...objectsOf(item, path ? `${path}.${key}` : key));
  return own;
}

describe('fuzzed lesson files', () => {
  it('sanity: every shipped lesson validates as it is', () => {
    for (const lesson of shipped) expect(parseLessonText(JSON.stringify(lesson)).ok).toBe(true);
  });

  it('refuse bad JSON (cut short, or with a stray character) with a message, never a throw', () => {
    fc.assert(
      fc.property(lessonArb, fc.double({ min: 0, max: 1, noNaN: true }), (lesson, at) => {
        const text = JSON.stringify(lesson, null, 2);
        const cut = Math.floor(at * (text.length - 1));
        for (const bad of [text.slice(0, cut), `${text.slice(0, cut)}\u0000${text.slice(cut)}`]) {
          const issues = refused(parseLessonText(bad));
          expect(issues[0].path).toBe('');
          expect(issues[0].message).toMatch(/^(not valid JSON|the lesson text is empty)/);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('refuse a prototype key at any depth, naming its path, and pollute nothing', () => {
    const key = fc.constantFrom('__proto__', 'constructor', 'prototype');
    fc.assert(
      fc.property(lessonArb, fc.nat(), key, (lesson, pick, bad) => {
        const all = objectsOf(lesson);
        const { path, obj } = all[pick % all.length];
        // an own property named like the key, as JSON.parse makes it from the text
        Object.defineProperty(obj, bad, {
          value: { polluted: true },
          enumerable: true,
          configurable: true,
          writable: true,
        });
        const issues = refused(parseLessonText(JSON.stringify(lesson)));
        const where = path ? `${path}.${bad}` : bad;
        expect(issues.map((i) => i.path)).toContain(where);
        const step = /^steps\[(\d+)\]/.exec(where);
        const found = issues.find((i) => i.path === where)!;
        expect(found.step?.index ?? null).toBe(step ? Number(step[1]) : null);
        if (step) expect(formatLessonIssue(found)).toMatch(`step ${Number(step[1]) + 1}`);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  /** Puts `fault` into a random step; the validator must name exactly `where(k)` first. */
  const faultInStep = <T>(
    fault: fc.Arbitrary<T>,
    apply: (step: StepJson, value: T) => void,
    where: (k: number, value: T) => string,
    message?: RegExp,
  ) =>
    fc.assert(
      fc.property(lessonArb, fc.nat(), fault, (lesson, pick, value) => {
        const k = pick % lesson.steps.length;
        apply(lesson.steps[k], value);
        const issues = refused(parseLessonText(JSON.stringify(lesson)));
        expect(issues.map((i) => i.path)).toContain(where(k, value));
        const found = issues.find((i) => i.path === where(k, value))!;
        expect(found.step).toEqual({ index: k, title: lesson.steps[k].title.slice(0, 80) });
        if (message) expect(found.message).toMatch(message);
      }),
      { numRuns: 150 },
    );

  it('refuse an unknown highlight target (a CSS selector, an unknown panel or control)', () => {
    const junk = fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.replace(/[.]/g, '_'));
    const target = fc.oneof(
      fc.constantFrom('#app > div', '.lesson-panel', 'button', 'graph', '*', '<b>x</b>'),
      junk.map((s) => `panel.no-${s}`),
      junk.map((s) => `control.no-${s}`),
      junk.map((s) => `widget.${s}`),
    );
    faultInStep(
      target,
      (step, id) => {
        step.highlight = ['panel.graph', id];
      },
      (k) => `steps[${k}].highlight[1]`,
    );
  });

  it('refuse cursor text that is not the `step` syntax', () => {
    const cursor = fc.oneof(
      fc.constantFrom('u1.s1.sideways', 'u-1', 'step 3', 'u1.s0.forward', '', 'u1.s1.forward.x'),
      fc.string({ maxLength: 20 }).map((s) => `q${s}`),
    );
    faultInStep(
      cursor,
      (step, c) => {
        step.cursor = c;
      },
      (k) => `steps[${k}].cursor`,
    );
  });

  it('refuse an unknown `until` field or operator, naming it', () => {
    const name = fc.string({ minLength: 1, maxLength: 15 }).map((s) => `metrics.x-${s}`);
    faultInStep(
      name,
      (step, field) => {
        step.until = { [field]: 1 };
      },
      (k, field) => `steps[${k}].until[${JSON.stringify(field)}]`,
      /is not a known field/,
    );
    const op = fc.constantFrom('~', '==', '!=', '=>', 'gt', '');
    faultInStep(
      op,
      (step, o) => {
        step.until = { 'metrics.update': { [o]: 3 } };
      },
      (k, o) => `steps[${k}].until["metrics.update"][${JSON.stringify(o)}]`,
      /is not an operator/,
    );
  });

  it('refuse huge strings with their path, and a huge file before parsing it', () => {
    faultInStep(
      fc.integer({ min: 5001, max: 60_000 }),
      (step, n) => {
        step.text = 'x'.repeat(n);
      },
      (k) => `steps[${k}].text`,
      /at most 5000 characters/,
    );
    const issues = refused(
      parseLessonText(JSON.stringify({ ...shipped[0], summary: 'y'.repeat(600_000) })),
    );
    expect(issues).toEqual([
      {
        path: '',
        message: expect.stringMatching(/bytes; at most 524288 are allowed$/),
        step: null,
      },
    ]);
  });
});

/** The tags and attributes of rendered markup (React escapes text, so `<` starts a real tag). */
function tagsOf(html: string): { name: string; attrs: string }[] {
  return [...html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)].map((m) => ({
    name: m[1].toLowerCase(),
    attrs: m[2],
  }));
}

describe('HTML in a lesson is shown as text', () => {
  const payload = fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<iframe src="https://example.com"></iframe>',
    '"><svg onload=alert(1)>',
    '<a href="javascript:alert(1)">x</a>',
    '<b>bold</b> &amp; &lt;',
    '<style>*{display:none}</style>',
  );
  const tail = fc.string({ maxLength: 40 }).filter((s) => !s.includes(']('));
  const markdownTags = new Set(['p', 'ul', 'ol', 'li', 'strong', 'em', 'code', 'span']);

  it('is kept as the very text and rendered with no element or handler of its own', () => {
    fc.assert(
      fc.property(lessonArb, fc.nat(), payload, tail, (lesson, pick, html, rest) => {
        const k = pick % lesson.steps.length;
        const text = `${rest}${html}${rest}`;
        lesson.title = text;
        lesson.steps[k].title = text;
        lesson.steps[k].text = `${html}\n\n- ${text}\n- *${html}*`;
        const r = parseLessonText(JSON.stringify(lesson));
        if (!r.ok) throw new Error(r.issues.map(formatLessonIssue).join('\n'));
        expect(r.lesson.data.title).toBe(text);
        const markup = [
          renderToStaticMarkup(createElement(LessonInline, { text: r.lesson.data.title })),
          renderToStaticMarkup(createElement(LessonText, { text: r.lesson.steps[k].step.text })),
        ].join('');
        for (const tag of tagsOf(markup)) {
          expect(markdownTags).toContain(tag.name);
          expect(tag.attrs).not.toMatch(/\bon\w+=|href|src=/i);
        }
        // the payload's own tag arrives as text the learner can read
        const shown = markup
          .replace(/<[^>]*>/g, '')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#x27;/g, "'")
          .replace(/&amp;/g, '&');
        expect(shown).toContain(/<\w+/.exec(html)![0]);
      }),
      { numRuns: 200 },
    );
  });
});
