// First-load size: builds the app (production, in memory) and prints, for each HTML page, the
// gzip size of the JavaScript it loads before anything runs — its module script, the
// modulepreload links and their static imports — then every lazy chunk and worker. A measuring
// tool, not a test: no thresholds. Run: `npx tsx tests/bench/bundleSize.ts [--modules]`
// (`--modules` also lists the biggest modules of each first load, before minification).
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

type Output = Rolldown.RolldownOutput['output'][number];
type Chunk = Extract<Output, { type: 'chunk' }>;

/** Gzip bytes as Vite's own report counts them (default level), in kB of 1000 bytes. */
const gz = (code: string | Uint8Array): number => gzipSync(code).length / 1000;
const kb = (n: number): string => `${n.toFixed(2).padStart(8)} kB`;

/** The chunk files an HTML page loads up front: script src and modulepreload hrefs. */
function referencedScripts(html: string): string[] {
  const found = [
    ...html.matchAll(/<script[^>]*\bsrc="\.?\/?([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\.?\/?([^"]+\.js)"/g),
  ];
  return found.map((m) => m[1]);
}

/** `roots` and everything they import statically, transitively. */
function staticClosure(roots: readonly string[], chunks: ReadonlyMap<string, Chunk>): string[] {
  const seen = new Set<string>();
  const visit = (name: string): void => {
    const chunk = chunks.get(name);
    if (!chunk || seen.has(name)) return;
    seen.add(name);
    chunk.imports.forEach(visit);
  };
  roots.forEach(visit);
  return [...seen];
}

/** The biggest modules of some chunks, before minification (a hint of where the bytes are). */
function topModules(names: readonly string[], chunks: ReadonlyMap<string, Chunk>, n = 25): string {
  const rows = names.flatMap((name) =>
    Object.entries(chunks.get(name)!.modules).map(([id, m]) => ({
      id: id.replace(`${process.cwd()}/`, ''),
      size: m.code ? gz(m.code) : 0,
    })),
  );
  rows.sort((a, b) => b.size - a.size);
  return rows
    .slice(0, n)
    .map((r) => `      ${kb(r.size)}  ${r.id}`)
    .join('\n');
}

async function main(): Promise<void> {
  const result = await build({
    mode: 'production',
    logLevel: 'warn',
    build: { write: false, sourcemap: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const all = outputs.flatMap((o) => o.output);
  const chunks = new Map(
    all.filter((o): o is Chunk => o.type === 'chunk').map((c) => [c.fileName, c]),
  );
  const size = (name: string): number => gz(chunks.get(name)!.code);
  const firstLoaded = new Set<string>();
  for (const page of all.filter((o) => o.type === 'asset' && o.fileName.endsWith('.html'))) {
    const html = String((page as Extract<Output, { type: 'asset' }>).source);
    const names = staticClosure(referencedScripts(html), chunks);
    names.forEach((n) => firstLoaded.add(n));
    const total = names.reduce((sum, n) => sum + size(n), 0);
    console.log(`${page.fileName}: first-load JavaScript ${kb(total)} gzip`);
    for (const n of names) console.log(`  ${kb(size(n))}  ${n}`);
    if (process.argv.includes('--modules')) console.log(topModules(names, chunks));
  }
  console.log('lazy chunks (loaded on demand):');
  for (const [name] of chunks)
    if (!firstLoaded.has(name)) console.log(`  ${kb(size(name))}  ${name}`);
  const workers = all.filter((o) => o.type === 'asset' && /\.js$/.test(o.fileName));
  if (workers.length > 0) console.log('workers (their own thread, loaded in parallel):');
  for (const w of workers)
    console.log(`  ${kb(gz((w as Extract<Output, { type: 'asset' }>).source))}  ${w.fileName}`);
}

void main();
