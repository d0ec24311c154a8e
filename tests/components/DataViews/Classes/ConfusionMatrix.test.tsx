// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfusionMatrix } from '../../../../src/components/DataViews/Classes/ConfusionMatrix';
import { contrastRatio } from '../../../../src/viz/colors';

afterEach(cleanup);

const names = ['setosa', 'versicolor', 'virginica'];
// prettier-ignore
const matrix = new Uint32Array([
  10, 0, 0,
  0, 8, 2,
  0, 1, 9,
]);

describe('ConfusionMatrix', () => {
  it('is a table captioned with its title and accuracy', () => {
    render(<ConfusionMatrix matrix={matrix} classNames={names} title="Test" accuracy={27 / 30} />);
    const table = screen.getByRole('table', { name: /Test: accuracy 90%/ });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
  });

  it('heads columns with predicted classes and rows with true classes, counts as text', () => {
    render(<ConfusionMatrix matrix={matrix} classNames={names} title="Train" accuracy={0.9} />);
    const cols = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(cols).toEqual(['True \\ predicted', ...names]);
    const rowHeads = screen.getAllByRole('rowheader');
    expect(rowHeads.map((h) => h.textContent)).toEqual(names);
    expect(rowHeads.every((h) => h.getAttribute('scope') === 'row')).toBe(true);
    const versicolor = rowHeads[1].closest('tr') as HTMLElement;
    expect(
      within(versicolor)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '8', '2']);
  });

  it('shades cells by their share of the row, with readable text', () => {
    render(<ConfusionMatrix matrix={matrix} classNames={names} title="Train" accuracy={0.9} />);
    const cells = screen.getAllByRole('cell');
    const bg = (k: number) => cells[k].style.background;
    // Row setosa: 10/10 on the diagonal vs 0; row versicolor: 8/10 vs 2/10.
    expect(bg(0)).not.toBe(bg(1));
    expect(bg(4)).not.toBe(bg(5));
    expect(bg(1)).toBe(bg(2));
    for (const c of cells) {
      expect(contrastRatio(c.style.background, c.style.color)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('leaves the accuracy out when it is unknown', () => {
    render(<ConfusionMatrix matrix={matrix} classNames={names} title="Test" accuracy={null} />);
    expect(screen.getByRole('table').querySelector('caption')?.textContent).not.toMatch(/accuracy/);
  });
});
