// @vitest-environment jsdom
// A lesson's target ids found on the page: graph nodes and edges by data-ref, chain-rule factors
// by row, worked-example rows by key, controls by the control tags, panels by region; marks are
// moved, not piled up, and cleared.
import { afterEach, describe, expect, it } from 'vitest';
import { clearTargets, findTargets, markTargets } from '../../src/app/lesson/lessonTargets';

const SIZES = [2, 2, 1];

afterEach(() => {
  document.body.innerHTML = '';
});

function page(): HTMLElement {
  document.body.innerHTML = `
    <div class="app">
      <div class="toolbar"><button>Play</button><button>Step forward</button></div>
      <section class="panel graph-panel" aria-label="Network graph"><svg class="network-graph">
        <g data-ref="n:0:0"></g><g data-ref="n:1:1"></g><g data-ref="n:2:0"></g>
        <g data-ref="w:1:0:1"></g></svg></section>
      <section class="panel chain-panel"><table class="factors"><tbody>
        <tr id="f1"></tr><tr id="f2"></tr><tr id="f3"></tr><tr class="product"></tr></tbody></table></section>
      <section class="panel worked-example"><table><tbody>
        <tr data-ref="n:1:0" id="row-h1"></tr><tr data-ref="loss" id="row-loss"></tr>
        <tr data-ref="w:1:0:1" id="row-w"></tr></tbody></table></section>
    </div>`;
  return document.querySelector('.app')!;
}

describe('lesson targets', () => {
  it('finds each kind of target', () => {
    const root = page();
    const one = (id: string) => findTargets(root, id, SIZES).map((e) => e.outerHTML.slice(0, 40));
    expect(findTargets(root, 'graph.node.x1', SIZES)[0].getAttribute('data-ref')).toBe('n:0:0');
    expect(findTargets(root, 'graph.node.y1', SIZES)[0].getAttribute('data-ref')).toBe('n:2:0');
    expect(findTargets(root, 'graph.edge.h2.y1', SIZES)[0].getAttribute('data-ref')).toBe(
      'w:1:0:1',
    );
    expect(findTargets(root, 'chain.factor.2', SIZES)[0].id).toBe('f2');
    expect(one('chain.factor.4')).toEqual([]);
    expect(findTargets(root, 'table.row.h1', SIZES)[0].id).toBe('row-h1');
    expect(findTargets(root, 'table.row.loss', SIZES)[0].id).toBe('row-loss');
    expect(findTargets(root, 'table.row.w:1:0:1', SIZES)[0].id).toBe('row-w');
    expect(findTargets(root, 'control.play', SIZES).map((e) => e.textContent)).toEqual(['Play']);
    expect(findTargets(root, 'panel.chain', SIZES)[0].className).toContain('chain-panel');
    expect(one('graph.node.h7')).toEqual([]);
    expect(one('control.no"such')).toEqual([]);
  });

  it('finds the convolutional and gated views under the panel ids lessons 7 and 10 use', () => {
    document.body.innerHTML = `
      <section class="panel" aria-label="Gradient norms" id="chart"></section>
      <section class="panel conv-norms" aria-label="Gradient norm per layer" id="table"></section>
      <section class="panel gated-cells" aria-label="Network graph" id="cells"></section>`;
    // the per-layer table wins over the norms chart that comes before it on the page
    expect(findTargets(document.body, 'panel.norms', SIZES).map((e) => e.id)).toEqual(['table']);
    expect(findTargets(document.body, 'panel.unrolled', SIZES).map((e) => e.id)).toEqual(['cells']);
    document.getElementById('table')!.remove();
    expect(findTargets(document.body, 'panel.norms', SIZES).map((e) => e.id)).toEqual(['chart']);
  });

  it('moves the marks from one step’s targets to the next and clears them', () => {
    const root = page();
    expect(markTargets(root, ['graph.node.x1', 'panel.table', 'panel.loss'], SIZES)).toEqual([
      'panel.loss',
    ]);
    expect(root.querySelectorAll('[data-lesson-highlight]')).toHaveLength(2);
    markTargets(root, ['chain.factor.1'], SIZES);
    expect([...root.querySelectorAll('[data-lesson-highlight]')].map((e) => e.id)).toEqual(['f1']);
    clearTargets(root);
    expect(root.querySelectorAll('[data-lesson-highlight]')).toHaveLength(0);
  });
});
