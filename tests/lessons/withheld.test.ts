// What a lesson question withholds: its answer's quantity while unanswered (never a metric),
// the table cells that show it or follow from it, and the graph's text for a withheld gradient.
import { describe, expect, it } from 'vitest';
import { parseLessonText } from '../../src/lessons/validate';
import { readRepoText } from '../helpers/files';
import {
  activationWithheldInGraph,
  cellWithheld,
  gradientWithheld,
  WITHHELD_LABEL,
  withheldOf,
  type SectionLike,
} from '../../src/lessons/withheld';
import { buildGraphModel } from '../../src/viz/graphModel';
import { neuronLines, neuronName, paramLines, weightName } from '../../src/viz/graphText';

const w = { kind: 'weight', layer: 1, j: 0, i: 0 } as const;
const h1 = { kind: 'neuron', layer: 1, j: 0 } as const;
const update: SectionLike = {
  kind: 'update',
  columns: ['parameter', 'before', 'gradient g', 'change', 'after'],
  refs: [w, { kind: 'weight', layer: 1, j: 0, i: 1 }],
};

describe('which questions withhold their answer', () => {
  it('a step that points at the answer (table, chain rule, status bar, its own row) asks to read it', () => {
    const g = { kind: 'gradient', ref: w } as const;
    expect(withheldOf(g, false, ['graph.edge.h1.y1'])).toEqual(g);
    for (const at of ['panel.table', 'panel.chain', 'panel.status', 'table.row.w:1:0:0'])
      expect(withheldOf(g, false, ['graph.node.h1', at])).toBeNull();
    expect(withheldOf(g, false, ['table.row.w:1:0:1'])).toEqual(g);
    expect(withheldOf({ kind: 'loss' }, false, ['table.row.loss'])).toBeNull();
    expect(withheldOf({ kind: 'activation', ref: h1 }, false, ['table.row.n:1:0'])).toBeNull();
  });

  it('in the shipped lessons: lesson 3 hides what the learner computes, lessons 7 and 9 show what they ask to read', () => {
    const hidden = (id: string) => {
      const result = parseLessonText(readRepoText(`public/lessons/${id}.json`));
      if (!result.ok) throw new Error(`${id} does not validate`);
      return result.lesson.steps
        .filter((s) => withheldOf(s.answerFrom, false, s.step.highlight) !== null)
        .map((s) => s.step.id);
    };
    const chainRule = parseLessonText(readRepoText('public/lessons/chain-rule-output.json'));
    if (!chainRule.ok) throw new Error('chain-rule-output does not validate');
    const gradientSteps = chainRule.lesson.steps
      .filter((s) => s.answerFrom?.kind === 'gradient')
      .map((s) => s.step.id);
    expect(gradientSteps.length).toBeGreaterThanOrEqual(2);
    expect(hidden('chain-rule-output')).toEqual(expect.arrayContaining(gradientSteps));
    expect(hidden('vanishing-gradients')).toEqual([]);
    expect(hidden('momentum-adam')).toEqual([]);
  });
});

describe('withheld', () => {
  it('withholds an unanswered trace quantity only', () => {
    expect(withheldOf({ kind: 'gradient', ref: w }, false)).toEqual({ kind: 'gradient', ref: w });
    expect(withheldOf({ kind: 'gradient', ref: w }, true)).toBeNull();
    expect(withheldOf({ kind: 'metric', field: 'trainLoss' }, false)).toBeNull();
    expect(withheldOf(null, false)).toBeNull();
    expect(gradientWithheld({ kind: 'gradient', ref: w }, { ...w })).toBe(true);
    expect(gradientWithheld({ kind: 'gradient', ref: w }, { ...w, i: 1 })).toBe(false);
  });

  it('hides the gradient, change and after of that parameter, not its before', () => {
    const g = { kind: 'gradient', ref: w } as const;
    expect([0, 1, 2, 3, 4].map((c) => cellWithheld(g, update, 0, c))).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
    expect([2, 3, 4].some((c) => cellWithheld(g, update, 1, c))).toBe(false);
  });

  it('hides an activation in the forward table and the loss in the loss table', () => {
    const forward: SectionLike = { kind: 'forward', columns: ['neuron', 'z', 'a'], refs: [h1] };
    const a = { kind: 'activation', ref: h1 } as const;
    expect([1, 2].map((c) => cellWithheld(a, forward, 0, c))).toEqual([false, true]);
    const loss: SectionLike = {
      kind: 'loss',
      columns: ['output', 'y', 'target t'],
      refs: [{ kind: 'neuron', layer: 2, j: 0 }, null],
    };
    expect(cellWithheld({ kind: 'loss' }, loss, 1, 1)).toBe(true);
    expect(cellWithheld({ kind: 'loss' }, loss, 0, 1)).toBe(false);
  });

  it('the graph names a withheld gradient instead of its number', () => {
    const data = {
      sizes: [2, 2, 1],
      params: new Float64Array(9),
      gradients: Float64Array.from({ length: 9 }, (_, k) => k / 100 + 0.01),
      mode: 'backward' as const,
      withheldGradient: 6,
    };
    const m = buildGraphModel(data);
    expect(m.gradient(6)).toBeNull();
    expect(m.gradient(7)).toBeCloseTo(0.08);
    expect(m.paramShown(6)).toBe(0);
    const lines = paramLines(m, 6, 'w');
    expect(lines[1]).toEqual({ label: `∂L/∂w (${WITHHELD_LABEL})`, value: '?' });
    const name = weightName(data.sizes, m, { layer: 1, j: 0, i: 0, index: 6 });
    expect(name).toContain(WITHHELD_LABEL);
    expect(name).not.toContain('0.07');
    expect(buildGraphModel({ ...data, withheldGradient: null }).gradient(6)).toBeCloseTo(0.07);
  });

  it('an activation stays in the graph only where the step points at its node', () => {
    const a = { kind: 'activation', ref: h1 } as const;
    const read = withheldOf(a, false, ['graph.node.h1', 'control.step']);
    expect(read).toEqual({ ...a, readInGraph: ['h1'] });
    expect(activationWithheldInGraph(read, 1, 0, 'h1')).toBe(false);
    const compute = withheldOf(a, false, ['graph.node.h2', 'graph.edge.x1.h1']);
    expect(activationWithheldInGraph(compute, 1, 0, 'h1')).toBe(true);
    expect(activationWithheldInGraph(compute, 1, 1, 'h2')).toBe(false); // not the one asked
    expect(activationWithheldInGraph({ kind: 'gradient', ref: w }, 1, 0, 'h1')).toBe(false);
  });

  it('the graph names a withheld activation instead of its number, in either pass', () => {
    const data = {
      sizes: [2, 2, 1],
      params: new Float64Array(9),
      activations: [Float64Array.of(0.35, 0.7), Float64Array.of(0.25, 0.75), Float64Array.of(0.5)],
      deltas: [Float64Array.of(0.1, 0.2), Float64Array.of(0.3)],
      withheldUnit: '1:1',
    };
    const forward = buildGraphModel({ ...data, mode: 'forward' as const });
    expect(forward.nodeValue(1, 1)).toBeNull();
    expect(forward.activationWithheld(1, 1)).toBe(true);
    expect(forward.nodeValue(1, 0)).toBe(0.25);
    expect(neuronName(data.sizes, forward, 1, 1)).toBe(`Neuron h2, activation ${WITHHELD_LABEL}`);
    // the backward pass shows δ on the node; the tooltip's a line is the one withheld
    const backward = buildGraphModel({ ...data, mode: 'backward' as const });
    expect(backward.nodeValue(1, 1)).toBe(0.2);
    expect(neuronLines(backward, 1, 1)[0]).toEqual({ label: `a (${WITHHELD_LABEL})`, value: '?' });
    expect(neuronLines(backward, 1, 0)[0].value).toBe('0.250000');
    // before the forward pass reaches the layer there is nothing to withhold yet
    const early = buildGraphModel({ ...data, mode: 'forward' as const, activeLayer: -1 });
    expect(early.activationWithheld(1, 1)).toBe(false);
  });

  it('in the shipped lessons every activation question names its node, so the graph shows it', () => {
    for (const id of ['forward-pass', 'chain-rule-output']) {
      const result = parseLessonText(readRepoText(`public/lessons/${id}.json`));
      if (!result.ok) throw new Error(`${id} does not validate`);
      const asked = result.lesson.steps.filter((s) => s.answerFrom?.kind === 'activation');
      expect(asked.length).toBeGreaterThan(0);
      for (const s of asked) {
        const w = withheldOf(s.answerFrom, false, s.step.highlight);
        if (w?.kind !== 'activation' || w.ref.kind !== 'neuron') continue; // shown everywhere
        expect(w.readInGraph).toContain(`h${w.ref.j + 1}`);
      }
    }
  });
});
