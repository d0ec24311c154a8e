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
