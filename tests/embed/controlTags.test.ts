// @vitest-environment jsdom
// Locks applied to the embed's DOM come off again when the host takes them away (configure, or
// a removed `lock` attribute), leaving alone what the app itself disabled.
import { afterEach, describe, expect, it } from 'vitest';
import { applyView, LOCKED_TEXT } from '../../src/embed/controlTags';
import { resolveView } from '../../src/embed/view';
import type { ControlId } from '../../src/scenario/fragment';

const view = (lock: readonly ControlId[]) =>
  resolveView({ layout: 'full', show: [], hide: [], controls: null, lock });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('applyView', () => {
  it('unlocks what it locked when the lock is taken away', () => {
    document.body.innerHTML = `<div id="root">
      <div data-lens-control="lr"><input id="lr"></div>
      <div data-lens-control="batch"><select id="batch" disabled></select></div>
      <p id="note">Locked by the page author</p></div>`;
    const root = document.getElementById('root')!;
    const lr = document.getElementById('lr') as HTMLInputElement;
    const batch = document.getElementById('batch') as HTMLSelectElement;
    let stop = applyView(root, view(['lr', 'batch']), 'note');
    expect(lr.disabled).toBe(true);
    expect(lr.title).toBe(LOCKED_TEXT);
    expect(lr.getAttribute('aria-describedby')).toBe('note');
    stop();
    stop = applyView(root, view([]), 'note');
    expect(lr.disabled).toBe(false);
    expect(lr.hasAttribute('title')).toBe(false);
    expect(lr.hasAttribute('aria-describedby')).toBe(false);
    expect(root.querySelector('[data-lens-locked]')).toBeNull();
    // the app had disabled this one itself: it stays disabled
    expect(batch.disabled).toBe(true);
    stop();
  });
});
