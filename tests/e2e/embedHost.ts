// A course page on another origin for the embed tests: a tiny HTTP server on 127.0.0.1 at
// E2E_HOST_PORT (4196 by default) plus the Playwright worker's parallel index (so parallel
// workers do not collide), serving the pages given to it, while the app runs at the preview's
// port: different ports are different origins, as a course page and the app would be.
import { createServer, type Server } from 'node:http';

export const APP = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}`;
const HOST_PORT =
  Number(process.env.E2E_HOST_PORT ?? 4196) + Number(process.env.TEST_PARALLEL_INDEX ?? 0);
export const HOST = `http://127.0.0.1:${HOST_PORT}`;

/** Serves `pages` (path → HTML) until the returned close is called. */
export async function serveHost(pages: Record<string, string>): Promise<() => Promise<void>> {
  const server: Server = createServer((req, res) => {
    const body = pages[(req.url ?? '/').split('?')[0] ?? '/'];
    if (body === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(HOST_PORT, '127.0.0.1', resolve));
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

export const page = (body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course page</title></head><body><main><h1>Course page</h1>${body}</main></body></html>`;
