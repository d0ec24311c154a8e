// The snippets of Share → Embed (docs embed.md tiers): an LMS-safe iframe, the iframe with the
// resizer, the <backprop-lens> element, Markdown / MyST / Quarto, and a plain link. Every one
// carries an "open in a new tab" link. Pure: text in, text out; every value is escaped.
import { serializeFragment, type FragmentState } from '../scenario/fragment';

export const SNIPPET_KINDS = ['iframe', 'resizer', 'element', 'markdown', 'link'] as const;
export type SnippetKind = (typeof SNIPPET_KINDS)[number];

export const SNIPPET_LABELS: Readonly<Record<SnippetKind, string>> = {
  iframe: 'iframe (LMS-safe)',
  resizer: 'iframe + resizer',
  element: 'Custom element',
  markdown: 'Markdown / MyST / Quarto',
  link: 'Link',
};

/** Links this long or longer may be cut by some LMS editors and servers. */
export const URL_WARN = 2000;
export const URL_MAX = 8000;

export interface SnippetInput {
  /** The site's base URL, ending in `/` (where index.html and embed.html are). */
  readonly base: string;
  /** The embed's fragment keys (scenario, view, step). */
  readonly fragment: Partial<FragmentState>;
  readonly title: string;
  /** The frame's height in CSS pixels. */
  readonly height: number;
  /** The scenario as JSON text, for the element when it is not a preset. */
  readonly scenarioJson?: string | null;
}

const escape = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/'/g, '&#39;');

/** The embed's address. */
export function embedUrl(input: SnippetInput): string {
  return `${input.base}embed.html#${serializeFragment(input.fragment)}`;
}

/** The full app with the same scenario and step (what "open in a new tab" opens). */
export function appUrl(input: SnippetInput): string {
  const { preset = null, s = null, step = null } = input.fragment;
  return `${input.base}#${serializeFragment({ preset, s, step })}`;
}

const openLink = (input: SnippetInput): string =>
  `<p><a href="${escape(appUrl(input))}" target="_blank" rel="noopener">Open “${escape(input.title)}” in a new tab</a></p>`;

const iframe = (input: SnippetInput): string =>
  `<iframe src="${escape(embedUrl(input))}" title="${escape(input.title)}" width="100%" height="${Math.round(input.height)}" loading="lazy"></iframe>`;

function element(input: SnippetInput): string {
  const f = input.fragment;
  const attrs: [string, string][] = [];
  if (f.preset) attrs.push(['preset', f.preset]);
  else if (input.scenarioJson) attrs.push(['scenario', input.scenarioJson]);
  if (f.layout) attrs.push(['layout', f.layout]);
  if (f.show && f.show.length > 0) attrs.push(['show', f.show.join(',')]);
  if (f.hide && f.hide.length > 0) attrs.push(['hide', f.hide.join(',')]);
  if (f.controls) attrs.push(['controls', f.controls === 'none' ? 'none' : f.controls.join(',')]);
  if (f.lock === 'all') attrs.push(['lock', 'all']);
  else if (f.lock && f.lock.length > 0) attrs.push(['lock', f.lock.join(',')]);
  const step = serializeFragment({ step: f.step ?? null }).split('&step=')[1];
  if (step) attrs.push(['step', step]);
  if (f.theme && f.theme !== 'auto') attrs.push(['theme', f.theme]);
  attrs.push(['title', input.title]);
  const list = attrs.map(([k, v]) => `\n  ${k}="${escape(v)}"`).join('');
  return [
    `<script type="module" src="${escape(input.base)}embed/v1/backprop-lens.js"></script>`,
    `<backprop-lens${list}>`,
    `  ${openLink(input)}`,
    `</backprop-lens>`,
  ].join('\n');
}

/** The snippet of one kind. */
export function snippet(kind: SnippetKind, input: SnippetInput): string {
  switch (kind) {
    case 'iframe':
      return `${iframe(input)}\n${openLink(input)}`;
    case 'resizer':
      return `${iframe(input)}\n<script src="${escape(input.base)}embed/v1/resizer.js" async></script>\n${openLink(input)}`;
    case 'element':
      return element(input);
    case 'markdown':
      return [
        '<!-- Markdown (raw HTML) -->',
        iframe(input),
        '',
        `[Open “${escape(input.title).replace(/[[\]]/g, '')}” in a new tab](${appUrl(input)})`,
        '',
        '<!-- MyST -->',
        `:::{iframe} ${embedUrl(input)}`,
        ':width: 100%',
        `:height: ${Math.round(input.height)}px`,
        escape(input.title),
        ':::',
        '',
        '<!-- Quarto -->',
        '```{=html}',
        `${iframe(input)}`,
        `${openLink(input)}`,
        '```',
      ].join('\n');
    case 'link':
      return appUrl(input);
  }
}
