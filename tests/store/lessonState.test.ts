// The lesson's view of the store reads `metrics.epoch` as the epochs trained (docs lessons.md),
// the number the status bar shows as "Epochs done", not the 1-based epoch in progress.
import { describe, expect, it } from 'vitest';
import { lessonStateOf } from '../../src/store/lessonState';
import type { AppStoreState } from '../../src/store/types';

const state = (frame: { update: number; epoch: number } | null): AppStoreState =>
  ({ frame, summary: null, traces: [], traceIndex: -1, cursor: 0 }) as unknown as AppStoreState;

describe('lessonStateOf', () => {
  it('counts the epochs trained, as the status bar does', () => {
    expect(lessonStateOf(state(null)).metrics.epoch).toBe(0);
    // 15 updates of 15 per epoch: the frame is in epoch 2, one epoch is done
    expect(lessonStateOf(state({ update: 15, epoch: 2 })).metrics).toMatchObject({
      update: 15,
      epoch: 1,
    });
    expect(lessonStateOf(state({ update: 0, epoch: 1 })).metrics.epoch).toBe(0);
  });
});
