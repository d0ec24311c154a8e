// A labelled select over a fixed list of [value, label] options: the shape of most settings.
export interface ChoiceProps<T extends string> {
  readonly label: string;
  /** The chosen value, or '' when none applies (then `placeholder` names the state). */
  readonly value: T | '';
  readonly options: readonly (readonly [T, string])[];
  readonly onChange: (value: T) => void;
  /** Shown, and chosen, while `value` is '' — e.g. "Mixed". */
  readonly placeholder?: string;
  /** The narrower field of a toolbar. */
  readonly compact?: boolean;
}

export function Choice<T extends string>({
  label,
  value,
  options,
  onChange,
  placeholder,
  compact = false,
}: ChoiceProps<T>) {
  return (
    <label className={compact ? 'field compact' : 'field'}>
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as T)}>
        {value === '' && placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
}
