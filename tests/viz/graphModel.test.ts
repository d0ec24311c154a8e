import { describe, expect, it } from 'vitest';
import {
  buildGraphModel,
  layerHasValue,
  pulsePlan,
  type GraphData,
} from '../../src/viz/graphModel';
import { biasName, neuronLines, neuronName, paramLines, weightName } from '../../src/viz/graphText';

// The 2-2-1 example's parameters: W0 = [[.15,.2],[.25,.3]], b0 = [.35,.35], W1 = [[.4,.45]], b1 = [.6].
const params = new Float64Array([0.15, 0.2, 0.25, 0.3, 0.35, 0.35, 0.4, 0.45, 0.6]);
const x = new Float64Array([0.05, 0.1]);
const h = new Float64Array([0.6, 0.7]);
const y = new Float64Array([0.8]);
const dHid = new Float64Array([0.01, -0.02]);
const dOut = new Float64Array([0.3]);
const grads = new Float64Array([1, -2, 3, -4, 5, -6, 7, -8, 9]).map((v) => v / 100);
const base: GraphData = {
  sizes: [2, 2, 1],
  params,
  activations: [x, h, y],
  deltas: [dHid, dOut],
  gradients: grads,
  mode: 'forward',
};

describe('graph model', () => {
  it('shows activations and weights in the forward phase', () => {
    const m = buildGraphModel(base);
    expect(m.nodeQuantity).toBe('activation');
    expect(m.edgeQuantity).toBe('weight');
    expect(m.nodeValue(1, 1)).toBe(0.7);
    expect(m.paramShown(7)).toBe(0.45);
    expect(m.edgeMax).toBe(0.45); // weights only: the bias 0.6 does not set the scale
    expect(m.nodeMax).toBe(0.8);
    expect(m.inputMax).toBe(0.1);
  });

  it('shows δ and gradients in the backward phase, inputs still as x', () => {
    const m = buildGraphModel({ ...base, mode: 'backward' });
    expect(m.nodeQuantity).toBe('delta');
    expect(m.edgeQuantity).toBe('gradient');
    expect(m.nodeValue(1, 1)).toBe(-0.02);
    expect(m.nodeValue(2, 0)).toBe(0.3);
    expect(m.nodeValue(0, 1)).toBe(0.1);
    expect(m.paramShown(3)).toBe(-0.04);
    expect(m.edgeMax).toBeCloseTo(0.08, 15);
  });

  it('accepts δ arrays that include an entry for the input layer', () => {
    const m = buildGraphModel({
      ...base,
      mode: 'backward',
      deltas: [new Float64Array(2), dHid, dOut],
    });
    expect(m.nodeValue(1, 0)).toBe(0.01);
    expect(m.nodeValue(2, 0)).toBe(0.3);
  });

  it('hides values the cursor has not reached yet', () => {
    const fwd = { ...base, activeLayer: 0 };
    expect([0, 1, 2].map((l) => layerHasValue(fwd, l))).toEqual([true, true, false]);
    expect(buildGraphModel(fwd).nodeValue(2, 0)).toBeNull();
    const bwd = { ...base, mode: 'backward' as const, activeLayer: 1 };
    expect([0, 1, 2].map((l) => layerHasValue(bwd, l))).toEqual([true, false, true]);
  });

  it('keeps tooltips to what the phase has computed: no δ forward, no δ before the cursor backward', () => {
    const fwd = buildGraphModel({ ...base, activeLayer: 0 });
    expect(fwd.activation(1, 0)).toBe(0.6);
    expect(fwd.activation(2, 0)).toBeNull();
    expect(fwd.delta(2, 0)).toBeNull();
    const bwd = buildGraphModel({ ...base, mode: 'backward', activeLayer: 1 });
    expect(bwd.delta(2, 0)).toBe(0.3);
    expect(bwd.delta(1, 0)).toBeNull();
    expect(bwd.activation(1, 0)).toBe(0.6);
    expect(buildGraphModel({ ...base, mode: 'idle' }).delta(1, 1)).toBe(-0.02);
  });

  it('falls back to weights in the backward phase when there are no gradients', () => {
    const m = buildGraphModel({ ...base, mode: 'backward', gradients: null });
    expect(m.edgeQuantity).toBe('weight');
    expect(m.gradient(0)).toBeNull();
  });

  it('pulses into the active layer: rightwards forward, leftwards backward, from the loss at the output', () => {
    expect(pulsePlan([2, 2, 1], 'forward', 1)).toEqual({
      edgeLayer: 1,
      direction: 'right',
      fromLoss: false,
    });
    expect(pulsePlan([2, 2, 1], 'backward', 0)).toEqual({
      edgeLayer: 1,
      direction: 'left',
      fromLoss: false,
    });
    expect(pulsePlan([2, 2, 1], 'backward', 1)).toEqual({
      edgeLayer: null,
      direction: 'left',
      fromLoss: true,
    });
    expect(pulsePlan([2, 2, 1], 'idle', 1).edgeLayer).toBeNull();
    expect(pulsePlan([2, 2, 1], 'forward', null).edgeLayer).toBeNull();
  });
});

describe('graph text', () => {
  it('names a weight by its ends and value with six decimals', () => {
    const m = buildGraphModel(base);
    expect(weightName([2, 2, 1], m, { layer: 1, j: 0, i: 0, index: 6 })).toBe(
      'Weight w from h1 to y1: 0.400000',
    );
    expect(weightName([2, 2, 1], m, { layer: 0, j: 1, i: 0, index: 2 })).toBe(
      'Weight w from x1 to h2: 0.250000',
    );
  });

  it('adds the gradient to weight and bias names in the backward phase', () => {
    const m = buildGraphModel({ ...base, mode: 'backward' });
    expect(weightName([2, 2, 1], m, { layer: 0, j: 1, i: 1, index: 3 })).toBe(
      'Weight w from x2 to h2: 0.300000, gradient -0.040000',
    );
    expect(biasName([2, 2, 1], m, { layer: 1, j: 0, index: 8 })).toBe(
      'Bias b of y1: 0.600000, gradient 0.090000',
    );
  });

  it('says a bias is fixed where the example does not train biases, and only then', () => {
    const fixed = buildGraphModel({ ...base, fixedBiases: true });
    expect(biasName([2, 2, 1], fixed, { layer: 1, j: 0, index: 8 })).toBe(
      'Bias b of y1: 0.600000, fixed in this example: not trained',
    );
    expect(paramLines(fixed, 8, 'b').at(-1)).toEqual({
      label: 'fixed in this example',
      value: 'not trained',
    });
    expect(paramLines(fixed, 6, 'w').map((l) => l.label)).not.toContain('fixed in this example');
    expect(neuronLines(fixed, 2, 0).map((l) => l.label)).toContain('fixed in this example');
    expect(paramLines(buildGraphModel(base), 8, 'b').map((l) => l.label)).not.toContain(
      'fixed in this example',
    );
  });

  it('names neurons by what they show in the phase', () => {
    expect(neuronName([2, 2, 1], buildGraphModel(base), 1, 0)).toBe(
      'Neuron h1, activation 0.600000',
    );
    expect(neuronName([2, 2, 1], buildGraphModel({ ...base, mode: 'backward' }), 2, 0)).toBe(
      'Neuron y1, δ 0.300000',
    );
    expect(neuronName([2, 2, 1], buildGraphModel(base), 0, 1)).toBe('Input x2: 0.100000');
    expect(neuronName([2, 2, 1], buildGraphModel({ ...base, activeLayer: 0 }), 2, 0)).toBe(
      'Neuron y1: not computed yet',
    );
    // what a neuron stands for follows its name
    expect(neuronName([2, 2, 1], buildGraphModel(base), 0, 1, 'petal width')).toBe(
      'Input x2 (petal width): 0.100000',
    );
    expect(
      neuronName([2, 2, 1], buildGraphModel({ ...base, activeLayer: 0 }), 2, 0, 'setosa'),
    ).toBe('Neuron y1 (setosa): not computed yet');
  });
});
