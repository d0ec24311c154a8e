// @vitest-environment jsdom
// The worked example follows the stepping cursor: the section of the shown phase is marked as
// the current step (what the layout scrolls to), and only that one.
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderLive } from '../liveStore';
import { WorkedExampleTable } from '../../../src/components/WorkedExample/WorkedExampleTable';

afterEach(cleanup);

const current = (): string[] =>
  within(screen.getByRole('region', { name: 'Worked example' }))
    .queryAllByRole('group')
    .filter((g) => g.getAttribute('aria-current') === 'step')
    .map((g) => g.getAttribute('aria-label') ?? '');

describe('WorkedExampleTable: the current section', () => {
  it('marks the section of each phase of the 2-2-1 update in turn', async () => {
    const live = renderLive(<WorkedExampleTable />);
    await act(async () => void (await live.actions().loadPreset('two-two-one')));
    await live.settle();
    const seen: string[][] = [];
    // forward (hidden, output), loss, backward (output, hidden), accumulate, update
    for (let k = 0; k < 7; k += 1) {
      live.actions().stepForward('phase');
      await live.settle();
      seen.push(current());
    }
    expect(seen).toEqual([
      ['Forward pass table, sample 1'],
      ['Forward pass table, sample 1'],
      ['Loss table, sample 1'],
      ['Backward pass table, sample 1'],
      ['Backward pass table, sample 1'],
      ['Gradients table'],
      ['Update table'],
    ]);
  });
});
