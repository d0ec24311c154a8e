// Puts the embed's control ids on the app's own controls, found by the accessible names the app
// keeps stable, and applies a view to them: hidden controls get `data-lens-hidden`, locked ones
// stay visible but disabled, described as "locked by the page author". The app's components
// stay as they are; a MutationObserver re-applies the view whenever React redraws a control.
import type { ControlId } from '../scenario/fragment';
import type { EmbedView } from './view';

/** A field's visible label → its control (the label texts are the app's accessible names). */
const FIELD_LABELS: Readonly<Record<string, ControlId>> = {
  Preset: 'preset',
  'Step by': 'stepby',
  'Learning rate': 'lr',
  'Batch mode': 'batch',
  'Batch size': 'batch',
  Optimizer: 'optimizer',
  'Momentum β': 'optimizer',
  'Decay ρ': 'optimizer',
  'β₁': 'optimizer',
  'β₂': 'optimizer',
  ε: 'optimizer',
  Nesterov: 'optimizer',
  Activation: 'activation',
  Loss: 'loss',
  Regularization: 'reg',
  'Regularization rate': 'reg',
  Dropout: 'dropout',
  Speed: 'speed',
  'Hidden layers': 'arch',
  Initialisation: 'init',
};

const BUTTONS: Readonly<Record<string, ControlId>> = {
  Play: 'play',
  Pause: 'play',
  'Step back': 'step',
  'Step forward': 'step',
  Reset: 'reset',
  Share: 'share',
  'Import data…': 'import',
};

export const LOCKED_TEXT = 'Locked by the page author';

/** Finds every control of the app under `root` and tags it with `data-lens-control`. */
export function tagControls(root: ParentNode): void {
  for (const field of root.querySelectorAll<HTMLElement>('.field')) {
    const label = field.querySelector(':scope > span, :scope > label > span')?.textContent ?? '';
    const id = FIELD_LABELS[label.trim()];
    // a NumberField of the worked example or the chain rule is not a setting
    if (id && !field.closest('[data-lens-panel="table"], [data-lens-panel="chain"]'))
      field.dataset.lensControl = id;
  }
  for (const el of root.querySelectorAll<HTMLElement>('.lr-slider, .applied'))
    el.dataset.lensControl = 'lr';
  for (const el of root.querySelectorAll<HTMLElement>('.settings .help'))
    el.dataset.lensControl = 'arch';
  for (const el of root.querySelectorAll<HTMLElement>('[role="group"][aria-label="Data settings"]'))
    el.dataset.lensControl = 'data';
  for (const button of root.querySelectorAll<HTMLButtonElement>(
    '.toolbar button, [data-lens-panel="data"] button',
  )) {
    const id = BUTTONS[button.textContent?.trim() ?? ''];
    if (id) button.dataset.lensControl = id;
  }
}

const FORM = 'button, input, select, textarea';

function lock(el: HTMLElement, noteId: string): void {
  const targets = el.matches(FORM) ? [el] : [...el.querySelectorAll<HTMLElement>(FORM)];
  for (const t of targets) {
    if (!(
      t instanceof HTMLButtonElement ||
      t instanceof HTMLInputElement ||
      t instanceof HTMLSelectElement ||
      t instanceof HTMLTextAreaElement
    ))
      continue;
    if (!t.disabled) {
      t.disabled = true;
      t.dataset.lensLockDisabled = ''; // the lock disabled it (not the app): unlock enables it
    }
    const described = (t.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    if (!described.includes(noteId))
      t.setAttribute('aria-describedby', [...described, noteId].join(' '));
    if (t.title !== LOCKED_TEXT) t.title = LOCKED_TEXT;
  }
  if (el.dataset.lensLocked === undefined) el.dataset.lensLocked = '';
}

/** Undoes lock(): enables only what the lock disabled, and drops the note and the title. */
function unlock(el: HTMLElement, noteId: string): void {
  const targets = el.matches(FORM) ? [el] : [...el.querySelectorAll<HTMLElement>(FORM)];
  for (const t of targets) {
    if (t.dataset.lensLockDisabled !== undefined) {
      delete t.dataset.lensLockDisabled;
      if ('disabled' in t) (t as HTMLInputElement).disabled = false;
    }
    const described = (t.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    if (described.includes(noteId)) {
      const rest = described.filter((d) => d !== noteId);
      if (rest.length > 0) t.setAttribute('aria-describedby', rest.join(' '));
      else t.removeAttribute('aria-describedby');
    }
    if (t.title === LOCKED_TEXT) t.removeAttribute('title');
  }
  delete el.dataset.lensLocked;
}

/**
 * Applies `view` under `root` now and whenever the app redraws; returns the disconnect.
 * `noteId` names the element that says "Locked by the page author".
 */
export function applyView(root: HTMLElement, view: EmbedView, noteId: string): () => void {
  const apply = (): void => {
    tagControls(root);
    const locked = new Set<HTMLElement>();
    for (const el of root.querySelectorAll<HTMLElement>('[data-lens-control]')) {
      const id = el.dataset.lensControl as ControlId;
      const hide = !view.controls.has(id);
      if (hide !== (el.dataset.lensHidden !== undefined)) {
        if (hide) el.dataset.lensHidden = '';
        else delete el.dataset.lensHidden;
      }
      if (view.locked.has(id)) {
        lock(el, noteId);
        locked.add(el);
      }
    }
    // a settings section whose every control is hidden is left out too
    for (const section of root.querySelectorAll<HTMLElement>('.lens-settings > section')) {
      const empty = !section.querySelector('[data-lens-control]:not([data-lens-hidden])');
      if (empty !== (section.dataset.lensHidden !== undefined)) {
        if (empty) section.dataset.lensHidden = '';
        else delete section.dataset.lensHidden;
      }
    }
    if (view.lockAll || view.locked.has('data'))
      for (const el of root.querySelectorAll<HTMLElement>(
        view.lockAll
          ? '[data-lens-panel="table"] input, [data-lens-panel="data"] .plane-view'
          : '[data-lens-panel="data"] .plane-view',
      )) {
        if (el instanceof HTMLInputElement) lock(el, noteId);
        else el.dataset.lensLocked = '';
        locked.add(el);
      }
    // a lock the host took away (configure, or a removed `lock` attribute) is undone
    for (const el of root.querySelectorAll<HTMLElement>('[data-lens-locked]'))
      if (!locked.has(el)) unlock(el, noteId);
  };
  apply();
  let queued = false;
  const observer = new MutationObserver(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      apply();
      observer.takeRecords();
    });
  });
  observer.observe(root, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['disabled'],
  });
  return () => observer.disconnect();
}
