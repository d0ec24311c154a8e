// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DigitImage } from '../../../../src/components/DataViews/Classes/DigitImage';

afterEach(cleanup);

// A vertical stroke in column 3 of an 8×8 image.
const values = new Float64Array(64);
for (let y = 1; y < 7; y += 1) values[y * 8 + 3] = 1;
values[0] = 0.5;

describe('DigitImage', () => {
  it('is an image named with its true class', () => {
    render(<DigitImage values={values} trueClass="1" />);
    expect(screen.getByRole('img', { name: 'Digit image, true class 1' })).toBeTruthy();
  });

  it('draws 8×8 crisp pixels, black where the ink is 1, grey at 0.5, white at 0', () => {
    render(<DigitImage values={values} size={80} />);
    const svg = screen.getByRole('img', { name: 'Digit image' });
    expect(svg.getAttribute('viewBox')).toBe('0 0 8 8');
    expect(svg.getAttribute('shape-rendering')).toBe('crispEdges');
    const rects = [...svg.querySelectorAll('rect')];
    expect(rects).toHaveLength(64);
    const at = (x: number, y: number) =>
      rects.find((r) => r.getAttribute('x') === String(x) && r.getAttribute('y') === String(y));
    expect(at(3, 4)?.getAttribute('fill')).toBe('#000000');
    expect(at(4, 4)?.getAttribute('fill')).toBe('#ffffff');
    expect(at(0, 0)?.getAttribute('fill')).toBe('#808080');
  });

  it('can be hidden from assistive technology inside a named control', () => {
    render(<DigitImage values={values} label={null} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(document.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });
});
