// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RegressionCurve } from '../../../../src/components/DataViews/Plane/RegressionCurve';

afterEach(cleanup);

const xs = [-1, -0.5, 0, 0.5, 1];
const train = [
  { x: -1, y: 0 },
  { x: 0, y: 0.1 },
  { x: 0.5, y: 1 },
];
const test = [{ x: -0.5, y: -1 }];

const fit = () => document.querySelector('.rc-fit')?.getAttribute('d') ?? null;
const moves = (d: string | null) => (d?.match(/M/g) ?? []).length;
const lines = (d: string | null) => (d?.match(/L/g) ?? []).length;

describe('RegressionCurve', () => {
  it('keeps a diverging fit’s coordinates within what SVG accepts', () => {
    render(<RegressionCurve xs={xs} ys={[0, 1e300, -1e300, 1, 0]} train={train} width={400} />);
    const numbers = (fit() ?? '').match(/-?[\d.]+(e[-+]?\d+)?/gi) ?? [];
    expect(numbers.length).toBeGreaterThan(0);
    for (const n of numbers) expect(Math.abs(Number(n))).toBeLessThan(1e5);
  });

  it('is a region named Fitted curve with a summary of points and the fit', () => {
    render(<RegressionCurve xs={xs} ys={[0, -1, 0, 1, 0]} train={train} test={test} width={400} />);
    const region = screen.getByRole('region', { name: 'Fitted curve' });
    const summary = document.getElementById(region.getAttribute('aria-describedby') ?? '');
    expect(summary?.textContent).toBe(
      '3 training points and 1 test point. The fitted curve runs from y -1 to 1.',
    );
  });

  it('draws the prediction as one line through every x, training points filled and test hollow', () => {
    render(<RegressionCurve xs={xs} ys={[0, -1, 0, 1, 0]} train={train} test={test} width={400} />);
    const d = fit();
    expect(moves(d)).toBe(1);
    expect(lines(d)).toBe(4);
    const trainDots = [...document.querySelectorAll('.rc-train')];
    const testDots = [...document.querySelectorAll('.rc-test')];
    expect(trainDots).toHaveLength(3);
    expect(testDots).toHaveLength(1);
    expect(testDots[0].getAttribute('fill')).toBe('#ffffff');
    expect(trainDots[0].getAttribute('fill')).not.toBe('#ffffff');
    // x = 0 lies in the middle of the nice [-1, 1] axis over 400 - 56 px
    expect(Number(trainDots[1].getAttribute('cx'))).toBeCloseTo(172, 6);
  });

  it('breaks the line at non-finite predictions and draws none while waiting', () => {
    const { rerender } = render(
      <RegressionCurve xs={xs} ys={[0, 1, Number.NaN, 1, 0]} train={train} width={400} />,
    );
    expect(moves(fit())).toBe(2);
    rerender(<RegressionCurve xs={xs} ys={null} train={train} width={400} />);
    expect(fit()).toBeNull();
    expect(screen.getByText(/not computed yet/)).toBeTruthy();
  });
});
