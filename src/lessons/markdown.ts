// The Markdown subset of lesson text (docs lessons.md): paragraphs, `-`/`1.` lists, **strong**,
// *emphasis*, `code`, links to https: only and inline maths between $…$. Pure: text in, a tree
// of plain records out; the runner turns them into elements, so nothing is ever parsed as HTML.

export type Inline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'strong' | 'em'; readonly children: readonly Inline[] }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'math'; readonly tex: string }
  | { readonly kind: 'link'; readonly href: string; readonly children: readonly Inline[] };

export type Block =
  | { readonly kind: 'paragraph'; readonly children: readonly Inline[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly Inline[][] };

const LIST_ITEM = /^\s*(?:([-*])|(\d{1,3})[.)])\s+(.*)$/;

/** Text → blocks: a blank line ends a paragraph; lines starting `- ` or `1. ` form a list. */
export function parseLessonMarkdown(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    const first = LIST_ITEM.exec(lines[0]);
    if (first) {
      const items: string[] = [];
      for (const line of lines) {
        const m = LIST_ITEM.exec(line);
        if (m) items.push(m[3]);
        else items[items.length - 1] += ` ${line.trim()}`;
      }
      blocks.push({
        kind: 'list',
        ordered: first[2] !== undefined,
        items: items.map((item) => parseInline(item)),
      });
    } else
      blocks.push({
        kind: 'paragraph',
        children: parseInline(lines.map((l) => l.trim()).join(' ')),
      });
  }
  return blocks;
}

/** The next closing `mark` after `from` that is not escaped; -1 when there is none. */
function closing(text: string, mark: string, from: number): number {
  let k = text.indexOf(mark, from);
  while (k > 0 && text[k - 1] === '\\') k = text.indexOf(mark, k + 1);
  return k;
}

/** One line of inline Markdown → inline nodes; anything unmatched stays text. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  const flush = (): void => {
    if (buffer !== '') out.push({ kind: 'text', text: buffer });
    buffer = '';
  };
  let k = 0;
  while (k < text.length) {
    const c = text[k];
    if (c === '\\' && k + 1 < text.length && /[\\`*_$[\]]/.test(text[k + 1])) {
      buffer += text[k + 1];
      k += 2;
      continue;
    }
    if (c === '`' || c === '$') {
      const end = closing(text, c, k + 1);
      if (end > k + 1) {
        flush();
        const body = text.slice(k + 1, end);
        out.push(c === '`' ? { kind: 'code', text: body } : { kind: 'math', tex: body });
        k = end + 1;
        continue;
      }
    }
    if (c === '*' || c === '_') {
      const mark = text.startsWith(c + c, k) ? c + c : c;
      const end = closing(text, mark, k + mark.length);
      if (end > k + mark.length) {
        flush();
        out.push({
          kind: mark.length === 2 ? 'strong' : 'em',
          children: parseInline(text.slice(k + mark.length, end)),
        });
        k = end + mark.length;
        continue;
      }
    }
    if (c === '[') {
      const m = /^\[([^\]]*)\]\((https:\/\/[^\s)]+)\)/.exec(text.slice(k));
      if (m) {
        flush();
        out.push({ kind: 'link', href: m[2], children: parseInline(m[1]) });
        k += m[0].length;
        continue;
      }
    }
    buffer += c;
    k += 1;
  }
  flush();
  return out;
}
