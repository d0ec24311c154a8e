// Where a lesson's target ids (docs lessons.md) are on the page: graph nodes and edges by their
// `data-ref`, chain-rule factors by their row, worked-example rows by their key, controls by the
// embed's control tags, panels by their region. Marks them with `data-lesson-highlight`, which
// the lesson stylesheet draws, so the marks follow the layout wherever a panel moves.
import { tagControls } from '../../embed/controlTags';
import { neuronName } from '../../explain/names';
import { parseRefKey } from '../../lessons/refs';
import { refKey } from '../../engine/ref';

export const HIGHLIGHT_ATTR = 'data-lesson-highlight';

/** A panel id → where the app draws it (the main app's regions and the embed's wrappers); the
 * first selector that finds something wins (a CNN's per-layer table before the norms chart). */
const PANELS: Readonly<Record<string, string | readonly string[]>> = {
  graph: '[data-lens-panel="graph"], section[aria-label="Network graph"]',
  chain: '[data-lens-panel="chain"], .chain-panel',
  table: '[data-lens-panel="table"], .worked-example',
  loss: 'section[aria-label="Loss chart"]',
  norms: ['section.conv-norms', 'section[aria-label="Gradient norms"]'],
  data: '[data-lens-panel="data"], .data-panel',
  settings: '[data-lens-panel="settings"], .settings-group',
  status: '[data-lens-panel="status"], section.status',
  lesson: '.lesson-panel',
  unrolled: '.rnn-graph, .gated-cells',
  time: '.rnn-gtt',
};

/** A unit's on-screen name (x1, h1, h2.1, y1) → its key `n:<layer>:<j>`, in a net of these sizes. */
function unitKey(name: string, sizes: readonly number[]): string | null {
  for (let layer = 0; layer < sizes.length; layer += 1)
    for (let j = 0; j < sizes[layer]; j += 1)
      if (neuronName(sizes, layer, j) === name) return `n:${layer}:${j}`;
  return null;
}

/** An attribute selector for a key of the app's own making (letters, digits, `:`, `.`, `-`). */
const attr = (name: string, value: string): string =>
  /^[\w:.-]+$/.test(value) ? `[${name}="${value}"]` : ':not(*)';
const byRef = (key: string): string => attr('data-ref', key);

/** The elements a target id names under `root` (none when it is not on screen now). */
export function findTargets(root: ParentNode, id: string, sizes: readonly number[]): Element[] {
  const all = (selector: string): Element[] => [...root.querySelectorAll(selector)];
  const dot = id.indexOf('.');
  const head = id.slice(0, dot);
  if (head === 'panel') {
    const where = PANELS[id.slice(6)] ?? ':not(*)';
    for (const selector of typeof where === 'string' ? [where] : where) {
      const found = root.querySelector(selector);
      if (found) return [found];
    }
    return [];
  }
  if (head === 'control') {
    tagControls(root);
    return all(attr('data-lens-control', id.slice(8)));
  }
  if (id.startsWith('chain.factor.')) {
    const k = Number(id.slice(13));
    const rows = all('table.factors tbody tr:not(.product)');
    return rows[k - 1] ? [rows[k - 1]] : [];
  }
  if (id.startsWith('graph.node.')) {
    const key = unitKey(id.slice(11), sizes);
    return key ? all(`.network-graph ${byRef(key)}`) : [];
  }
  if (id.startsWith('graph.edge.')) {
    const [from, to] = id.slice(11).match(/[xhy]\d+(?:\.\d+)?/g) ?? [];
    const a = from ? unitKey(from, sizes) : null;
    const b = to ? unitKey(to, sizes) : null;
    if (!a || !b) return [];
    const [, layer, i] = a.split(':');
    const [, , j] = b.split(':');
    return all(`.network-graph ${byRef(`w:${layer}:${j}:${i}`)}`);
  }
  if (id.startsWith('table.row.')) {
    const rest = id.slice(10);
    const ref = parseRefKey(rest);
    const key = rest === 'loss' ? 'loss' : ref ? refKey(ref) : unitKey(rest, sizes);
    return key ? all(`tr${byRef(key)}`) : [];
  }
  return [];
}

/** Marks the targets now on screen; returns the ids it found nothing for. */
export function markTargets(
  root: ParentNode,
  ids: readonly string[],
  sizes: readonly number[],
): string[] {
  const wanted = new Set<Element>();
  const missing: string[] = [];
  for (const id of ids) {
    const found = findTargets(root, id, sizes);
    if (found.length === 0) missing.push(id);
    for (const el of found) wanted.add(el);
  }
  for (const el of root.querySelectorAll(`[${HIGHLIGHT_ATTR}]`))
    if (!wanted.has(el)) el.removeAttribute(HIGHLIGHT_ATTR);
  for (const el of wanted)
    if (!el.hasAttribute(HIGHLIGHT_ATTR)) el.setAttribute(HIGHLIGHT_ATTR, '');
  return missing;
}

/** Removes every mark (the lesson closed). */
export function clearTargets(root: ParentNode): void {
  for (const el of root.querySelectorAll(`[${HIGHLIGHT_ATTR}]`)) el.removeAttribute(HIGHLIGHT_ATTR);
}
