// @vitest-environment jsdom
// The fixed-point views over a real store and session: the preset loads into the graph, the
// relaxation chart and the chain rule; stepping shows each iteration's values; the gradient
// shown is the trainer's; an edge click picks its weight; and a relaxation that does not
// settle pauses with the phase and its last change size, the update not applied.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FixedPointMain } from '../../../src/app/FixedPointMain';
import { ChartsPanel } from '../../../src/components/Training/ChartsPanel';
import type { FixedPointStepTrace } from '../../../src/engine/fixedpoint/types';
import { formatFull, formatShort } from '../../../src/viz/format';
import { renderLive, type LiveStore } from '../liveStore';

afterEach(cleanup);

function renderBoth(): LiveStore {
  return renderLive(
    <>
      <FixedPointMain part="upper" />
      <FixedPointMain part="lower" />
    </>,
  );
}

async function loaded(id = 'fixed-point'): Promise<LiveStore> {
  const live = renderBoth();
  await act(async () => void (await live.actions().loadPreset(id)));
  await live.settle();
  await screen.findByRole('region', { name: 'Network graph' });
  return live;
}

const shownTrace = (live: LiveStore): FixedPointStepTrace => {
  const s = live.store.getState();
  const trace = s.traces[s.traceIndex];
  if (trace?.kind !== 'fixed-point') throw new Error('no fixed-point trace shown');
  return trace;
};

describe('the fixed-point views', () => {
  it('show the settled preset live: its units, ρ(D·W) below 1 and both relaxations charted', async () => {
    const live = await loaded();
    expect(screen.getByTestId('fp-stage').textContent).toMatch(/settles at x\* in \d+ iterations/);
    expect(screen.getByTestId('fp-radius').getAttribute('data-converges')).toBe('true');
    expect(screen.getByRole('region', { name: 'Relaxation' })).toBeTruthy();
    const relaxed = live.store.getState().frame!.relaxation!;
    expect(screen.getByTestId('fp-unit-3').getAttribute('data-value')).toBe(String(relaxed.x[2]));
    expect(screen.getByTestId('fp-relaxation-sentence').textContent).toContain(
      `forward: ${relaxed.iterations} iterations`,
    );
  });

  it('step through the forward relaxation, the adjoint one, then the outer-product gradient', async () => {
    const live = await loaded();
    live.actions().stepForward('phase');
    await live.settle();
    const trace = shownTrace(live);
    const s = trace.samples[0];
    expect(screen.getByTestId('fp-stage').textContent).toMatch(
      new RegExp(`^Forward relaxation .* iteration 1 of ${s.iterations}`),
    );
    expect(screen.getByTestId('fp-unit-1').getAttribute('data-value')).toBe(
      String(s.forward[0][0]),
    );
    // on to the first adjoint iteration: past the other forward ones and the loss
    for (let k = 0; k < s.forward.length + 1; k += 1) live.actions().stepForward('phase');
    await live.settle();
    expect(screen.getByTestId('fp-stage').textContent).toMatch(
      /^Adjoint relaxation .* iteration 1 of/,
    );
    expect(screen.getByTestId('fp-adjoint-3').textContent).toBe(
      `v3 = ${formatShort(s.adjoint[0][2])}`,
    );
    // the default parameter W[3,1]: its term and the batch gradient are the trainer's numbers
    const chain = screen.getByRole('region', { name: 'Chain rule' });
    expect(within(chain).getByText('Gradient of W[3,1] (x3 ← x1)')).toBeTruthy();
    const k = 2 * trace.spec.units + 0;
    expect(screen.getByTestId('fp-term-1').textContent).toBe(formatFull(s.delta[2] * s.x[0]));
    expect(screen.getByTestId('fp-gradient').textContent).toBe(formatFull(trace.gradients[k]));
    expect(screen.getByTestId('fp-after').textContent).toBe(formatFull(trace.after[k]));
    // the whole outer product δ·x*ᵀ, the chosen entry marked
    const cell = screen.getByTestId('fp-outer-3-1');
    expect(cell.textContent).toBe(formatShort(s.delta[2] * s.x[0]));
    expect(cell.className).toContain('fp-chosen');
    expect(screen.getByTestId('fp-outer-1-2').textContent).toBe(formatShort(s.delta[0] * s.x[1]));
    // the worked example marks the adjoint relaxation's table as the current one
    const example = screen.getByRole('region', { name: 'Worked example' });
    const current = example.querySelectorAll('[aria-current="step"]');
    expect(current).toHaveLength(1);
    expect(current[0].querySelector('caption')!.textContent).toMatch(
      /adjoint relaxation v ← Wᵀ·\(D·v\) \+ e \(current step\)$/,
    );
  });

  it('an edge of the graph, or the list, picks its weight for the chain rule', async () => {
    const live = await loaded();
    const edge = document.querySelector('[data-edge="W12"] .fp-edge-hit')!;
    fireEvent.click(edge);
    await live.settle();
    expect(live.store.getState().selection).toEqual({
      kind: 'entry',
      block: 'W',
      position: [0, 1],
    });
    expect(screen.getByText('Gradient of W[1,2] (x1 ← x2)')).toBeTruthy();
    const select = screen.getByRole('combobox', { name: 'Parameter' });
    const bias = within(select).getByRole('option', { name: 'b (x2)' }) as HTMLOptionElement;
    fireEvent.change(select, { target: { value: bias.value } });
    await live.settle();
    expect(screen.getByText('Gradient of b[2] (x2)')).toBeTruthy();
  });

  it('a relaxation that does not settle pauses, names its phase and change, and applies nothing', async () => {
    const live = await loaded();
    const scenario = structuredClone(live.store.getState().scenario) as {
      network: { relaxation: { maxIterations: number } };
    };
    scenario.network.relaxation.maxIterations = 5;
    await act(async () => void (await live.actions().loadScenario(scenario, null)));
    await live.settle();
    const before = live.store.getState().frame!.params.slice();
    live.actions().play();
    await live.settle();
    live.actions().stepForward('phase');
    await live.settle();
    await waitFor(() => expect(live.store.getState().divergence).not.toBeNull());
    const { divergence, playing, frame } = live.store.getState();
    expect(divergence!.quantity).toBe('relaxation');
    expect(divergence!.message).toMatch(
      /forward relaxation of sample 0 did not settle within 5 iterations: its last change max\|Δx\| was \d\.\d{3}e-\d+/,
    );
    expect(playing).toBe(false);
    expect(frame!.update).toBe(0);
    expect(Array.from(frame!.params)).toEqual(Array.from(before));
    expect(screen.getByTestId('fp-stage').textContent).toMatch(
      /does not settle within 5 iterations/,
    );
    expect(screen.getByTestId('fp-rule-note').textContent).toMatch(
      /did not settle: there is no x\*/,
    );
  });
});

describe('the training charts of a fixed-point net', () => {
  it('name its gradient norms by block (W with b, V), not by layer', async () => {
    const live = renderLive(<ChartsPanel />);
    await act(async () => void (await live.actions().loadPreset('fixed-point-xor')));
    await live.settle();
    live.actions().stepForward('update');
    await live.settle();
    const norms = await screen.findByRole('region', { name: 'Gradient norms' });
    expect(within(norms).getByRole('heading').textContent).toBe('Gradient norm per block');
    expect(norms.textContent).toContain('∇W and b');
    expect(norms.textContent).toContain('∇V');
    expect(norms.textContent).not.toContain('output layer');
  });
});
