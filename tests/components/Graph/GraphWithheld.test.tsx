// @vitest-environment jsdom
// The graph keeps a lesson's withheld activation hidden: its node reads "?" (named "withheld
// until you answer the lesson's question") instead of the number, in the forward pass and in
// the backward pass's tooltip line, unless the step asks the learner to read it off that node.
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GraphPanel } from '../../../src/components/Graph/GraphPanel';
import { WITHHELD_LABEL, withheldOf } from '../../../src/lessons/withheld';
import { selectMlpTrace } from '../../../src/store/selectors';
import { formatFull } from '../../../src/viz/format';
import { renderLive, type LiveStore } from '../liveStore';

const H2 = { kind: 'neuron', layer: 1, j: 1 } as const;

afterEach(cleanup);

async function forwardShown(): Promise<LiveStore> {
  const live = renderLive(<GraphPanel />);
  await act(async () => void (await live.actions().loadPreset('two-two-one')));
  await live.settle();
  // the hidden layer's forward phase: h1 and h2 have their activations
  live.actions().stepForward('phase');
  await live.settle();
  return live;
}

const node = (name: RegExp) => screen.getByRole('button', { name });
const h2Activation = (live: LiveStore): number => {
  const trace = selectMlpTrace(live.store.getState());
  if (!trace) throw new Error('no MLP trace shown');
  return trace.samples[0].layers[0].a[1];
};

describe('a withheld activation in the graph', () => {
  it('reads "?" on its node while the question waits, and the number once it is answered', async () => {
    const live = await forwardShown();
    const a = h2Activation(live);
    expect(node(/^Neuron h2, activation /).getAttribute('aria-label')).toContain(formatFull(a));
    act(() =>
      live.store.setState({
        withheld: withheldOf({ kind: 'activation', ref: H2 }, false, ['graph.edge.x1.h2']),
      }),
    );
    const hidden = node(/^Neuron h2/);
    expect(hidden.getAttribute('aria-label')).toBe(`Neuron h2, activation ${WITHHELD_LABEL}`);
    expect(hidden.textContent).toContain('?');
    expect(hidden.textContent).not.toContain(formatFull(a).slice(0, 6));
    // the other hidden neuron is not asked for
    expect(node(/^Neuron h1, activation /).getAttribute('aria-label')).not.toContain(
      WITHHELD_LABEL,
    );
    act(() => live.store.setState({ withheld: null }));
    expect(node(/^Neuron h2, activation /).getAttribute('aria-label')).toContain(formatFull(a));
  });

  it('stays shown when the step highlights that node (it asks the learner to read it there)', async () => {
    const live = await forwardShown();
    const a = h2Activation(live);
    act(() =>
      live.store.setState({
        withheld: withheldOf({ kind: 'activation', ref: H2 }, false, ['graph.node.h2']),
      }),
    );
    expect(node(/^Neuron h2/).getAttribute('aria-label')).toBe(
      `Neuron h2, activation ${formatFull(a)}`,
    );
  });
});
