// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MisclassifiedGallery } from '../../../../src/components/DataViews/Classes/MisclassifiedGallery';

afterEach(cleanup);

const names = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const n = 40;
const inputs = new Float64Array(n * 64);
// Sample s has ink at pixel s % 64, so each picture differs.
for (let s = 0; s < n; s += 1) inputs[s * 64 + (s % 64)] = 1;
const items = Array.from({ length: 30 }, (_, k) => ({
  index: k + 5,
  truth: 3,
  predicted: 8,
  confidence: 0.72,
}));

describe('MisclassifiedGallery', () => {
  it('shows the first 24 as captioned buttons and says how many more there are', () => {
    render(<MisclassifiedGallery items={items} inputs={inputs} nIn={64} classNames={names} />);
    expect(screen.getAllByRole('button')).toHaveLength(24);
    expect(screen.getAllByText('3 → 8 (72%)')).toHaveLength(24);
    expect(screen.getByText('and 6 more')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Sample 6: true 3, predicted 8 with 72% confidence' }),
    ).toBeTruthy();
  });

  it('draws each sample’s own image from its row of the inputs', () => {
    render(
      <MisclassifiedGallery items={items} inputs={inputs} nIn={64} classNames={names} cap={2} />,
    );
    const [a, b] = screen.getAllByRole('button');
    const black = (el: HTMLElement) =>
      [...el.querySelectorAll('rect')].findIndex((r) => r.getAttribute('fill') === '#000000');
    expect(black(a)).toBe(5);
    expect(black(b)).toBe(6);
    expect(screen.getByText('and 28 more')).toBeTruthy();
  });

  it('calls onSelectSample with the data-set index (its label counts from 1, like the Sample field)', () => {
    const onSelectSample = vi.fn();
    render(
      <MisclassifiedGallery
        items={items}
        inputs={inputs}
        nIn={64}
        classNames={names}
        onSelectSample={onSelectSample}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /^Sample 13:/ }));
    expect(onSelectSample).toHaveBeenCalledWith(12);
  });

  it('leaves out the "more" line when everything fits', () => {
    render(
      <MisclassifiedGallery
        items={items.slice(0, 3)}
        inputs={inputs}
        nIn={64}
        classNames={names}
      />,
    );
    expect(screen.getAllByRole('button')).toHaveLength(3);
    expect(screen.queryByText(/more/)).toBeNull();
  });

  it('says so when nothing is misclassified', () => {
    render(<MisclassifiedGallery items={[]} inputs={inputs} nIn={64} classNames={names} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByText(/every sample is right/)).toBeTruthy();
  });
});
