// What the host reads of an embed (getState, and the step and metrics events), from the store.
// Numbers that are not finite (a diverged loss) become null: they cross as JSON-like data.
import { unflattenParams } from '../engine/network';
import { shareableScenario } from '../scenario/shareable';
import type { Scenario } from '../scenario/schema';
import type { AppStoreState } from '../store';
import { selectPhase, selectTrace } from '../store/selectors';

const num = (x: number | null | undefined): number | null =>
  x === null || x === undefined || !Number.isFinite(x) ? null : x;

export interface Cursor {
  readonly update: number;
  readonly epoch: number;
  /** 1-based; null outside a sample's phases. */
  readonly sample: number | null;
  /** The phase shown, or null when no update is being stepped through. */
  readonly phase: string | null;
}

export function cursorOf(s: AppStoreState): Cursor {
  const trace = selectTrace(s);
  const phase = selectPhase(s);
  return {
    update: trace ? trace.update : (s.frame?.update ?? 0),
    epoch: s.frame?.epoch ?? 1,
    sample: phase && 'sample' in phase ? phase.sample + 1 : null,
    phase: phase ? phase.kind : null,
  };
}

export function metricsOf(s: AppStoreState) {
  const f = s.frame;
  return {
    update: f?.update ?? 0,
    epoch: f?.epoch ?? 1,
    trainLoss: num(f?.train?.loss),
    trainAccuracy: num(f?.train?.accuracy),
    testLoss: num(f?.test?.loss),
    testAccuracy: num(f?.test?.accuracy),
  };
}

export function stepEventOf(s: AppStoreState) {
  const c = cursorOf(s);
  return { update: c.update, epoch: c.epoch, phase: c.phase, loss: num(s.frame?.train?.loss) };
}

export type Include = 'scenario' | 'metrics' | 'weights';

export function lensStateOf(
  s: AppStoreState,
  locked: readonly string[],
  include: readonly Include[] = [],
): Record<string, unknown> {
  const summary = s.summary;
  const out: Record<string, unknown> = {
    title: summary?.title ?? null,
    playing: s.playing,
    locked,
    cursor: cursorOf(s),
    settings: summary
      ? {
          learningRate: summary.optimizer.learningRate,
          batch: summary.batch,
          optimizer: summary.optimizer,
        }
      : null,
  };
  if (include.includes('metrics')) out.metrics = metricsOf(s);
  if (include.includes('scenario') && s.shareable)
    out.scenario = shareableScenario(s.shareable.scenario as Scenario, s.shareable.initial);
  if (include.includes('weights') && summary && s.frame)
    out.weights = unflattenParams(summary.sizes, s.frame.params);
  return out;
}
