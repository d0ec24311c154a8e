// A fieldset of checkboxes over a list of ids (the embed dialog's panels, controls and locks).
export function CheckList<T extends string>({
  legend,
  items,
  checked,
  onChange,
}: {
  readonly legend: string;
  readonly items: readonly T[];
  readonly checked: ReadonlySet<T>;
  readonly onChange: (id: T, on: boolean) => void;
}) {
  return (
    <fieldset className="check-list">
      <legend>{legend}</legend>
      {items.map((id) => (
        <label key={id} className="check">
          <input
            type="checkbox"
            checked={checked.has(id)}
            onChange={(e) => onChange(id, e.target.checked)}
          />{' '}
          {id}
        </label>
      ))}
    </fieldset>
  );
}
