// @vitest-environment jsdom
// Lesson 3 asks for ∂L/∂w of w(h1→y1) before the app shows it: while its question is open the
// worked-example table's g, change and after of that weight and the chain-rule panel's result
// show "?" named "withheld until you answer the lesson's question"; a wrong answer keeps them
// hidden, the right one (or leaving the lesson) brings the numbers back. Other weights stay.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { ChainRulePanel } from '../../../src/components/ChainRule/ChainRulePanel';
import { LessonPanel } from '../../../src/components/Lesson/LessonPanel';
import { WorkedExampleTable } from '../../../src/components/WorkedExample/WorkedExampleTable';
import { WITHHELD_LABEL } from '../../../src/lessons/withheld';
import { parseLessonText, type Lesson } from '../../../src/lessons/validate';
import { useAppStoreApi } from '../../../src/store/context';
import { lessonStateOf } from '../../../src/store/lessonState';
import { formatNumber } from '../../../src/explain';
import { readRepoText } from '../../helpers/files';
import { renderLive, type LiveStore } from '../liveStore';

function lesson3(): Lesson {
  const result = parseLessonText(readRepoText('public/lessons/chain-rule-output.json'));
  if (!result.ok) throw new Error('lesson 3 does not validate');
  return result.lesson;
}

const W = { kind: 'weight', layer: 1, j: 0, i: 0 } as const;
const QUESTION_STEP = 5; // "Your turn: the gradient"

let close: (() => void) | null = null;

function open(): LiveStore {
  const lesson = lesson3();
  function App() {
    const store = useAppStoreApi();
    const [shown, setShown] = useState(true);
    close = () => setShown(false);
    return (
      <>
        {shown && (
          <LessonPanel
            store={store}
            lesson={lesson}
            startAt={QUESTION_STEP}
            onClose={() => setShown(false)}
            onPick={() => undefined}
          />
        )}
        <WorkedExampleTable />
        <ChainRulePanel />
      </>
    );
  }
  return renderLive(<App />);
}

const placeholders = () => screen.queryAllByRole('img', { name: WITHHELD_LABEL });
const row = (table: string, name: string) => {
  const group = screen.getByRole('group', { name: table });
  return within(group).getByRole('rowheader', { name }).closest('tr')!;
};

async function answer(live: LiveStore, text: string): Promise<void> {
  const panel = screen.getByRole('region', { name: 'Lesson' });
  fireEvent.change(within(panel).getByLabelText('Your answer'), { target: { value: text } });
  fireEvent.click(within(panel).getByRole('button', { name: 'Check' }));
  await live.settle();
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  close = null;
});

describe('a lesson question withholds its answer', () => {
  it('hides w(h1→y1)’s gradient in the table and the chain rule until answered right', async () => {
    const live = open();
    await live.settle();
    act(() => live.actions().select(W));
    expect(live.store.getState().withheld).toEqual({ kind: 'gradient', ref: W });
    const g = lessonStateOf(live.store.getState()).gradient(W)!;
    expect(g).toBeCloseTo(0.020309, 5);
    // gradients table: g; update table: g, change, after; chain rule: product and g
    const grads = row('Gradients table', 'w(h1→y1)');
    const update = row('Update table', 'w(h1→y1)');
    expect(within(grads).getAllByRole('img', { name: WITHHELD_LABEL })).toHaveLength(1);
    expect(within(update).getAllByRole('img', { name: WITHHELD_LABEL })).toHaveLength(3);
    expect(grads.textContent).not.toContain(formatNumber(g));
    expect(screen.getByTestId('chain-gradient').textContent).toBe('?');
    expect(screen.getByTestId('chain-product').textContent).toBe('?');
    // the neighbouring weight is not asked for: its gradient shows
    const other = row('Gradients table', 'w(h2→y1)');
    expect(within(other).queryAllByRole('img', { name: WITHHELD_LABEL })).toHaveLength(0);

    await answer(live, '0.5');
    expect(live.store.getState().withheld).not.toBeNull();
    expect(placeholders().length).toBeGreaterThan(0);

    await answer(live, g.toFixed(5));
    expect(live.store.getState().withheld).toBeNull();
    expect(placeholders()).toHaveLength(0);
    expect(row('Gradients table', 'w(h1→y1)').textContent).toContain(formatNumber(g));
    expect(screen.getByTestId('chain-gradient').textContent).not.toBe('?');
  });

  it('shows the gradient again when the lesson is left unanswered', async () => {
    const live = open();
    await live.settle();
    expect(placeholders().length).toBeGreaterThan(0);
    act(() => close?.());
    expect(live.store.getState().withheld).toBeNull();
    expect(placeholders()).toHaveLength(0);
  });
});
