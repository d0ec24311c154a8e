// @vitest-environment jsdom
// The chain-rule panel shows the traced update's own numbers: the factors of the sample the
// cursor is on (not always the first), the batch mean over every sample, regularization,
// softmax's fused factor with its note, and the optimizer's terms.
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChainRulePanel } from '../../../src/components/ChainRule/ChainRulePanel';
import { selectPhase } from '../../../src/store/selectors';
import { mlpOnly } from '../../helpers/traced';
import { renderLive } from './liveSession';
import { factorValues, number, termValue } from './readView';

afterEach(cleanup);

const region = () => screen.getByRole('region', { name: 'Chain rule' });
const shown = (testId: string) => number(within(region()).getByTestId(testId).textContent);
const totals = (label: RegExp) =>
  number(within(region()).getByText(label).closest('div')?.querySelector('dd')?.textContent);
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
/** Shown with six decimals, or five significant digits below 1e-4: within half a last place. */
const expectShown = (value: number, expected: number) =>
  expect(Math.abs(value - expected)).toBeLessThanOrEqual(
    Math.abs(expected) < 1e-4 ? 5e-5 * Math.abs(expected) : 5e-7 + 1e-12,
  );

describe('ChainRulePanel numbers', () => {
  it('follows the cursor to the second sample of a batch and means over all four', async () => {
    const { actions, store, traced } = renderLive(<ChainRulePanel />);
    const trace = await traced('xor'); // 2-3-1, tanh then sigmoid, full batch of 4, momentum
    act(() => actions().stepForward('sample'));
    expect(selectPhase(store.getState())).toMatchObject({ sample: 1 });
    act(() => actions().select({ kind: 'weight', layer: 0, j: 2, i: 1 })); // w(x2→h3)
    const heading = within(region()).getByRole('heading', { level: 3 });
    expect(heading.textContent).toBe(`Gradient of w(x2→h3), sample 2 of ${trace.samples.length}`);

    const s = trace.samples[1];
    const hidden = s.layers[0];
    expect(hidden.mask).toBeNull(); // no dropout: ∂a/∂z is tanh′ alone
    const factors = factorValues(region());
    expect(factors).toHaveLength(3);
    expectShown(factors[0], hidden.dLda[2]);
    expectShown(factors[1], 1 - hidden.a[2] ** 2);
    expectShown(factors[2], s.input[1]);
    expectShown(shown('chain-product'), hidden.dLda[2] * (1 - hidden.a[2] ** 2) * s.input[1]);

    // ∂L/∂a of h3 = w(h3→y1) · δ(y1); w(h3→y1) sits after the 2·3 + 3 first-layer parameters
    const [term] = within(region()).getAllByRole('listitem');
    const [w, delta] = (term.textContent ?? '')
      .replace(/^y1: /, '')
      .split(/ × | = /)
      .map(number);
    expectShown(w, trace.before[9 + 2]);
    expectShown(delta, s.layers[1].delta[0]);

    const index = 2 * 2 + 1; // row j = 2 of the 3×2 first-layer weights, column i = 1
    const perSample = trace.samples.map((q) => q.layers[0].delta[2] * q.input[1]);
    expectShown(
      totals(new RegExp(`^mean over the batch of ${trace.samples.length}$`)),
      mean(perSample),
    );
    expectShown(shown('chain-gradient'), trace.gradients[index]);
    expect(within(region()).getByRole('heading', { name: 'Update (momentum)' })).toBeTruthy();
    const [velocity] = within(region()).getAllByRole('list')[1].querySelectorAll('li');
    expectShown(termValue(velocity), trace.optimizer.state.velocity[index]);
  });

  it('adds the L2 term λw to the batch mean when regularization is on', async () => {
    const { actions, settle, store, traced } = renderLive(<ChainRulePanel />);
    await traced('xor');
    actions().configure({ regularization: { kind: 'l2', rate: 0.01 } });
    actions().stepForward('update');
    await settle();
    const trace = mlpOnly(store.getState().traces.at(-1)!);
    expect(trace.regularization).toEqual({ kind: 'l2', rate: 0.01 });
    act(() => actions().select({ kind: 'weight', layer: 1, j: 0, i: 0 })); // w(h1→y1)
    const index = 9; // after the 6 weights and 3 biases of the first layer
    const penalty = 0.01 * trace.before[index];
    const batchMean = mean(trace.samples.map((q) => q.layers[1].delta[0] * q.layers[0].a[0]));
    expectShown(totals(/^regularization/), penalty);
    expectShown(totals(/^mean over the batch/), batchMean);
    expectShown(shown('chain-gradient'), batchMean + penalty);
    expectShown(shown('chain-gradient'), trace.gradients[index]);
  });

  it('shows softmax with cross-entropy as one factor, a − t, with a note, and Adam’s terms', async () => {
    const { actions, traced } = renderLive(<ChainRulePanel />);
    const trace = await traced('iris'); // 4-8-3, softmax output, cross-entropy, Adam
    act(() => actions().select({ kind: 'neuron', layer: 2, j: 1 })); // shows b(y2)
    expect(within(region()).getByRole('heading', { level: 3 }).textContent).toMatch(
      /^Gradient of b\(y2\), sample 1 of /,
    );
    const s = trace.samples[0];
    const factors = factorValues(region());
    expect(factors).toHaveLength(2);
    expectShown(factors[0], s.layers[1].a[1] - s.target[1]);
    expect(factors[1]).toBe(1);
    expect(within(region()).getByText(/^Softmax couples all outputs/)).toBeTruthy();
    const deltas = trace.samples.map((q) => q.layers[1].a[1] - q.target[1]);
    expectShown(totals(/^mean over the batch of /), mean(deltas));

    const index = 4 * 8 + 8 + 3 * 8 + 1; // the second output bias
    expectShown(shown('chain-gradient'), trace.gradients[index]);
    const terms = within(region()).getAllByRole('list').at(-1)!.querySelectorAll('li');
    const values = Array.from(terms, termValue);
    const { m, v, mHat, vHat } = trace.optimizer.state;
    [m, v, mHat, vHat].forEach((state, k) => expectShown(values[k], state[index]));
    expect(values[4]).toBe(trace.optimizer.t);
  });
});
