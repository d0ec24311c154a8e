// A labelled number input that edits a draft and commits on Enter or blur. A new value from
// the store replaces the draft in place: the input is never remounted, so focus stays in it
// after Enter (and the next Space types nothing into the page's shortcuts).
import { useState } from 'react';

export interface NumberFieldProps {
  readonly label: string;
  readonly value: number | null;
  readonly min: number;
  readonly max: number;
  readonly step?: number | 'any';
  readonly compact?: boolean;
  /** Returns false when the text is refused (the draft then goes back to the value). */
  readonly onCommit: (text: string) => boolean;
}

export function NumberField({
  label,
  value,
  min,
  max,
  step = 'any',
  compact = false,
  onCommit,
}: NumberFieldProps) {
  const shown = value === null ? '' : String(value);
  const [draft, setDraft] = useState(shown);
  const [base, setBase] = useState(shown);
  if (base !== shown) {
    // the value changed (committed here, or elsewhere): show it (React's derived-state pattern)
    setBase(shown);
    setDraft(shown);
  }
  const commit = (): void => {
    if (draft === shown) return;
    if (!onCommit(draft)) setDraft(shown);
  };
  return (
    <label className={compact ? 'field compact' : 'field'}>
      <span>{label}</span>
      <input
        type="number"
        inputMode="decimal"
        step={step}
        min={min}
        max={max}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </label>
  );
}
