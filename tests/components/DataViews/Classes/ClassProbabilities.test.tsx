// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ClassProbabilities } from '../../../../src/components/DataViews/Classes/ClassProbabilities';

afterEach(cleanup);

const names = ['setosa', 'versicolor', 'virginica'];

describe('ClassProbabilities', () => {
  it('lists every class with its probability as text', () => {
    render(
      <ClassProbabilities probabilities={[0.1, 0.25, 0.65]} classNames={names} trueClass={1} />,
    );
    const table = screen.getByRole('table', { name: 'Predicted probabilities' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => within(r).getByRole('cell').textContent)).toEqual([
      '0.1',
      '0.25',
      '0.65',
    ]);
  });

  it('marks the true class with a label and the predicted class in bold with a label', () => {
    render(
      <ClassProbabilities probabilities={[0.1, 0.25, 0.65]} classNames={names} trueClass={1} />,
    );
    const heads = screen.getAllByRole('rowheader');
    expect(heads.map((h) => h.textContent)).toEqual([
      'setosa',
      'versicolor✓ true',
      'virginicapredicted',
    ]);
    const rows = heads.map((h) => h.closest('tr') as HTMLElement);
    expect(rows.map((r) => r.style.fontWeight)).toEqual(['400', '400', '700']);
  });

  it('draws each bar as long as its probability', () => {
    render(
      <ClassProbabilities probabilities={[0.2, 0.8]} classNames={['a', 'b']} trueClass={null} />,
    );
    const bars = [...document.querySelectorAll<HTMLElement>('.bl-probability-bar')];
    expect(bars.map((b) => b.style.width)).toEqual(['20%', '80%']);
    expect(screen.queryByText('✓ true')).toBeNull();
  });
});
