// @vitest-environment jsdom
// Data at the edge of the double range (±1e308, as a scenario's inline data may hold) is drawn
// without a NaN or Infinity in any SVG attribute: the guard is in viz's extent and scales.
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlaneView } from '../../../../src/components/DataViews/Plane/PlaneView';
import { RegressionCurve } from '../../../../src/components/DataViews/Plane/RegressionCurve';
import { planeExtent } from '../../../../src/viz/plane';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const attributes = (root: Element): string[] =>
  [...root.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value));

describe('extreme data', () => {
  it('keeps NaN and Infinity out of the plane’s SVG', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const train = [
      { x: 1e308, y: -1e308, label: 1e308 },
      { x: -1e308, y: 1e308, label: -1e308 },
      { x: 0, y: 0, label: 0 },
    ];
    const extent = planeExtent(train);
    const { container } = render(
      <PlaneView
        grid={null}
        xRange={extent.x}
        yRange={extent.y}
        train={train}
        test={[]}
        classNames={[]}
        task="regression"
        width={300}
      />,
    );
    const values = attributes(container);
    expect(values.filter((v) => /NaN|Infinity/.test(v))).toEqual([]);
    expect(container.querySelectorAll('.pl-marker')).toHaveLength(3);
  });

  it('keeps NaN and Infinity out of the regression curve', () => {
    const { container } = render(
      <RegressionCurve
        xs={[-1e308, 0, 1e308]}
        ys={[1e308, 0, -1e308]}
        train={[{ x: 1e308, y: 1e308 }]}
        width={400}
      />,
    );
    expect(attributes(container).filter((v) => /NaN|Infinity/.test(v))).toEqual([]);
  });
});
