// @vitest-environment jsdom
// TeX in the chain-rule panel: shown as its source at first (KaTeX loads lazily), then
// rendered by KaTeX with the source kept in its MathML annotation; display mode is passed on.
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Tex } from '../../../src/components/ChainRule/Tex';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const tex = '\\frac{\\partial L}{\\partial a_{h_{1}}}';

describe('Tex', () => {
  it('shows the TeX source first, then KaTeX’s rendering of it', async () => {
    const { container } = render(<Tex tex={tex} />);
    const fallback = container.querySelector('code.tex-fallback');
    expect(fallback?.textContent).toBe(tex);
    await waitFor(() => expect(container.querySelector('.katex')).not.toBeNull());
    expect(container.querySelector('code.tex-fallback')).toBeNull();
    const span = container.firstElementChild!;
    expect(span.className).toBe('tex');
    expect(span.querySelector('math')).not.toBeNull(); // MathML for assistive technology
    expect(span.querySelector('annotation[encoding="application/x-tex"]')?.textContent).toBe(tex);
    expect(span.querySelector('.katex-display')).toBeNull();
  });

  it('renders display math as a block', async () => {
    const { container } = render(<Tex tex={tex} display />);
    await waitFor(() => expect(container.querySelector('.katex')).not.toBeNull());
    expect(container.firstElementChild!.className).toBe('tex tex-display');
    expect(container.querySelector('.katex-display')).not.toBeNull();
  });

  it('takes focus, named, only when a display formula is wider than its panel', async () => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    let wide = true;
    vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockImplementation(() =>
      wide ? 600 : 300,
    );
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(() => 300);
    const { container, rerender } = render(<Tex tex={tex} display />);
    await waitFor(() => expect(container.querySelector('.katex')).not.toBeNull());
    const span = container.firstElementChild!;
    await waitFor(() => expect(span.getAttribute('tabindex')).toBe('0'));
    expect(span.getAttribute('role')).toBe('group');
    expect(span.getAttribute('aria-label')).toBe('Formula (scrolls sideways)');
    wide = false;
    rerender(<Tex tex="x + y" display />);
    await waitFor(() => expect(container.firstElementChild!.getAttribute('tabindex')).toBeNull());
    // inline formulas never take focus
    wide = true;
    const inline = render(<Tex tex={tex} />);
    await waitFor(() => expect(inline.container.querySelector('.katex')).not.toBeNull());
    expect(inline.container.firstElementChild!.getAttribute('tabindex')).toBeNull();
  });
});
