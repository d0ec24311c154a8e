// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GradientNormChart } from '../../../src/components/Charts/GradientNormChart';

afterEach(cleanup);

const paths = (cls: string) => document.querySelectorAll(`path.${cls}`);

describe('GradientNormChart', () => {
  const layers = [
    [1, 2, 3].map((x) => ({ x, y: 1e-6 * x })),
    [1, 2, 3].map((x) => ({ x, y: 0.5 * x })),
  ];

  it('draws one line per layer on a log axis with a legend of the latest values', () => {
    render(<GradientNormChart layers={layers} width={500} />);
    expect(screen.getByRole('region', { name: 'Gradient norms' })).toBeTruthy();
    expect(paths('chart-line')).toHaveLength(2);
    expect(screen.getByText('Layer 1: 3e-6')).toBeTruthy();
    expect(screen.getByText('Layer 2: 1.5')).toBeTruthy();
    // Power-of-ten ticks span the six decades between the layers.
    const ticks = [...document.querySelectorAll('svg text')].map((t) => t.textContent);
    expect(ticks).toEqual(expect.arrayContaining(['1e-6', '1e-4', '0.01', '1']));
  });

  it('gives the layers their own dash patterns and takes custom labels', () => {
    render(<GradientNormChart layers={layers} labels={['W1', 'W2']} width={500} />);
    const dashes = [...paths('chart-line')].map((p) => p.getAttribute('stroke-dasharray'));
    expect(new Set(dashes).size).toBe(2);
    expect(screen.getByText('W2: 1.5')).toBeTruthy();
  });
});
