// Vite: the app build and the dev server. Tests are configured in vitest.config.ts.
// Two pages: the app (index.html) and the embed (embed.html, a fixed unhashed path course pages
// link to). `vite preview` sends the production headers (docs embed.md "Serving"), so the
// end-to-end tests see what production sees; the README gives the same for static hosts.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The policy the app needs. No 'unsafe-inline' for styles: KaTeX is drawn with `katex.render`
 * (styles set through the CSSOM, which CSP allows) and the components only use React `style`
 * props (also the CSSOM); tests/e2e/csp.spec.ts counts violations.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  'frame-ancestors *',
].join('; ');

/** The headers for one request path of the built site (path as requested, no query). */
function headersFor(path: string): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
  if (/(^|\/)embed\/v1\//.test(path)) headers['Access-Control-Allow-Origin'] = '*';
  return headers;
}

/** Fonts stay files: a `data:` font breaks `font-src 'self'`. Small images may still inline. */
const FONT = /\.(woff2?|ttf|otf|eot)$/i;

function productionHeaders(): Plugin {
  return {
    name: 'backprop-lens-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
        for (const [name, value] of Object.entries(headersFor(path))) res.setHeader(name, value);
        res.removeHeader('X-Frame-Options');
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), productionHeaders()],
  base: './',
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    assetsInlineLimit: (file) => (FONT.test(file) ? false : undefined),
    rolldownOptions: {
      input: { main: 'index.html', embed: 'embed.html' },
    },
  },
});
