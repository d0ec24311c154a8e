// Whether an address carries a link is read without the link codec: anything in the fragment,
// or an old query's `s` or `preset`, may; a bare address or other query keys do not.
import { describe, expect, it } from 'vitest';
import { parseFragment } from '../../src/scenario/fragment';
import { lessonOf, mayOpenLink, namesScenario } from '../../src/scenario/linkKeys';

describe('link keys', () => {
  it('sends any fragment, and an old query naming a scenario or preset, to the codec', () => {
    expect(mayOpenLink({ search: '', hash: '#v=1&preset=xor' })).toBe(true);
    expect(mayOpenLink({ search: '', hash: '#theme=dark' })).toBe(true);
    expect(mayOpenLink({ search: '?s=abc&u=3', hash: '' })).toBe(true);
    expect(mayOpenLink({ search: '?preset=xor', hash: '' })).toBe(true);
  });

  it('opens the default for a bare address or one with only other query keys', () => {
    expect(mayOpenLink({ search: '', hash: '' })).toBe(false);
    expect(mayOpenLink({ search: '', hash: '#' })).toBe(false);
    expect(mayOpenLink({ search: '?debug', hash: '' })).toBe(false);
  });

  it('says a fragment names a scenario only for `s` or `preset`', () => {
    expect(namesScenario('#v=1&s=d.xyz')).toBe(true);
    expect(namesScenario('#preset=xor')).toBe(true);
    expect(namesScenario('#theme=dark')).toBe(false);
  });

  it('reads the lesson and its step as the fragment parser does', () => {
    for (const hash of [
      '#lesson=deep-sigmoid&lstep=3',
      '#v=1&lesson=bptt',
      '#lesson=Bad!&lstep=2',
      '#lstep=2',
      '#lesson=a&lstep=0',
      '#lesson=a&lstep=x&lesson=b',
      '',
    ]) {
      const { lesson, lstep } = parseFragment(hash).state;
      expect(lessonOf(hash), hash).toEqual(lesson === null ? null : { id: lesson, step: lstep });
    }
  });
});
