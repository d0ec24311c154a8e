// A number in the worked-example table that the learner can change in place: it shows the
// rounded value (the exact one in its title) and commits typed text on Enter or on leaving
// the cell; untouched text never commits, so rounding cannot change a value. Escape restores
// the value; text that is not a number is refused with a message.
import { useState } from 'react';
import { formatNumber } from '../../explain';

export interface EditableCellProps {
  readonly value: number;
  /** Names the value, e.g. "x₁ of sample 1" (the input's accessible name). */
  readonly label: string;
  readonly onCommit: (value: number) => void;
}

/** A finite number typed by a person: a leading '.', '−' (U+2212) and spaces are accepted. */
export function parseTyped(text: string): number | null {
  const clean = text.trim().replace(/\u2212/g, '-');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(clean)) return null;
  const value = Number(clean);
  return Number.isFinite(value) ? value : null;
}

export function EditableCell({ value, label, onCommit }: EditableCellProps) {
  const shown = formatNumber(value);
  const [draft, setDraft] = useState<string | null>(null);
  const parsed = draft === null ? value : parseTyped(draft);
  const invalid = draft !== null && parsed === null;
  const commit = (): void => {
    if (draft === null) return;
    setDraft(null);
    if (draft !== shown && parsed !== null && parsed !== value) onCommit(parsed);
  };
  return (
    <td className="num editable">
      <input
        type="text"
        inputMode="decimal"
        spellCheck={false}
        aria-label={label}
        aria-invalid={invalid || undefined}
        title={invalid ? `“${draft}” is not a number` : `${label}: ${value} (edit to recompute)`}
        value={draft ?? shown}
        size={Math.max(6, (draft ?? shown).length)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (!invalid) commit();
          } else if (e.key === 'Escape') {
            e.stopPropagation();
            setDraft(null);
          }
        }}
      />
    </td>
  );
}
