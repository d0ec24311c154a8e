// Reads files of the repository for tests: the shipped data sets (public/data) and docs.
// Paths are resolved from this file on disk, not with `new URL(…, import.meta.url)`, which
// Vite rewrites into a site path under jsdom. Test-only: never imported by src/.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DATA = resolve(ROOT, 'public/data');

/** A shipped data file (public/data/<name>), as the worker's `readText` reads it. */
export const readText = (name: string): Promise<string> => readFile(resolve(DATA, name), 'utf8');

/** A shipped data file (public/data/<name>), read at once. */
export const readTextSync = (name: string): string => readFileSync(resolve(DATA, name), 'utf8');

/** Any file of the repository by its path from the root, e.g. 'docs/recurrent.md'. */
export const readRepoText = (path: string): string => readFileSync(resolve(ROOT, path), 'utf8');
