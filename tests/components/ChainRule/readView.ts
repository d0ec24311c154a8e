// Reading the chain-rule view back: its numbers (d3 writes a minus as U+2212), the factor
// rows of its table, and the TeX behind each formula whether KaTeX has loaded yet or not.
import { within } from '@testing-library/react';

export const number = (text: string | null | undefined): number =>
  Number((text ?? '').trim().replace(/−/g, '-'));

/** The factor rows (between the header row and the product row) of the view's table. */
export function factorRows(container: HTMLElement): HTMLElement[] {
  const table = within(container).getByRole('table', { name: /^Factors of the gradient of / });
  return within(table).getAllByRole('row').slice(1, -1);
}

export const factorValues = (container: HTMLElement): number[] =>
  factorRows(container).map((row) => number(within(row).getAllByRole('cell')[1].textContent));

/** The TeX source of every formula: the fallback's text, or KaTeX's own annotation of it. */
export const texSources = (container: HTMLElement): string[] =>
  Array.from(
    container.querySelectorAll('code.tex-fallback, annotation[encoding="application/x-tex"]'),
    (el) => el.textContent ?? '',
  );

/** The value after " = " in an item such as "v = 0.012345". */
export const termValue = (item: HTMLElement): number =>
  number(item.textContent?.split(' = ').at(-1));
