// The worked-example table: textbook order, neuron names, values computed by hand for the
// 2-2-1 example, display rounding only in Markdown/LaTeX, and escaping that keeps LaTeX valid.
import { describe, expect, it } from 'vitest';
import {
  formatNumber,
  formatWorkedExample,
  paramName,
  workedExample,
  type ParamRef,
} from '../../src/explain';
import { dataset, makeTrainer, sigmoid } from '../engine/helpers';
import { twoTwoOneTrace } from '../helpers/twoTwoOne';

const twoTwoOne = twoTwoOneTrace;

// The 2-2-1 example by hand: L = ½(y − t)², sigmoid everywhere, η = 1.
const h1 = sigmoid(0.2 * 0.35 + 0.2 * 0.7);
const h2 = sigmoid(0.3 * 0.35 + 0.3 * 0.7);
const y = sigmoid(0.3 * h1 + 0.9 * h2);
const deltaY = (y - 0.5) * y * (1 - y);
const wH1Y1After = 0.3 - deltaY * h1;

const row = (text: string, first: string): string[] => {
  const line = text.split('\n').find((l) => l.startsWith(`| ${first} |`));
  if (!line) throw new Error(`no row ${first}`);
  return line
    .slice(1, -1)
    .split('|')
    .map((c) => c.trim());
};

describe('worked example', () => {
  it('lists forward, loss, backward, gradients and update in textbook order', () => {
    const model = workedExample('2-2-1', [twoTwoOne()]);
    expect(model.sections.map((s) => s.heading.split(': ')[1])).toEqual([
      'forward pass',
      'loss (squared-error)',
      'backward pass',
      'gradients',
      'update (sgd, learning rate 1)',
    ]);
    expect(model.sections[0].rows.map((r) => r[0])).toEqual(['x1', 'x2', 'h1', 'h2', 'y1']);
  });

  it('shows the hand-computed values rounded to 6 decimals in Markdown', () => {
    const md = formatWorkedExample(workedExample('2-2-1', [twoTwoOne()]), 'markdown');
    expect(row(md, 'h1')[2]).toBe(h1.toFixed(6));
    expect(row(md, 'y1')[2]).toBe(y.toFixed(6));
    const update = md.split('\n').filter((l) => l.startsWith('| w(h1→y1) |'));
    expect(update.at(-1)!.split('|').at(-2)!.trim()).toBe(wH1Y1After.toFixed(6));
    expect(md).toMatch(/^# 2-2-1\n/);
  });

  it('keeps every digit in CSV and quotes cells that contain commas', () => {
    const csv = formatWorkedExample(workedExample('2-2-1', [twoTwoOne()]), 'csv');
    expect(csv).toContain(`,h1,${0.2 * 0.35 + 0.2 * 0.7},${h1}`);
    expect(csv).toContain('"Update 1 (epoch 1): update (sgd, learning rate 1)"');
    const parsedNumber = Number(
      csv
        .split('\n')
        .find((l) => l.includes(',y1,'))!
        .split(',')
        .at(-1),
    );
    expect(parsedNumber).toBe(y);
  });

  it('escapes TeX specials in text and balances every tabular', () => {
    const tex = formatWorkedExample(workedExample('50% of #1 & x_1 {a}', [twoTwoOne()]), 'latex');
    expect(tex).toContain('50\\% of \\#1 \\& x\\_1 \\{a\\}');
    expect(tex.match(/\\begin\{tabular\}/g)!.length).toBe(5);
    expect(tex.match(/\\end\{tabular\}/g)!.length).toBe(5);
    expect(tex).not.toMatch(/[δ∂→θ]/);
    for (const line of tex.split('\n').filter((l) => !l.startsWith('%'))) {
      const unescaped = line.replace(/\\[#%&_{}$]/g, '');
      expect(unescaped.match(/\$/g)?.length ?? 0).toBe(
        2 * (unescaped.match(/\$[^$]*\$/g)?.length ?? 0),
      );
      expect(unescaped).not.toMatch(/[#%_]/);
    }
  });

  it('writes tiny numbers in scientific notation, as \\times10^ in LaTeX', () => {
    expect(formatNumber(1.23456e-9)).toBe('1.2346e-9');
    expect(formatNumber(0.5)).toBe('0.500000');
    const model = {
      title: 't',
      sections: [
        {
          kind: 'gradients' as const,
          heading: 'h',
          columns: ['a', 'b'],
          rows: [['g', 1.23456e-9]],
          refs: [null],
        },
      ],
    };
    expect(formatWorkedExample(model, 'latex')).toContain('$1.2346\\times10^{-9}$');
    expect(formatWorkedExample(model, 'csv')).toContain('h,g,1.23456e-9');
  });

  it('marks the biases the example does not train as fixed, and says why under the table', () => {
    const model = workedExample('2-2-1', [twoTwoOne()]);
    const update = model.sections.find((s) => s.kind === 'update')!;
    const change = (name: string) => update.rows.find((r) => r[0] === name)![3];
    for (const name of ['b(h1)', 'b(h2)', 'b(y1)']) expect(change(name)).toBe('fixed: not trained');
    expect(typeof change('w(h1→y1)')).toBe('number');
    expect(update.note).toMatch(/fixed in this example: not trained.*trainBiases/);
    const md = formatWorkedExample(model, 'markdown');
    const lastB = md.split('\n').filter((l) => l.startsWith('| b(y1) |'));
    expect(lastB.at(-1)!.split('|').at(-3)!.trim()).toBe('fixed: not trained');
    expect(md).toContain(update.note);
    expect(formatWorkedExample(model, 'latex')).toContain('fixed in this example: not trained');
    // a net that trains its biases has no mark and no note
    const trained = makeTrainer({
      sizes: [1, 1],
      activations: ['sigmoid'],
      weights: [[[0.5]]],
      biases: [[0.1]],
      data: dataset([[1]], [[0]]),
      config: { optimizer: { kind: 'sgd', learningRate: 1 }, trainBiases: true },
    }).step(true);
    if (!trained.ok || !trained.trace) throw new Error('step failed');
    const plain = workedExample('1-1', [trained.trace]).sections.find((s) => s.kind === 'update')!;
    expect(plain.note).toBeUndefined();
    expect(plain.rows.every((r) => typeof r[3] === 'number')).toBe(true);
  });

  it('ties each row to what it is about: a neuron, a parameter, or nothing (the loss)', () => {
    const model = workedExample('t', [twoTwoOne()]);
    for (const section of model.sections) expect(section.refs).toHaveLength(section.rows.length);
    const [forward, loss, backward, gradients, update] = model.sections;
    expect(forward.refs).toEqual([
      { kind: 'neuron', layer: 0, j: 0 },
      { kind: 'neuron', layer: 0, j: 1 },
      { kind: 'neuron', layer: 1, j: 0 },
      { kind: 'neuron', layer: 1, j: 1 },
      { kind: 'neuron', layer: 2, j: 0 },
    ]);
    expect(loss.refs).toEqual([{ kind: 'neuron', layer: 2, j: 0 }, null]);
    expect(backward.refs[0]).toEqual({ kind: 'neuron', layer: 2, j: 0 });
    // every row's name is the name of what its ref points to
    gradients.rows.forEach((row, r) =>
      expect(row[0]).toBe(paramName([2, 2, 1], gradients.refs[r] as ParamRef)),
    );
    expect(update.refs).toEqual(gradients.refs);
  });
});
