// The embed's notice of what its address asked for and did not get: each ignored key with its
// value and reason, as text. Dismissible; the rest of the address has applied.
import { useState } from 'react';
import type { IgnoredKey } from '../scenario/fragment';

export function IgnoredNotice({ ignored }: { readonly ignored: readonly IgnoredKey[] }) {
  const [open, setOpen] = useState(true);
  if (!open || ignored.length === 0) return null;
  return (
    <div className="notice warning lens-ignored" role="status">
      <div>
        <p>Part of this embed’s address was ignored; the rest applies:</p>
        <ul>
          {ignored.map((item, k) => (
            <li key={k}>
              <code>
                {item.key}={item.value}
              </code>{' '}
              {item.reason}
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="dismiss" onClick={() => setOpen(false)}>
        Dismiss
      </button>
    </div>
  );
}
