// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WeightPictures } from '../../../../src/components/DataViews/Classes/WeightPictures';
import { NEGATIVE, POSITIVE } from '../../../../src/viz/colors';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

// 2×2 inputs, 3 hidden units, 2 outputs: W0 [3, 4] then b0, W1, b1 (which must be ignored).
const sizes = [4, 3, 2];
// prettier-ignore
const params = new Float64Array([
  1, -1, 0, 0.5,
  -2, 0, 0, 0,
  0.25, 0.25, 0.25, 0.25,
  9, 9, 9, // b0
  9, 9, 9, 9, 9, 9, // W1
  9, 9, // b1
]);

/** A fake 2-D context per canvas that records what was painted where. */
function recordCanvas() {
  const painted = new Map<HTMLCanvasElement, Map<string, string>>();
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (
    this: HTMLCanvasElement,
  ) {
    const cells = new Map<string, string>();
    painted.set(this, cells);
    const ctx = {
      fillStyle: '',
      fillRect(x: number, y: number) {
        cells.set(`${x},${y}`, ctx.fillStyle);
      },
    };
    return ctx as unknown as CanvasRenderingContext2D;
  } as unknown as HTMLCanvasElement['getContext']);
  return painted;
}

describe('WeightPictures', () => {
  it('draws one focusable, named tile per hidden unit', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    render(<WeightPictures params={params} sizes={sizes} />);
    const tiles = screen.getAllByRole('button');
    expect(tiles.map((t) => t.getAttribute('aria-label'))).toEqual([
      'Hidden unit 1 weights',
      'Hidden unit 2 weights',
      'Hidden unit 3 weights',
    ]);
    tiles[1].focus();
    expect(document.activeElement).toBe(tiles[1]);
    const canvas = tiles[0].querySelector('canvas') as HTMLCanvasElement;
    expect([canvas.width, canvas.height]).toEqual([2, 2]);
    expect(canvas.style.imageRendering).toBe('pixelated');
  });

  it('calls onSelectUnit with the 0-based unit and marks the selected tile', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const onSelectUnit = vi.fn();
    render(
      <WeightPictures params={params} sizes={sizes} selectedUnit={2} onSelectUnit={onSelectUnit} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Hidden unit 2 weights' }));
    expect(onSelectUnit).toHaveBeenCalledWith(1);
    expect(
      screen.getByRole('button', { name: 'Hidden unit 3 weights' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(
      screen.getByRole('button', { name: 'Hidden unit 1 weights' }).getAttribute('aria-pressed'),
    ).toBe('false');
  });

  it('paints W0[j][i] at pixel i, blue positive and vermillion negative on a shared scale', () => {
    const painted = recordCanvas();
    render(<WeightPictures params={params} sizes={sizes} />);
    const canvases = [...document.querySelectorAll('canvas')];
    const unit0 = painted.get(canvases[0]);
    const unit1 = painted.get(canvases[1]);
    expect(unit0?.size).toBe(4);
    // Largest |w| of the layer is 2 (unit 2's first weight), so only it is at full colour.
    expect(unit1?.get('0,0')).toBe(NEGATIVE);
    expect(unit0?.get('0,0')).not.toBe(POSITIVE);
    expect(screen.getByText(/full colour at \|w\| = 2/)).toBeTruthy();
  });

  it('scales each tile to its own largest weight when asked', () => {
    const painted = recordCanvas();
    render(<WeightPictures params={params} sizes={sizes} scale="unit" />);
    const [c0] = document.querySelectorAll('canvas');
    expect(painted.get(c0)?.get('0,0')).toBe(POSITIVE);
    expect(painted.get(c0)?.get('1,0')).toBe(NEGATIVE);
  });
});
