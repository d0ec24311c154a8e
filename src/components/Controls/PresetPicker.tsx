// The preset picker. A pointer's choice loads at once; the keyboard only browses: on a closed
// select Chromium fires `change` on every arrow key, so a value reached by keys is held until
// Enter or leaving the field loads it (Escape goes back to the loaded one). Loading a preset
// throws away the trained state, so passing over one must not load it.
import { useId, useRef, useState, type KeyboardEvent } from 'react';

/** Keys that change a closed select's value (type-ahead letters too). */
function browses(e: KeyboardEvent): boolean {
  if (e.altKey || e.ctrlKey || e.metaKey) return false;
  return (
    [
      'ArrowUp',
      'ArrowDown',
      'ArrowLeft',
      'ArrowRight',
      'Home',
      'End',
      'PageUp',
      'PageDown',
    ].includes(e.key) ||
    (e.key.length === 1 && e.key !== ' ')
  );
}

export interface PresetPickerProps {
  /** The loaded preset's id, or '' for a scenario of the learner's own. */
  readonly value: string;
  readonly options: readonly (readonly [string, string])[];
  /** When given, the options are listed under these group labels (`options` is then unused). */
  readonly groups?: readonly {
    readonly group: string;
    readonly options: readonly (readonly [string, string])[];
  }[];
  readonly onLoad: (id: string) => void;
}

const optionList = (options: readonly (readonly [string, string])[]) =>
  options.map(([id, label]) => (
    <option key={id} value={id}>
      {label}
    </option>
  ));

export function PresetPicker({ value, options: flat, groups, onLoad }: PresetPickerProps) {
  const options = groups ? groups.flatMap((g) => g.options) : flat;
  const [pending, setPending] = useState<string | null>(null);
  const byKey = useRef(false);
  const hintId = useId();
  const shown = pending ?? value;
  const load = (id: string): void => {
    setPending(null);
    if (id !== value && id !== '') onLoad(id);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLSelectElement>): void => {
    if (e.key === 'Enter' && pending !== null) {
      e.preventDefault();
      load(pending);
    } else if (e.key === 'Escape' && pending !== null) {
      e.preventDefault();
      setPending(null);
    } else byKey.current = browses(e);
  };
  const title = options.find(([id]) => id === pending)?.[1];
  return (
    <>
      <label className="field">
        <span>Preset</span>
        <select
          value={shown}
          aria-describedby={hintId}
          onKeyDown={onKeyDown}
          onChange={(e) => {
            const id = e.target.value;
            if (byKey.current) {
              byKey.current = false;
              setPending(id === value ? null : id);
            } else load(id);
          }}
          onBlur={() => {
            if (pending !== null) load(pending);
          }}
        >
          {value === '' && <option value="">Your scenario</option>}
          {groups
            ? groups.map((g) => (
                <optgroup key={g.group} label={g.group}>
                  {optionList(g.options)}
                </optgroup>
              ))
            : optionList(options)}
        </select>
      </label>
      {/* outside the label, so it never becomes part of the select's name */}
      <span id={hintId} className="visually-hidden" role="status">
        {title ? `Press Enter to load ${title}, Escape to keep the current one.` : ''}
      </span>
    </>
  );
}
