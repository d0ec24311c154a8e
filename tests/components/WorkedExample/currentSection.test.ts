// Which worked-example section a stepping phase belongs to: the per-sample forward, loss and
// backward sections, the gradients while they accumulate, the update last.
import { describe, expect, it } from 'vitest';
import {
  currentSectionKey,
  sectionKey,
} from '../../../src/components/WorkedExample/currentSection';

describe('currentSectionKey', () => {
  it('names the per-sample section of forward, loss and backward phases', () => {
    expect(currentSectionKey({ kind: 'forward', sample: 0, layer: 1 })).toBe('forward:0');
    expect(currentSectionKey({ kind: 'loss', sample: 2 })).toBe('loss:2');
    expect(currentSectionKey({ kind: 'backward', sample: 1, layer: 0 })).toBe('backward:1');
  });

  it('names the gradients while accumulating, the update last, and nothing before a step', () => {
    expect(currentSectionKey({ kind: 'accumulate' })).toBe('gradients');
    expect(currentSectionKey({ kind: 'update' })).toBe('update');
    expect(currentSectionKey(null)).toBeNull();
  });

  it('matches the key of the section it names', () => {
    expect(sectionKey({ kind: 'backward', sample: 1 })).toBe(
      currentSectionKey({ kind: 'backward', sample: 1, layer: 0 }),
    );
    expect(sectionKey({ kind: 'gradients' })).toBe(currentSectionKey({ kind: 'accumulate' }));
  });
});
