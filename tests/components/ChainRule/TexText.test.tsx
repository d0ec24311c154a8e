// @vitest-environment jsdom
// A sentence with inline maths (the chain rule's softmax note): words stay text, each \( … \)
// becomes a KaTeX formula, and no TeX delimiter or command reaches the reader as text.
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TexText } from '../../../src/components/ChainRule/TexText';

afterEach(cleanup);

describe('TexText', () => {
  it('renders each inline formula with KaTeX between the words', async () => {
    const { container } = render(
      <p>
        <TexText text="so \(\partial L/\partial z_j\); this is exactly \(a_{1} - t_{1}\)." />
      </p>,
    );
    await waitFor(() => expect(container.querySelectorAll('.katex')).toHaveLength(2));
    const annotations = [...container.querySelectorAll('annotation')].map((a) => a.textContent);
    expect(annotations).toEqual(['\\partial L/\\partial z_j', 'a_{1} - t_{1}']);
    const words = [...container.firstElementChild!.childNodes]
      .filter((n) => n.nodeType === 3)
      .map((n) => n.textContent);
    expect(words).toEqual(['so ', '; this is exactly ', '.']);
  });

  it('leaves a sentence without maths as it is', () => {
    const { container } = render(<TexText text="No maths here." />);
    expect(container.textContent).toBe('No maths here.');
    expect(container.querySelector('.tex')).toBeNull();
  });
});
