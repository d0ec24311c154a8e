// The runner's pure parts: lesson Markdown read into plain records (nothing becomes HTML, only
// https: links), and progress in storage read back defensively.
import { describe, expect, it } from 'vitest';
import { parseInline, parseLessonMarkdown } from '../../src/lessons/markdown';
import {
  clearProgress,
  NO_PROGRESS,
  progressKey,
  readProgress,
  writeProgress,
} from '../../src/lessons/progress';

describe('lesson Markdown', () => {
  it('reads paragraphs, lists, emphasis, code, maths and https links', () => {
    expect(
      parseLessonMarkdown('One **two** *three*\nstill one\n\n- a `x`\n- $y^2$\n\n1. first'),
    ).toEqual([
      {
        kind: 'paragraph',
        children: [
          { kind: 'text', text: 'One ' },
          { kind: 'strong', children: [{ kind: 'text', text: 'two' }] },
          { kind: 'text', text: ' ' },
          { kind: 'em', children: [{ kind: 'text', text: 'three' }] },
          { kind: 'text', text: ' still one' },
        ],
      },
      {
        kind: 'list',
        ordered: false,
        items: [
          [
            { kind: 'text', text: 'a ' },
            { kind: 'code', text: 'x' },
          ],
          [{ kind: 'math', tex: 'y^2' }],
        ],
      },
      { kind: 'list', ordered: true, items: [[{ kind: 'text', text: 'first' }]] },
    ]);
  });

  it('keeps HTML, other links and unclosed marks as text', () => {
    expect(parseInline('<b>x</b> [a](javascript:alert(1)) 2 * 3 \\$5')).toEqual([
      { kind: 'text', text: '<b>x</b> [a](javascript:alert(1)) 2 * 3 $5' },
    ]);
    expect(parseInline('[site](https://example.org/a)')).toEqual([
      { kind: 'link', href: 'https://example.org/a', children: [{ kind: 'text', text: 'site' }] },
    ]);
  });
});

describe('lesson progress', () => {
  const memory = () => {
    const items = new Map<string, string>();
    return {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    };
  };
  const ids = ['a', 'b', 'c'];

  it('writes, reads back and clears the progress of one lesson', () => {
    const storage = memory();
    writeProgress(storage, 'x', { step: 2, solved: ['b'], done: true });
    expect(readProgress(storage, 'x', ids)).toEqual({ step: 2, solved: ['b'], done: true });
    expect(readProgress(storage, 'y', ids)).toEqual(NO_PROGRESS);
    clearProgress(storage, 'x');
    expect(readProgress(storage, 'x', ids)).toEqual(NO_PROGRESS);
  });

  it.each([
    ['not JSON', '{'],
    ['an array', '[1]'],
    ['a negative step', '{"step":-1}'],
    ['a fractional step', '{"step":1.5}'],
    ['a prototype key', '{"__proto__":{"step":1}}'],
  ])('reads %s as no progress', (_, text) => {
    const storage = memory();
    storage.setItem(progressKey('x'), text);
    expect(readProgress(storage, 'x', ids)).toEqual(NO_PROGRESS);
  });

  it('clamps a step past the end and drops answers to steps the lesson no longer has', () => {
    const storage = memory();
    storage.setItem(progressKey('x'), '{"step":9,"solved":["c","gone",3],"done":"yes"}');
    expect(readProgress(storage, 'x', ids)).toEqual({ step: 2, solved: ['c'], done: false });
  });

  it('goes on without storage, or when storage refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => undefined,
    };
    expect(readProgress(refusing, 'x', ids)).toEqual(NO_PROGRESS);
    expect(() => writeProgress(refusing, 'x', NO_PROGRESS)).not.toThrow();
    expect(readProgress(null, 'x', ids)).toEqual(NO_PROGRESS);
  });
});
