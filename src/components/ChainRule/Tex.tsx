// TeX rendered by KaTeX, loaded lazily so the first paint never waits for it. Until KaTeX
// arrives (or if it fails), the TeX source is shown as plain text; once it has, KaTeX's MathML
// is what assistive technology reads. KaTeX builds the DOM itself (`katex.render`): its styles
// then go through the CSSOM, which a strict Content-Security-Policy (`style-src 'self'`) allows,
// where parsed `style="…"` attributes from `renderToString` would be refused.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

type Render = (
  tex: string,
  element: HTMLElement,
  options: { throwOnError: boolean; displayMode: boolean; output: 'htmlAndMathml' },
) => void;
let katexPromise: Promise<Render> | null = null;

function loadKatex(): Promise<Render> {
  katexPromise ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(
    ([m]) => m.default.render as Render,
  );
  return katexPromise;
}

export function Tex({
  tex,
  display = false,
}: {
  readonly tex: string;
  readonly display?: boolean;
}) {
  const [render, setRender] = useState<Render | null>(null);
  // A display formula wider than its panel scrolls sideways: it then takes focus, so a
  // keyboard can scroll it too.
  const box = useRef<HTMLSpanElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!display || !el || typeof ResizeObserver === 'undefined') return;
    let live = true;
    const check = () => {
      if (live) setScrolls(el.scrollWidth > el.clientWidth + 1);
    };
    check();
    // KaTeX's fonts arrive later and widen the formula without resizing its box
    void document.fonts?.ready.then(check);
    document.fonts?.addEventListener('loadingdone', check);
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => {
      live = false;
      document.fonts?.removeEventListener('loadingdone', check);
      observer.disconnect();
    };
  }, [display, render, tex]);
  useEffect(() => {
    let live = true;
    loadKatex().then(
      (r) => {
        if (live) setRender(() => r);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  useLayoutEffect(() => {
    // KaTeX escapes what it renders; the TeX comes from our own explain module.
    if (render && box.current)
      render(tex, box.current, {
        throwOnError: false,
        displayMode: display,
        output: 'htmlAndMathml',
      });
  }, [render, tex, display]);
  if (!render) return <code className="tex-fallback">{tex}</code>;
  return (
    <span
      ref={box}
      className={display ? 'tex tex-display' : 'tex'}
      {...(scrolls
        ? { tabIndex: 0, role: 'group', 'aria-label': 'Formula (scrolls sideways)' }
        : {})}
    />
  );
}
