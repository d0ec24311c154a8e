// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NeuronThumbnail } from '../../../../src/components/DataViews/Plane/NeuronThumbnail';
import { neuronImage } from '../../../../src/viz/plane';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

// a 2×2 grid of a layer with 2 neurons; neuron 1 is a ReLU reading 0, 2, 4, 1
const values = Float64Array.from([0.5, 0, 0.5, 2, 0.5, 4, 0.5, 1]);
const props = {
  values,
  resolution: 2,
  units: 2,
  unit: 1,
  activation: 'relu' as const,
  label: 'Hidden layer 1, neuron 2',
};

function fakeCanvas() {
  const put = vi.fn();
  const ctx = {
    createImageData: (w: number, h: number) => ({ data: new Uint8ClampedArray(w * h * 4) }),
    putImageData: put,
  };
  // a stand-in 2-D context with only the calls the canvas makes (getContext is overloaded)
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(ctx as never);
  return put;
}

describe('NeuronThumbnail', () => {
  it('is a focusable image named after the neuron, 28 px by default', () => {
    fakeCanvas();
    render(<NeuronThumbnail {...props} />);
    const img = screen.getByRole('img', { name: 'Hidden layer 1, neuron 2' });
    expect(img.tabIndex).toBe(0);
    expect((screen.getByTestId('neuron-thumb') as HTMLCanvasElement).style.width).toBe('28px');
  });

  it('draws its own column over a domain symmetric in the largest |a|', () => {
    const put = fakeCanvas();
    render(<NeuronThumbnail {...props} />);
    expect(put).toHaveBeenCalledTimes(1);
    expect([...put.mock.calls[0][0].data]).toEqual([...neuronImage(values, 2, 2, 1, [-4, 4])]);
  });

  it('uses a domain it is given instead', () => {
    const put = fakeCanvas();
    render(<NeuronThumbnail {...props} domain={[-1, 1]} />);
    expect([...put.mock.calls[0][0].data]).toEqual([...neuronImage(values, 2, 2, 1, [-1, 1])]);
  });

  it('enlarges on hover and on focus, and Escape closes the enlargement', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    render(<NeuronThumbnail {...props} enlargedSize={100} />);
    const img = screen.getByRole('img', { name: 'Hidden layer 1, neuron 2' });
    expect(screen.queryByTestId('neuron-thumb-big')).toBeNull();
    fireEvent.pointerEnter(img);
    const big = screen.getByTestId('neuron-thumb-big');
    expect(big.textContent).toBe('Hidden layer 1, neuron 2');
    expect(big.querySelector('canvas')?.style.width).toBe('100px');
    fireEvent.pointerLeave(img);
    expect(screen.queryByTestId('neuron-thumb-big')).toBeNull();
    fireEvent.focus(img);
    expect(screen.getByTestId('neuron-thumb-big')).toBeTruthy();
    fireEvent.keyDown(img, { key: 'Escape' });
    expect(screen.queryByTestId('neuron-thumb-big')).toBeNull();
    fireEvent.blur(img);
    fireEvent.focus(img);
    expect(screen.getByTestId('neuron-thumb-big')).toBeTruthy();
  });
});
