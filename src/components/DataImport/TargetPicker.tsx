// "Target column(s)": one checkbox per column; every column not ticked is an input. Props only.
import { useId } from 'react';

export interface TargetPickerProps {
  readonly columns: readonly string[];
  readonly targets: readonly number[];
  readonly onChange: (targets: number[]) => void;
}

export function TargetPicker({ columns, targets, onChange }: TargetPickerProps) {
  const hintId = useId();
  const toggle = (c: number, on: boolean): void =>
    onChange(on ? [...targets, c].sort((a, b) => a - b) : targets.filter((t) => t !== c));
  const repeated = (name: string): boolean => columns.indexOf(name) !== columns.lastIndexOf(name);
  return (
    <fieldset className="di-targets" aria-describedby={hintId}>
      <legend>Target column(s)</legend>
      <p id={hintId} className="di-hint">
        What the network learns to predict; every other column is an input.
      </p>
      <ul className="di-target-list">
        {columns.map((name, c) => (
          <li key={c}>
            <label>
              <input
                type="checkbox"
                checked={targets.includes(c)}
                onChange={(e) => toggle(c, e.currentTarget.checked)}
              />
              {repeated(name) ? `${name} (column ${c + 1})` : name}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
