// The worked example's copy buttons: the whole table as Markdown or LaTeX (the CLI's
// formats), with a polite status saying it worked or pointing to the CLI when it did not.
import { useState } from 'react';
import { formatWorkedExample, type TableFormat } from '../../explain/format';
import type { WorkedExample } from '../../explain/workedExample';

export function CopyTableButtons({ model }: { readonly model: WorkedExample }) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async (format: TableFormat): Promise<void> => {
    try {
      await navigator.clipboard.writeText(formatWorkedExample(model, format));
      setCopied(`Copied as ${format === 'markdown' ? 'Markdown' : 'LaTeX'}.`);
    } catch {
      setCopied(
        'The browser did not allow copying; use the command line: npm run cli -- trace <file> --format markdown',
      );
    }
  };
  return (
    <div className="buttons">
      <button type="button" onClick={() => void copy('markdown')}>
        Copy as Markdown
      </button>
      <button type="button" onClick={() => void copy('latex')}>
        Copy as LaTeX
      </button>
      <span role="status" aria-live="polite" className="copied">
        {copied}
      </span>
    </div>
  );
}
