// The line a held view (worked example, chain rule) shows while training plays: its numbers
// are those from when Play was pressed, and they follow again on Pause.
export function HeldHint() {
  return (
    <p className="hint" data-testid="held-hint">
      Training is playing: this view shows the values from when it started, and updates when you
      pause.
    </p>
  );
}
