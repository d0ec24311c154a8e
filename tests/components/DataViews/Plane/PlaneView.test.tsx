// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  PlaneView,
  type PlaneViewProps,
} from '../../../../src/components/DataViews/Plane/PlaneView';
import { NEGATIVE, POSITIVE } from '../../../../src/viz/colors';
import { gridImage, type PlaneGrid } from '../../../../src/viz/plane';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const grid: PlaneGrid = {
  resolution: 3,
  values: Float64Array.from([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]),
  outputs: 1,
  domain: [0, 1],
};

// 0.5 sits on the boundary and counts as Red, so Red wins 5 of the 9 grid points.
// width 250 leaves a 200-pixel plotting square: 100 px per unit over [-1, 1]
const base: PlaneViewProps = {
  grid,
  xRange: [-1, 1],
  yRange: [-1, 1],
  train: [
    { x: -0.5, y: -0.5, label: 0 },
    { x: 0.5, y: 0.5, label: 1 },
    { x: 0.5, y: -0.5, label: 1 },
  ],
  test: [
    { x: 0, y: 0.5, label: 0 },
    { x: -0.25, y: 0, label: 1 },
  ],
  classNames: ['Red', 'Blue'],
  task: 'classification',
  width: 250,
};

function noCanvas() {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
}

const markers = (set: 'train' | 'test') => [
  ...document.querySelectorAll<SVGPathElement>(`.pl-${set} .pl-marker`),
];

describe('PlaneView', () => {
  it('is a region named Decision boundary, described by counts per class and the plane’s shares', () => {
    noCanvas();
    render(<PlaneView {...base} />);
    const region = screen.getByRole('region', { name: 'Decision boundary' });
    const summary = document.getElementById(region.getAttribute('aria-describedby') ?? '');
    expect(summary?.textContent).toBe(
      '3 training points: 1 Red, 2 Blue. 2 test points (hidden): 1 Red, 1 Blue. ' +
        'The network predicts Red on 56%, Blue on 44% of the plane.',
    );
  });

  it('calls a regression view Regression surface and colours points by their target', () => {
    noCanvas();
    render(
      <PlaneView
        {...base}
        task="regression"
        grid={{ ...grid, domain: [-1, 1] }}
        train={[
          { x: 0, y: 0, label: -1 },
          { x: 0.5, y: 0, label: 1 },
        ]}
      />,
    );
    expect(screen.getByRole('region', { name: 'Regression surface' })).toBeTruthy();
    expect(markers('train').map((m) => m.getAttribute('fill'))).toEqual([NEGATIVE, POSITIVE]);
    expect(markers('train').map((m) => m.dataset.marker)).toEqual(['circle', 'circle']);
  });

  it('marks classes by shape as well as colour, filled for training points', () => {
    noCanvas();
    render(<PlaneView {...base} />);
    const train = markers('train');
    expect(train.map((m) => m.dataset.marker)).toEqual(['circle', 'cross', 'cross']);
    expect(train.map((m) => m.getAttribute('fill'))).toEqual([NEGATIVE, POSITIVE, POSITIVE]);
    // placed by the scales: (0.5, 0.5) is 150 px right and 50 px down in the plotting square
    expect(train[1].parentElement?.getAttribute('transform')).toBe('translate(150,50)');
  });

  it('shows hollow test points only while "Show test points" is ticked', () => {
    noCanvas();
    render(<PlaneView {...base} />);
    expect(markers('test')).toHaveLength(0);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show test points' }));
    const test = markers('test');
    expect(test.map((m) => m.dataset.marker)).toEqual(['circle', 'cross']);
    expect(test.map((m) => m.getAttribute('fill'))).toEqual(['#ffffff', '#ffffff']);
    expect(test.map((m) => m.getAttribute('stroke'))).toEqual([NEGATIVE, POSITIVE]);
    expect(screen.getByText(/2 test points \(shown\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show test points' }));
    expect(markers('test')).toHaveLength(0);
  });

  it('shows a point the learner added even when it fell in the hidden test split', () => {
    noCanvas();
    const onRemovePoint = vi.fn();
    const test = [
      { x: 0, y: 0.5, label: 0 },
      { x: -0.25, y: 0, label: 1, added: true },
    ];
    render(<PlaneView {...base} test={test} editable onRemovePoint={onRemovePoint} />);
    expect(markers('test')).toHaveLength(1); // only the added one
    const added = screen.getByRole('button', { name: /^Remove test point/ });
    fireEvent.click(added);
    expect(onRemovePoint).toHaveBeenCalledWith(1, 'test'); // its index in the whole split
  });

  it('draws the grid at its resolution on the canvas, largest y on top', () => {
    const put = vi.fn();
    const ctx = {
      createImageData: (w: number, h: number) => ({ data: new Uint8ClampedArray(w * h * 4) }),
      putImageData: put,
    };
    // a stand-in 2-D context with only the calls the canvas makes (getContext is overloaded)
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(ctx as never);
    render(<PlaneView {...base} />);
    const canvas = screen.getByTestId('plane-canvas') as HTMLCanvasElement;
    expect([canvas.width, canvas.height]).toEqual([3, 3]);
    expect(put).toHaveBeenCalledTimes(1);
    expect([...put.mock.calls[0][0].data]).toEqual([...gridImage(grid)]);
    // pixel centres sit on grid points: cells of 100 px, the canvas starts half a cell out
    expect(canvas.style.left).toBe('-50px');
    expect(canvas.style.width).toBe('300px');
  });

  it('says it is waiting while there is no grid', () => {
    noCanvas();
    render(<PlaneView {...base} grid={null} />);
    expect(screen.queryByTestId('plane-canvas')).toBeNull();
    expect(screen.getByText('Computing the prediction…')).toBeTruthy();
    expect(screen.getByText(/not computed yet/)).toBeTruthy();
  });

  it('offers no adding or removing unless editable', () => {
    noCanvas();
    const onAddPoint = vi.fn();
    render(
      <PlaneView
        {...base}
        train={[{ x: 0, y: 0, label: 0, added: true }]}
        onAddPoint={onAddPoint}
        onRemovePoint={vi.fn()}
      />,
    );
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('adds a point of the chosen class where the plane is clicked', () => {
    noCanvas();
    const onAddPoint = vi.fn();
    render(<PlaneView {...base} editable onAddPoint={onAddPoint} />);
    const group = screen.getByRole('group', { name: 'Add class:' });
    expect((within(group).getByRole('radio', { name: 'Red' }) as HTMLInputElement).checked).toBe(
      true,
    );
    fireEvent.click(within(group).getByRole('radio', { name: 'Blue' }));
    const surface = screen.getByRole('button', { name: /^Add a Blue point/ });
    fireEvent.click(surface, { clientX: 150, clientY: 50 });
    expect(onAddPoint).toHaveBeenCalledTimes(1);
    const [x, y, label] = onAddPoint.mock.calls[0];
    expect(x).toBeCloseTo(0.5, 12);
    expect(y).toBeCloseTo(0.5, 12);
    expect(label).toBe(1);
    expect(screen.getByText('Added a Blue point at x1 0.5, x2 0.5.')).toBeTruthy();
  });

  it('adds a point from the keyboard at a cursor the arrow keys move', () => {
    noCanvas();
    const onAddPoint = vi.fn();
    render(<PlaneView {...base} editable onAddPoint={onAddPoint} />);
    const surface = screen.getByRole('button', { name: /^Add a Red point/ });
    act(() => surface.focus());
    expect(document.querySelector('.pl-cursor')).not.toBeNull();
    fireEvent.keyDown(surface, { key: 'ArrowRight' });
    fireEvent.keyDown(surface, { key: 'ArrowRight' });
    fireEvent.keyDown(surface, { key: 'ArrowDown', shiftKey: true });
    expect(surface.getAttribute('aria-label')).toContain('(x1 0.2, x2 -0.5)');
    fireEvent.keyDown(surface, { key: 'Enter' });
    expect(onAddPoint).toHaveBeenCalledWith(0.2, -0.5, 0);
    // the cursor stops at the edge of the plane
    for (let k = 0; k < 10; k += 1)
      fireEvent.keyDown(surface, { key: 'ArrowLeft', shiftKey: true });
    fireEvent.keyDown(surface, { key: ' ' });
    expect(onAddPoint).toHaveBeenLastCalledWith(-1, -0.5, 0);
  });

  it('removes an added point by click, Delete or Backspace, and leaves the others alone', () => {
    noCanvas();
    const onRemovePoint = vi.fn();
    const onAddPoint = vi.fn();
    const train = [...base.train, { x: 0.25, y: 0.75, label: 1, added: true }];
    render(
      <PlaneView
        {...base}
        train={train}
        editable
        onAddPoint={onAddPoint}
        onRemovePoint={onRemovePoint}
      />,
    );
    const buttons = screen.getAllByRole('button', { name: /^Remove/ });
    expect(buttons).toHaveLength(1);
    const point = screen.getByRole('button', {
      name: 'Remove training point: Blue at x1 0.25, x2 0.75',
    });
    expect(point.querySelector('.pl-marker')?.getAttribute('data-marker')).toBe('cross');
    fireEvent.keyDown(point, { key: 'Delete' });
    fireEvent.keyDown(point, { key: 'Backspace' });
    fireEvent.keyDown(point, { key: 'a' });
    fireEvent.click(point);
    expect(onRemovePoint.mock.calls).toEqual([
      [3, 'train'],
      [3, 'train'],
      [3, 'train'],
    ]);
    expect(onAddPoint).not.toHaveBeenCalled();
  });

  it('lets every point be removed on request, test points included, and refocuses after removal', () => {
    noCanvas();
    const onRemovePoint = vi.fn();
    const props = { ...base, editable: true, onRemovePoint, removable: 'all' as const };
    const { rerender } = render(<PlaneView {...props} showTestInitially />);
    expect(screen.getAllByRole('button', { name: /^Remove training point/ })).toHaveLength(3);
    const test = screen.getByRole('button', { name: 'Remove test point: Blue at x1 -0.25, x2 0' });
    fireEvent.click(test);
    expect(onRemovePoint).toHaveBeenLastCalledWith(1, 'test');
    const second = screen.getByRole('button', {
      name: /^Remove training point: Blue at x1 0.5, x2 0.5/,
    });
    act(() => second.focus());
    fireEvent.keyDown(second, { key: 'Delete' });
    expect(onRemovePoint).toHaveBeenLastCalledWith(1, 'train');
    rerender(<PlaneView {...props} showTestInitially train={[base.train[0], base.train[2]]} />);
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      'Remove training point: Blue at x1 0.5, x2 -0.5',
    );
  });

  it('shows a legend entry per class with its marker', () => {
    noCanvas();
    render(<PlaneView {...base} classNames={['A', 'B', 'C']} />);
    const legend = screen.getByRole('list', { name: 'Legend' });
    const items = within(legend).getAllByRole('listitem');
    expect(items.slice(0, 3).map((li) => li.textContent)).toEqual(['A', 'B', 'C']);
    expect(items.slice(0, 3).map((li) => li.querySelector('svg')?.dataset.marker)).toEqual([
      'circle',
      'cross',
      'square',
    ]);
  });
});
