// @vitest-environment jsdom
// TeX in the chain-rule panel: shown as its source at first (KaTeX loads lazily), then
// rendered by KaTeX with the source kept in its MathML annotation; display mode is passed on.
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Tex } from '../../../src/components/ChainRule/Tex';

afterEach(cleanup);

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
});
