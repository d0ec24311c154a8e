// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LossChart } from '../../../src/components/Charts/LossChart';

afterEach(cleanup);

/** Opens the chart's folded data table, as a click on its summary would. */
function openTable(): HTMLElement {
  const details = document.querySelector('details.chart-table') as HTMLDetailsElement;
  details.open = true;
  fireEvent(details, new Event('toggle'));
  return screen.getByRole('table');
}

const train = [1, 2, 3, 4, 5].map((x) => ({ x, y: 1 / x }));
const test = [1, 3, 5].map((x) => ({ x, y: 1.2 / x }));
const paths = (cls: string) => document.querySelectorAll(`path.${cls}`);

describe('LossChart', () => {
  it('draws one line per series with its number of points, in a region named Loss chart', () => {
    render(
      <LossChart
        series={[
          { key: 'train', label: 'Training loss', points: train },
          { key: 'test', label: 'Test loss', points: test },
        ]}
        width={600}
      />,
    );
    expect(screen.getByRole('region', { name: 'Loss chart' })).toBeTruthy();
    const lines = paths('chart-line');
    expect(lines).toHaveLength(2);
    expect([...lines].map((l) => l.getAttribute('data-points'))).toEqual(['5', '3']);
    // A polyline through n points has n − 1 "L" segments.
    expect((lines[0].getAttribute('d') ?? '').split('L')).toHaveLength(5);
    expect(paths('chart-band')).toHaveLength(0);
  });

  it('describes the data in the image name and offers a data table', () => {
    render(
      <LossChart series={[{ key: 'train', label: 'Training loss', points: train }]} width={600} />,
    );
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toContain('Training loss: 5 points, update 1 to 5');
    expect(img.getAttribute('aria-label')).toContain('lowest 0.2 at update 5');
    expect(screen.queryByRole('table')).toBeNull(); // built only when opened
    const table = openTable();
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 5);
    expect(within(table).getByText('0.3333')).toBeTruthy();
  });

  it('switches to a log scale and leaves out non-positive values with a note', () => {
    const onScaleChange = vi.fn();
    const pts = [
      { x: 1, y: 0.5 },
      { x: 2, y: 0 },
      { x: 3, y: -0.1 },
      { x: 4, y: 0.05 },
    ];
    render(
      <LossChart
        series={[{ key: 'batch', label: 'Batch loss', points: pts }]}
        width={600}
        onScaleChange={onScaleChange}
      />,
    );
    expect(paths('chart-line')[0].getAttribute('data-points')).toBe('4');
    fireEvent.click(screen.getByRole('button', { name: 'Log' }));
    expect(onScaleChange).toHaveBeenCalledWith('log');
    expect(screen.getByRole('button', { name: 'Log' }).getAttribute('aria-pressed')).toBe('true');
    const line = paths('chart-line')[0];
    expect(line.getAttribute('data-points')).toBe('2');
    expect(line.getAttribute('d')).not.toMatch(/NaN|Infinity/);
    expect(screen.getByRole('note').textContent).toBe('2 values ≤ 0 not shown on the log scale.');
  });

  it('says so instead of drawing when a log scale has nothing positive to show', () => {
    render(
      <LossChart
        series={[{ key: 'b', label: 'Batch loss', points: [{ x: 1, y: 0 }] }]}
        scale="log"
        width={400}
      />,
    );
    expect(paths('chart-line')).toHaveLength(0);
    expect(screen.getByText('No positive values to show on a log scale')).toBeTruthy();
  });

  it('draws a min/max band for decimated points', () => {
    const dec = [
      { x: 2, y: 0.5, min: 0.4, max: 0.7 },
      { x: 4, y: 0.3, min: 0.2, max: 0.45 },
      { x: 6, y: 0.2, min: 0.15, max: 0.3 },
    ];
    render(<LossChart series={[{ key: 'batch', label: 'Batch loss', points: dec }]} width={600} />);
    const band = paths('chart-band');
    expect(band).toHaveLength(1);
    expect(band[0].getAttribute('data-series')).toBe('batch');
    expect(openTable().textContent).toContain('0.5 (0.4 to 0.7)');
  });

  it('reads values under a keyboard crosshair with the arrow keys', () => {
    render(
      <LossChart series={[{ key: 'train', label: 'Training loss', points: train }]} width={600} />,
    );
    const explorer = screen.getByLabelText(/arrows read the values/);
    fireEvent.keyDown(explorer, { key: 'ArrowRight' });
    expect(document.querySelector('.chart-readout')?.textContent).toContain('Update 1');
    expect(document.querySelector('.chart-readout')?.textContent).toContain('Training loss: 1');
    fireEvent.keyDown(explorer, { key: 'End' });
    expect(document.querySelector('.chart-readout')?.textContent).toContain('Training loss: 0.2');
    expect(document.querySelector('.chart-crosshair')).not.toBeNull();
    fireEvent.keyDown(explorer, { key: 'Escape' });
    expect(document.querySelector('.chart-crosshair')).toBeNull();
  });

  it('switches between loss per update and per epoch', () => {
    render(
      <LossChart
        series={[{ key: 'train', label: 'Training loss', points: train }]}
        epochSeries={[
          {
            key: 'train',
            label: 'Training loss',
            points: [
              { x: 1, y: 0.4 },
              { x: 2, y: 0.3 },
            ],
          },
        ]}
        width={600}
      />,
    );
    expect(paths('chart-line')[0].getAttribute('data-points')).toBe('5');
    fireEvent.click(screen.getByRole('button', { name: 'Per epoch' }));
    expect(paths('chart-line')[0].getAttribute('data-points')).toBe('2');
    const texts = [...document.querySelectorAll('svg text')].map((t) => t.textContent);
    expect(texts).toContain('Epoch');
    expect(texts).not.toContain('Update');
  });
});
