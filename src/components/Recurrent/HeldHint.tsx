// The line a held view (worked example, chain rule) shows while training plays: its numbers
// are those from when Play was pressed (or none, when it opened playing), and they follow
// again on Pause.
export function HeldHint({ empty = false }: { readonly empty?: boolean }) {
  return (
    <p className="hint" data-testid="held-hint">
      {empty
        ? 'Training is playing: the chain rule and the tables of every time step appear when you pause.'
        : 'Training is playing: this view shows the values from when it started, and updates when you pause.'}
    </p>
  );
}
