// Share → Embed: a dialog that writes the snippet for a course page from the current state —
// title (required), layout, panels, controls, locks, "start at the current step", a size with a
// live preview, a URL-length meter, and copy buttons that say "Copied" politely. Escape closes
// it (a native modal <dialog>).
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { CONTROL_IDS, LAYOUTS, parseFragment, type Layout } from '../../scenario/fragment';
import { Choice } from '../../components/Controls/Choice';
import { useAppStore } from '../../store/context';
import { selectActions } from '../../store/selectors';
import {
  SNIPPET_KINDS,
  SNIPPET_LABELS,
  URL_MAX,
  URL_WARN,
  embedUrl,
  snippet,
  type SnippetKind,
  type SnippetInput,
} from '../snippets';
import { LOCK_ALL } from '../view';
import { CHOOSABLE_PANELS, choicesFor, viewFragment, type EmbedChoices } from './embedOptions';
import { CheckList } from './CheckList';
import './embedDialog.css';

/** Frame heights in px, as the select's values. */
const SIZES: readonly (readonly [string, string])[] = [
  ['480', 'Small (480 px)'],
  ['640', 'Medium (640 px)'],
  ['800', 'Large (800 px)'],
];
const LAYOUT_OPTIONS: readonly (readonly [Layout, string])[] = LAYOUTS.map((l) => [l, l]);

export function EmbedDialog({ onClose }: { readonly onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const actions = useAppStore(selectActions);
  const scenarioTitle = useAppStore((s) => s.summary?.title ?? '');
  const [title, setTitle] = useState(scenarioTitle);
  const [choices, setChoices] = useState<EmbedChoices>(() => choicesFor('compact'));
  const [atStep, setAtStep] = useState(true);
  const [height, setHeight] = useState(640);
  const [kind, setKind] = useState<SnippetKind>('iframe');
  const [copied, setCopied] = useState('');
  const [link, setLink] = useState<string | null>(null);
  const base = new URL('./', window.location.href).href;

  useEffect(() => {
    dialog.current?.showModal();
    let live = true;
    void actions.shareLink(base).then((l) => {
      if (live) setLink(l);
    });
    return () => {
      live = false;
    };
  }, [actions, base]);

  const input: SnippetInput | null = useMemo(() => {
    if (link === null) return null;
    const shared = parseFragment(new URL(link).hash).state;
    return {
      base,
      title: title.trim(),
      height,
      fragment: {
        preset: shared.preset,
        s: shared.s,
        step: atStep ? shared.step : null,
        ...viewFragment(choices),
      },
    };
  }, [link, base, title, height, atStep, choices]);

  const text = input && input.title !== '' ? snippet(kind, input) : '';
  const url = input ? embedUrl(input) : '';
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('Copied');
    } catch {
      setCopied('Could not copy: select the text and copy it yourself.');
    }
  };
  const toggle = <T,>(set: ReadonlySet<T>, item: T, on: boolean): Set<T> => {
    const next = new Set(set);
    if (on) next.add(item);
    else next.delete(item);
    return next;
  };

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={`${ids}-h`} onClose={onClose}>
      <h2 id={`${ids}-h`}>Embed in a course page</h2>
      <div className="embed-grid">
        <div className="embed-options">
          <label className="field">
            <span>Title (required; names the frame for screen readers)</span>
            <input
              type="text"
              value={title}
              required
              aria-invalid={title.trim() === ''}
              onChange={(e) => setTitle(e.target.value)}
            />
          </label>
          <Choice
            label="Layout"
            value={choices.layout}
            options={LAYOUT_OPTIONS}
            onChange={(layout) => setChoices(choicesFor(layout))}
          />
          <CheckList
            legend="Panels"
            items={CHOOSABLE_PANELS}
            checked={choices.panels}
            onChange={(id, on) =>
              setChoices({ ...choices, panels: toggle(choices.panels, id, on) })
            }
          />
          <CheckList
            legend="Controls"
            items={CONTROL_IDS}
            checked={choices.controls}
            onChange={(id, on) =>
              setChoices({ ...choices, controls: toggle(choices.controls, id, on) })
            }
          />
          <label className="check">
            <input
              type="checkbox"
              checked={choices.lockAll}
              onChange={(e) => setChoices({ ...choices, lockAll: e.target.checked })}
            />{' '}
            Lock every setting (also the table, import and the preset)
          </label>
          {!choices.lockAll && (
            <CheckList
              legend="Locked settings"
              items={LOCK_ALL}
              checked={choices.locks}
              onChange={(id, on) =>
                setChoices({ ...choices, locks: toggle(choices.locks, id, on) })
              }
            />
          )}
          <label className="check">
            <input type="checkbox" checked={atStep} onChange={(e) => setAtStep(e.target.checked)} />{' '}
            Start at the current step
          </label>
          <Choice
            label="Size"
            value={String(height)}
            options={SIZES}
            onChange={(h) => setHeight(Number(h))}
          />
          <label className="field">
            <span>Address length: {url.length} characters</span>
            <meter
              min={0}
              max={URL_MAX}
              low={URL_WARN}
              high={URL_WARN}
              optimum={0}
              value={url.length}
            >
              {url.length} of {URL_MAX}
            </meter>
          </label>
          {url.length > URL_WARN && (
            <p className="help">
              Over {URL_WARN} characters: some course tools cut long addresses. The custom element
              or a preset keeps it short.
            </p>
          )}
        </div>
        <div className="embed-output">
          <div role="tablist" aria-label="Snippet">
            {SNIPPET_KINDS.map((k) => (
              <button
                key={k}
                type="button"
                role="tab"
                id={`${ids}-tab-${k}`}
                aria-selected={k === kind}
                aria-controls={`${ids}-panel`}
                tabIndex={k === kind ? 0 : -1}
                onClick={() => {
                  setKind(k);
                  setCopied('');
                }}
                onKeyDown={(e) => {
                  const at = SNIPPET_KINDS.indexOf(kind);
                  const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
                  if (step === 0) return;
                  const next =
                    SNIPPET_KINDS[(at + step + SNIPPET_KINDS.length) % SNIPPET_KINDS.length]!;
                  setKind(next);
                  document.getElementById(`${ids}-tab-${next}`)?.focus();
                }}
              >
                {SNIPPET_LABELS[k]}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`${ids}-panel`} aria-labelledby={`${ids}-tab-${kind}`}>
            {title.trim() === '' ? (
              <p className="error-text">Give the embed a title first.</p>
            ) : (
              <textarea
                readOnly
                value={text}
                aria-label={`${SNIPPET_LABELS[kind]} snippet`}
                rows={8}
              />
            )}
            <div className="buttons">
              <button type="button" disabled={text === ''} onClick={() => void copy()}>
                Copy
              </button>
              <span role="status" aria-live="polite">
                {copied}
              </span>
            </div>
          </div>
          {url !== '' && (
            <iframe
              className="embed-preview"
              src={url}
              title={`Preview: ${title.trim() || 'embed'}`}
              height={height}
            />
          )}
        </div>
      </div>
      <div className="buttons">
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
