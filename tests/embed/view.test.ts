// How an embed's layout, show, hide, controls and lock combine into what it shows.
import { describe, expect, it } from 'vitest';
import { parseFragment } from '../../src/scenario/fragment';
import { resolveView } from '../../src/embed/view';

const view = (hash: string) => resolveView(parseFragment(hash).state);

describe('resolveView', () => {
  it('is the compact layout by default', () => {
    const v = view('#v=1&preset=xor');
    expect(v.layout).toBe('compact');
    expect([...v.panels].sort()).toEqual(['graph', 'settings', 'status']);
    expect(v.controls.has('lr')).toBe(true);
    expect(v.controls.has('optimizer')).toBe(false);
    expect(v.locked.size).toBe(0);
  });

  it('applies controls, then show, then hide', () => {
    const v = view('#layout=graph&controls=play,lr&show=chain,optimizer&hide=play');
    expect([...v.controls].sort()).toEqual(['lr', 'optimizer']);
    // settings appear because their controls do
    expect([...v.panels].sort()).toEqual(['chain', 'graph', 'settings']);
    expect(view('#controls=none').controls.size).toBe(0);
    expect(view('#controls=none').panels.has('settings')).toBe(false);
    expect(view('#show=lr&hide=settings').panels.has('settings')).toBe(false);
  });

  it('locks the settings named, or every setting with all', () => {
    expect([...view('#lock=lr,batch').locked].sort()).toEqual(['batch', 'lr']);
    const all = view('#lock=all');
    expect(all.lockAll).toBe(true);
    expect(all.locked.has('preset') && all.locked.has('import') && all.locked.has('lr')).toBe(true);
    expect(all.locked.has('play')).toBe(false);
  });

  it('falls back to the default for a bad value (the parser lists it)', () => {
    const parsed = parseFragment('#layout=huge&hide=nothing,graph');
    expect(parsed.ignored.map((i) => i.key)).toEqual(['layout', 'hide']);
    expect(resolveView(parsed.state).layout).toBe('compact');
    expect(resolveView(parsed.state).panels.has('graph')).toBe(true);
  });
});
