// Share → Embed's snippets: every kind links to a new tab, escapes the title, and its address
// opens the same fragment keys.
import { describe, expect, it } from 'vitest';
import { parseFragment } from '../../src/scenario/fragment';
import {
  SNIPPET_KINDS,
  appUrl,
  embedUrl,
  snippet,
  type SnippetInput,
} from '../../src/embed/snippets';

const input: SnippetInput = {
  base: 'https://lens.example/',
  fragment: {
    preset: 'two-two-one',
    layout: 'worked-example',
    lock: 'all',
    hide: ['status'],
    step: { update: 1, at: { sample: 1, phase: 'backward', layer: null } },
  },
  title: 'The "2-2-1" <example>',
  height: 640,
};

describe('snippets', () => {
  it('every snippet has an open-in-a-new-tab link and an escaped title', () => {
    for (const kind of SNIPPET_KINDS) {
      const text = snippet(kind, input);
      const link = appUrl(input);
      expect(text.includes(link) || text.includes(link.replace(/&/g, '&amp;'))).toBe(true);
      expect(text).not.toContain('<example>');
    }
    expect(snippet('iframe', input)).toContain('title="The &quot;2-2-1&quot; &lt;example&gt;"');
    expect(snippet('iframe', input)).not.toContain('<script');
    expect(snippet('resizer', input)).toContain('https://lens.example/embed/v1/resizer.js');
  });

  it('the embed address carries the fragment keys back unchanged', () => {
    const url = new URL(embedUrl(input));
    expect(url.pathname).toBe('/embed.html');
    const parsed = parseFragment(url.hash);
    expect(parsed.ignored).toEqual([]);
    expect(parsed.state.preset).toBe('two-two-one');
    expect(parsed.state.lock).toBe('all');
    expect(parsed.state.step).toEqual(input.fragment.step);
    // the app link keeps the scenario and step, not the embed's view
    const app = parseFragment(new URL(appUrl(input)).hash).state;
    expect(app.step).toEqual(input.fragment.step);
    expect(app.lock).toEqual([]);
  });

  it('the element takes the same keys as attributes', () => {
    const el = snippet('element', input);
    expect(el).toContain('preset="two-two-one"');
    expect(el).toContain('step="u1.s1.backward"');
    expect(el).toContain('lock="all"');
    expect(el).toContain('hide="status"');
  });
});
