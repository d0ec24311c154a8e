// Which keys of a page address name a scenario, read without the link codec (share.ts), so
// the page decides whether there is a link to open before it loads that code. Pure.

/** Whether a fragment names a scenario (`s` or `preset`), so opening it replaces the run. */
export function namesScenario(hash: string): boolean {
  const keys = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  return keys.has('s') || keys.has('preset');
}

/** Whether an address may carry a scenario or preset (else the page opens its default). */
export function mayOpenLink(where: { readonly search: string; readonly hash: string }): boolean {
  const hash = where.hash.startsWith('#') ? where.hash.slice(1) : where.hash;
  const query = new URLSearchParams(where.search);
  return hash !== '' || query.has('s') || query.has('preset');
}

/**
 * The lesson a fragment opens (`lesson`, and `lstep` from 1), read as parseFragment reads
 * those two keys (the first of each counts; a bad value is no lesson or no step) but without
 * the fragment parser, which the first screen does not otherwise need.
 */
export function lessonOf(hash: string): { id: string; step: number | null } | null {
  const keys = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const id = keys.get('lesson');
  if (id === null || id.length > 400 || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(id)) return null;
  const lstep = keys.get('lstep');
  const step =
    lstep !== null && /^\d{1,4}$/.test(lstep) && Number(lstep) >= 1 ? Number(lstep) : null;
  return { id, step };
}
