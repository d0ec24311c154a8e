// @vitest-environment jsdom
// The chain-rule panel on the 2-2-1 worked example: each factor, the product, the sum over
// the downstream neuron and the update agree with the published hand-computed numbers.
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChainRulePanel } from '../../../src/components/ChainRule/ChainRulePanel';
import { twoTwoOneNumbers } from '../../helpers/twoTwoOne';
import { renderLive } from './liveSession';
import { factorValues, number, texSources } from './readView';

afterEach(cleanup);

// Published with the preset (src/scenario/presets.ts, tests/engine/workedExamples.test.ts):
// input (0.35, 0.7), target 0.5, w(h1→y1) = 0.3, learning rate 1, and to six decimals:
const example = twoTwoOneNumbers();
const x1 = example.input[0];
const t = example.target[0];
const wH1Y1 = example.weights[1][0][0];
const h1 = 0.552308;
const y = 0.665074;
const after = { wH1Y1: 0.279691, wX1H1: 0.199045 };
const wX1H1 = example.weights[0][0][0];
// A published number is off by up to 5e-7 and so is the shown one; products add a little.
const expectNear = (shown: number, expected: number, tolerance = 1.5e-6) =>
  expect(Math.abs(shown - expected)).toBeLessThan(tolerance);

const region = () => screen.getByRole('region', { name: 'Chain rule' });

async function setup() {
  const live = renderLive(<ChainRulePanel />);
  await live.traced('two-two-one');
  return live;
}

describe('ChainRulePanel on the 2-2-1 worked example', () => {
  it('explains w(h1→y1): (y − t) · y(1 − y) · h1, and its update to the published value', async () => {
    const { actions } = await setup();
    act(() => actions().select({ kind: 'weight', layer: 1, j: 0, i: 0 }));
    const [dLda, dadz, dzdw] = factorValues(region());
    expectNear(dLda, y - t);
    expectNear(dadz, y * (1 - y));
    expectNear(dzdw, h1);
    // learning rate 1: the gradient is what the weight lost
    expectNear(
      number(within(region()).getByTestId('chain-product').textContent),
      wH1Y1 - after.wH1Y1,
    );
    expectNear(
      number(within(region()).getByTestId('chain-gradient').textContent),
      wH1Y1 - after.wH1Y1,
    );
    expect(within(region()).queryByText(/mean over the batch/)).toBeNull(); // one sample
    expect(within(region()).getByRole('heading', { name: 'Update (sgd)' })).toBeTruthy();
    expect(texSources(region()).at(-1)).toMatch(
      new RegExp(`^0\\.3 - 1 \\\\cdot \\S+ = ${after.wH1Y1}$`),
    );
  });

  it('explains w(x1→h1) through the sum over what h1 sends to y1', async () => {
    const { actions } = await setup();
    act(() => actions().select({ kind: 'weight', layer: 0, j: 0, i: 0 }));
    const deltaY = (y - t) * y * (1 - y);
    const [dLda, dadz, dzdw] = factorValues(region());
    expectNear(dLda, wH1Y1 * deltaY);
    expectNear(dadz, h1 * (1 - h1));
    expect(dzdw).toBe(x1);
    const terms = within(region()).getAllByRole('listitem');
    expect(terms).toHaveLength(1); // one output neuron downstream
    const [weight, delta, product] = (terms[0].textContent ?? '')
      .replace(/^y1: /, '')
      .split(/ × | = /)
      .map(number);
    expect(weight).toBe(wH1Y1);
    expectNear(delta, deltaY);
    expectNear(product, dLda);
    expectNear(
      number(within(region()).getByTestId('chain-gradient').textContent),
      wX1H1 - after.wX1H1,
    );
  });

  it('says a bias that is not trained keeps its value', async () => {
    const { actions, store } = await setup();
    act(() => actions().select({ kind: 'neuron', layer: 2, j: 0 }));
    expect(store.getState().traces[0].trainBiases).toBe(false);
    const [rule, numeric] = texSources(region()).slice(-2);
    expect(rule).toMatch(/\\text\{is not trained\}$/);
    expect(numeric).toMatch(/ = 0$/);
    // and why: the example keeps its biases fixed
    expect(
      within(region()).getByText(/^Fixed in this example: not trained\./).textContent,
    ).toContain('trainBiases');
  });
});
