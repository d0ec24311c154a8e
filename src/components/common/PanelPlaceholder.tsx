// A stand-in for a panel whose code is still on its way: the panel's frame at about the panel's
// height and one line saying what is coming, so nothing below it jumps when the panel arrives.
// Presentational: no store access.

export function PanelPlaceholder({
  what,
  minHeight,
}: {
  /** What is loading, as the sentence “Loading …” ends, e.g. “the charts”. */
  readonly what: string;
  /** The panel's usual height in CSS pixels. */
  readonly minHeight: number;
}) {
  return (
    <div className="panel panel-placeholder" style={{ minHeight }} aria-busy="true">
      <p className="note">Loading {what}…</p>
    </div>
  );
}
