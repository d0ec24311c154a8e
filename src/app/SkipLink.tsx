// "Skip to settings": the page's first tab stop, shown only while focused. It moves focus to
// the first field of the target (the learning rate), past the toolbar, graph and data panel.
// No hash change: the address may carry a share link's state.
import type { MouseEvent } from 'react';

const FIELD = 'input:not([disabled]), select:not([disabled]), button:not([disabled])';

export function SkipLink({
  target,
  children,
}: {
  readonly target: string;
  readonly children: string;
}) {
  const skip = (e: MouseEvent<HTMLAnchorElement>): void => {
    e.preventDefault();
    const to = document.getElementById(target);
    const field = to?.querySelector<HTMLElement>(FIELD) ?? to;
    field?.focus();
  };
  return (
    <a className="skip-link" href={`#${target}`} onClick={skip}>
      {children}
    </a>
  );
}
