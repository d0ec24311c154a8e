// Share's Export menu: the run as a PyTorch script (from its starting parameters, one epoch of
// updates), the current weights as JSON, the loss history as CSV and, for a shipped data set,
// the data CSV the script reads. This is the menu's button; its items (ExportMenuItems.tsx) and
// the builders (src/export/appFiles.ts) load when it first opens, so the page stays small.
import { lazy, Suspense, useRef, useState, type KeyboardEvent } from 'react';

const ExportMenuItems = lazy(() => import('./ExportMenuItems'));

export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !details.current?.open) return;
    event.stopPropagation();
    details.current.open = false;
    details.current.querySelector('summary')?.focus();
  };

  return (
    <details
      className="export-menu"
      ref={details}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      onKeyDown={onKeyDown}
    >
      <summary>Export</summary>
      {open && (
        <Suspense fallback={<p role="status">Loading the export menu…</p>}>
          <ExportMenuItems />
        </Suspense>
      )}
    </details>
  );
}
