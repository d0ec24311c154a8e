// @vitest-environment jsdom
// The lesson panel over a real store and session: it loads the lesson's scenario and moves the
// cursor per step, refuses a wrong answer and accepts the live one, keeps Next locked (saying
// what is missing) until `until` holds, saves progress and starts over, leaves on Escape, reports
// its events, and shows lesson text as text, never as HTML.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LessonPanel } from '../../../src/components/Lesson/LessonPanel';
import type { LessonEvent } from '../../../src/components/Lesson/useLessonRunner';
import { parseLessonText, validateLesson, type Lesson } from '../../../src/lessons/validate';
import { progressKey } from '../../../src/lessons/progress';
import { useAppStoreApi } from '../../../src/store/context';
import { lessonStateOf } from '../../../src/store/lessonState';
import { selectPhase } from '../../../src/store/selectors';
import { readRepoText } from '../../helpers/files';
import { renderLive, type LiveStore } from '../liveStore';

function shipped(id: string): Lesson {
  const result = parseLessonText(readRepoText(`public/lessons/${id}.json`));
  if (!result.ok) throw new Error('the shipped lesson does not validate');
  return result.lesson;
}

interface Opened extends LiveStore {
  readonly events: LessonEvent[];
  readonly closed: () => number;
}

function open(lesson: Lesson, startAt: number | null = null): Opened {
  const events: LessonEvent[] = [];
  let closes = 0;
  function Panel() {
    const store = useAppStoreApi();
    return (
      <LessonPanel
        store={store}
        lesson={lesson}
        startAt={startAt}
        onClose={() => (closes += 1)}
        onPick={() => undefined}
        onEvent={(e) => events.push(e)}
      />
    );
  }
  const live = renderLive(<Panel />);
  return { ...live, events, closed: () => closes };
}

const panel = () => screen.getByRole('region', { name: 'Lesson' });
const button = (name: string | RegExp) => within(panel()).getByRole('button', { name });
const nextLocked = () => button(/^(Next|Finish)$/).getAttribute('aria-disabled') === 'true';

async function answer(live: LiveStore, text: string): Promise<void> {
  fireEvent.change(within(panel()).getByLabelText('Your answer'), { target: { value: text } });
  fireEvent.click(button('Check'));
  await live.settle();
}

async function next(live: LiveStore): Promise<void> {
  fireEvent.click(button(/^(Next|Finish)$/));
  await live.settle();
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('LessonPanel', () => {
  it('opens lesson 1 on its scenario, with its progress and nothing to go back to', async () => {
    const live = open(shipped('forward-pass'));
    await live.settle();
    expect(within(panel()).getByText('Step 1 of 7')).toBeTruthy();
    expect(within(panel()).getByRole('heading', { name: 'Meet the network' })).toBeTruthy();
    expect((button('Back') as HTMLButtonElement).disabled).toBe(true);
    expect(live.store.getState().presetId).toBe('two-two-one');
    expect(live.store.getState().summary?.sizes).toEqual([2, 2, 1]);
    expect(live.events).toEqual([
      { lesson: 'forward-pass', event: 'start', step: 1, steps: 7, stepId: 'meet-the-net' },
    ]);
  });

  it('refuses a wrong answer, accepts the live one, and moves the cursor as the step says', async () => {
    const live = open(shipped('forward-pass'));
    await live.settle();
    await next(live);
    expect(within(panel()).getByText('Step 2 of 7')).toBeTruthy();
    expect(nextLocked()).toBe(true);
    expect(within(panel()).getByText('answer the question')).toBeTruthy();
    await answer(live, '0.3');
    expect(within(panel()).getByText('Not yet.')).toBeTruthy();
    expect(nextLocked()).toBe(true);
    await answer(live, '0,21');
    expect(within(panel()).getByText('Right.')).toBeTruthy();
    expect(nextLocked()).toBe(false);
    await next(live);
    // step 3's cursor is u1.s1.forward: update 1 traced, shown at its first forward phase
    expect(selectPhase(live.store.getState())?.kind).toBe('forward');
    const h1 = lessonStateOf(live.store.getState()).activation({ kind: 'neuron', layer: 1, j: 0 });
    expect(h1).toBeCloseTo(0.552308, 6);
    await answer(live, '0.6');
    expect(within(panel()).getByText('Not yet.')).toBeTruthy();
    await answer(live, h1!.toFixed(4));
    expect(within(panel()).getByText('Right.')).toBeTruthy();
    expect(live.events.map((e) => [e.event, e.step, e.correct])).toEqual([
      ['start', 1, undefined],
      ['step', 2, undefined],
      ['answer', 2, false],
      ['answer', 2, true],
      ['step', 3, undefined],
      ['answer', 3, false],
      ['answer', 3, true],
    ]);
  });

  it('keeps Next locked until the step’s until holds, saying what is missing', async () => {
    const live = open(shipped('forward-pass'), 6);
    await live.settle();
    expect(within(panel()).getByText('Step 7 of 7')).toBeTruthy();
    // reopened here, the run is traced at this step's cursor (step 3's, the last one given)
    expect(selectPhase(live.store.getState())?.kind).toBe('forward');
    expect(nextLocked()).toBe(true);
    expect(
      within(panel()).getByText(/cursor\.phase must be “loss” \(now “forward”\)/),
    ).toBeTruthy();
    fireEvent.click(button('Finish'));
    expect(within(panel()).getByText('Step 7 of 7')).toBeTruthy();
    for (let k = 0; k < 2; k += 1) act(() => live.actions().stepForward('phase'));
    await live.settle();
    expect(selectPhase(live.store.getState())?.kind).toBe('loss');
    expect(nextLocked()).toBe(false);
    expect(within(panel()).queryByText('Before Next:')).toBeNull();
    await next(live);
    expect(within(panel()).getByRole('heading', { name: 'Lesson complete' })).toBeTruthy();
    expect(live.events.at(-1)).toMatchObject({ event: 'complete', step: 7 });
  });

  it('saves the step reached, reopens there, and Start over forgets it', async () => {
    const lesson = shipped('learning-rate');
    const first = open(lesson);
    await first.settle();
    fireEvent.click(within(panel()).getByLabelText('It gets smaller'));
    fireEvent.click(button('Check'));
    await next(first);
    expect(within(panel()).getByText('Step 2 of 8')).toBeTruthy();
    // step 2 patches the learning rate: its scenario is loaded
    expect(first.store.getState().summary?.optimizer.learningRate).toBe(0.002);
    const saved = JSON.parse(localStorage.getItem(progressKey('learning-rate')) ?? '{}') as object;
    expect(saved).toEqual({ step: 1, solved: ['the-rule'], done: false });
    first.unmount();
    cleanup();

    const again = open(lesson);
    await again.settle();
    expect(within(panel()).getByText('Step 2 of 8')).toBeTruthy();
    expect(again.store.getState().summary?.optimizer.learningRate).toBe(0.002);
    fireEvent.click(button('Back'));
    await again.settle();
    // back past the step that patched: the earlier scenario is loaded again
    expect(again.store.getState().summary?.optimizer.learningRate).toBe(0.05);
    fireEvent.click(button('Start over'));
    await again.settle();
    expect(within(panel()).getByText('Step 1 of 8')).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(progressKey('learning-rate')) ?? '{}')).toEqual({
      step: 0,
      solved: [],
      done: false,
    });
  });

  it('leaves on Escape from anywhere on the page, but not from inside a dialog', async () => {
    const live = open(shipped('forward-pass'));
    await live.settle();
    const dialog = document.body.appendChild(document.createElement('div'));
    dialog.setAttribute('role', 'dialog');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(live.closed()).toBe(0);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(live.closed()).toBe(1);
    dialog.remove();
  });

  it('shows HTML in lesson text as text, and Markdown as elements', async () => {
    const result = validateLesson({
      version: 1,
      id: 'text-test',
      title: 'Text <b>test</b>',
      summary: 's',
      minutes: 5,
      base: { preset: 'two-two-one' },
      steps: [
        {
          id: 'one',
          title: 'One',
          text: 'Look at <img src=x onerror="alert(1)"> and **this** with `code` and [a link](https://example.org).\n\n- first\n- second',
        },
      ],
    });
    if (!result.ok) throw new Error('the test lesson does not validate');
    const live = open(result.lesson);
    await live.settle();
    const region = panel();
    expect(region.querySelector('img, b')).toBeNull();
    expect(within(region).getByText(/Look at <img src=x onerror="alert\(1\)"> and/)).toBeTruthy();
    expect(within(region).getByText('Text <b>test</b>')).toBeTruthy();
    expect(region.querySelector('strong')?.textContent).toBe('this');
    expect(region.querySelector('code')?.textContent).toBe('code');
    expect(within(region).getByRole('link', { name: 'a link' }).getAttribute('href')).toBe(
      'https://example.org',
    );
    expect(
      within(region)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['first', 'second']);
  });
});
