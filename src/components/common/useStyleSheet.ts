// A component's own CSS, added to the document once as a constructed style sheet. Constructed
// sheets go through the CSSOM, which a strict Content-Security-Policy (`style-src 'self'`)
// allows, where an inline <style> element would be refused. Where constructed sheets are not
// supported (old browsers, jsdom) a <style> element is the fallback.
import { useLayoutEffect } from 'react';

const added = new Set<string>();

function adopt(css: string): void {
  if (added.has(css) || typeof document === 'undefined') return;
  added.add(css);
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
  }
}

/** Adds `css` to the page (once, however many components ask for it). */
export function useStyleSheet(css: string): void {
  useLayoutEffect(() => adopt(css), [css]);
}
