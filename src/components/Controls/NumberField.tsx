// A labelled number input that edits a draft and commits on Enter or blur. Render it with
// key={value} so a new value from the store replaces the draft.
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
