// A lesson step whose patch makes exactly a preset is recognised as that preset (so the app
// names it and shows its views); any other scenario is none.
import { describe, expect, it } from 'vitest';
import { presetIdOf } from '../../src/lessons/presetOf';
import { parseLessonText, type Lesson } from '../../src/lessons/validate';
import { readRepoText } from '../helpers/files';

function lesson(id: string): Lesson {
  const result = parseLessonText(readRepoText(`public/lessons/${id}.json`));
  if (!result.ok) throw new Error(`${id} does not validate`);
  return result.lesson;
}

const presetAt = (l: Lesson, stepId: string): string | null => {
  const step = l.steps.find((s) => s.step.id === stepId);
  if (!step) throw new Error(`no step ${stepId}`);
  return presetIdOf(step.scenario);
};

describe('presetIdOf', () => {
  it('names the presets lessons 7 and 10 patch their way to', () => {
    const vanishing = lesson('vanishing-gradients');
    expect(presetAt(vanishing, 'digits-sigmoid')).toBe('deep-sigmoid');
    expect(presetAt(vanishing, 'batch-norm')).toBe('deep-sigmoid-bn');
    expect(presetAt(vanishing, 'bn-loss')).toBe('deep-sigmoid-bn');
    const bptt = lesson('backprop-through-time');
    expect(presetAt(bptt, 'unrolled')).toBe('rnn-memory');
    expect(presetAt(bptt, 'lstm')).toBe('lstm-memory');
  });

  it('names none for a scenario that differs from every preset', () => {
    const vanishing = lesson('vanishing-gradients');
    expect(presetAt(vanishing, 'deep-net')).toBeNull();
    expect(presetAt(vanishing, 'relu')).toBeNull();
    const bn = vanishing.steps.find((s) => s.step.id === 'batch-norm')!.scenario;
    expect(presetIdOf({ ...bn, seed: 2 })).toBeNull();
  });
});
