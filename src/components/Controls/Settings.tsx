// Live settings: learning rate and batch mode, applied at the next update and shown as such.
import type { BatchConfig } from '../../engine/types';
import { LIMITS } from '../../scenario/schema';
import { useAppStore } from '../../store/context';
import { selectActions } from '../../store/selectors';
import { Choice } from './Choice';
import { LearningRateSlider } from './LearningRateSlider';
import { NumberField } from './NumberField';
import { quoteTyped } from './quoteTyped';

const MODES: [BatchConfig['mode'], string][] = [
  ['online', 'Online'],
  ['minibatch', 'Mini-batch'],
  ['full', 'Full batch'],
];
const DEFAULT_MINIBATCH = 10;
/** The scenario format's limits: a batch holds at most every sample. */
const MAX_BATCH = LIMITS.samples;
const MAX_RATE = LIMITS.learningRate;

export function Settings() {
  const actions = useAppStore(selectActions);
  const learningRate = useAppStore((s) => s.summary?.optimizer.learningRate ?? null);
  const batch = useAppStore((s) => s.summary?.batch ?? null);
  const appliedFrom = useAppStore((s) => s.appliedFrom);

  const commitLr = (text: string): boolean => {
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > MAX_RATE) {
      actions.notify(
        'error',
        `Learning rate: ${quoteTyped(text)} is not a number from 0 to ${MAX_RATE}; it stays ${learningRate ?? ''}.`,
      );
      return false;
    }
    actions.configure({ learningRate: value });
    return true;
  };
  const commitSize = (text: string): boolean => {
    const size = Number(text);
    if (text.trim() === '' || !Number.isInteger(size) || size < 1 || size > MAX_BATCH) {
      actions.notify(
        'error',
        `Batch size: ${quoteTyped(text)} is not a whole number from 1 to ${MAX_BATCH}; it stays ${batch?.mode === 'minibatch' ? batch.size : ''}.`,
      );
      return false;
    }
    actions.configure({ batch: { mode: 'minibatch', size } });
    return true;
  };
  const setMode = (mode: BatchConfig['mode']): void => {
    actions.configure({
      batch: mode === 'minibatch' ? { mode, size: DEFAULT_MINIBATCH } : { mode },
    });
  };

  return (
    <section className="settings" aria-label="Settings">
      <div className="lr-control">
        <NumberField
          label="Learning rate"
          value={learningRate}
          min={0}
          max={MAX_RATE}
          onCommit={commitLr}
        />
        <LearningRateSlider
          value={learningRate}
          onChange={(value) => actions.configure({ learningRate: value })}
        />
      </div>
      <Choice
        label="Batch mode"
        value={batch?.mode ?? 'online'}
        options={MODES}
        onChange={setMode}
      />
      {batch?.mode === 'minibatch' && (
        <NumberField
          label="Batch size"
          value={batch.size}
          min={1}
          max={MAX_BATCH}
          step={1}
          compact
          onCommit={commitSize}
        />
      )}
      {appliedFrom !== null && (
        <p className="applied">The latest settings apply from update {appliedFrom}.</p>
      )}
    </section>
  );
}
