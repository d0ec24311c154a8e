// Recording an incoming frame into the store: histories always, the charts' version at most
// every CHART_REDRAW_MS while playing (a frame that is not playing always redraws them).
import type { Message } from '../protocol/messages';
import { recordFrameInto } from './frameHistories';
import { appendBlockNorms } from './recurrentView';
import type { SliceContext } from './sliceContext';

/** While playing, the charts' version changes at most this often. */
export const CHART_REDRAW_MS = 100;

export type FrameMessage = Extract<Message, { frame: unknown }>;

export function createFrameRecorder(
  { get, set }: Pick<SliceContext, 'get' | 'set'>,
  now: () => number,
  framed: () => void,
): (message: FrameMessage) => void {
  let chartsDrawnAt = -Infinity;
  return ({ frame }) => {
    const histories = recordFrameInto(get().histories, frame);
    const t = now();
    const redraw = !frame.playing || t - chartsDrawnAt >= CHART_REDRAW_MS;
    if (redraw) chartsDrawnAt = t;
    set((s) => ({
      frame,
      histories,
      historyVersion: redraw || histories !== s.histories ? s.historyVersion + 1 : s.historyVersion,
      appliedFrom: frame.appliedFrom ?? s.appliedFrom,
      blockNorms: appendBlockNorms(s.blockNorms, frame, s.summary?.recurrent?.groups),
    }));
    framed();
  };
}
