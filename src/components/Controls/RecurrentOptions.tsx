// A net over sequences' own settings (an Elman RNN, an LSTM or a GRU): sequence length, the
// RNN's recurrent weight scale, truncated BPTT (k1, k2, or full), the loss over time, the
// scored steps, the GRU's convention and gradient clipping: the knobs that make gradients
// through time vanish or explode, and the remedies. Each goes through the one validator; a
// refused value names the setting and changes nothing. Truncation, the loss over time and
// clipping apply live; the others reload the edited scenario (the same starting weights).
import type { OptimizerConfig } from '../../engine/types';
import { recurrentScaleOf, withRecurrentScale } from '../../scenario/recurrentShare';
import {
  isSequenceScenario,
  readoutChangeable,
  sequenceLengthOf,
  withSequenceLength,
  type SequenceScenario,
} from '../../scenario/recurrentSettings';
import { isRecurrentScenario, type AppScenario } from '../../scenario/validateCore';
import { useAppStore } from '../../store/context';
import { selectActions } from '../../store/selectors';
import { Choice } from './Choice';
import { NumberField } from './NumberField';
import { quoteTyped } from './quoteTyped';
import { SequenceFields } from './SequenceFields';

const CLIPS = ['off', '0.5', '1', '2', '5', '10'] as const;
const MAX_SCALE = 10;

/** The optimizer as it is, without a clip norm. */
function withoutClip(optimizer: OptimizerConfig): OptimizerConfig {
  const copy: { -readonly [K in keyof OptimizerConfig]: OptimizerConfig[K] } = { ...optimizer };
  delete copy.clipNorm;
  return copy as OptimizerConfig;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export function RecurrentOptions() {
  const actions = useAppStore(selectActions);
  const current = useAppStore((s) => (s.shareable?.scenario ?? null) as AppScenario | null);
  const optimizer = useAppStore((s) => s.summary?.optimizer ?? null);
  // the sequence settings in force: a live change shows before its checkpoint arrives
  const inForce = useAppStore((s) => s.summary?.recurrent?.sequence ?? null);
  if (!current || !optimizer || !isSequenceScenario(current)) return null;
  const scenario: SequenceScenario = inForce ? { ...current, sequence: inForce } : current;
  const length = sequenceLengthOf(scenario);
  const clip = optimizer.clipNorm === undefined ? 'off' : String(optimizer.clipNorm);
  const clipOptions = (
    CLIPS.includes(clip as (typeof CLIPS)[number]) ? CLIPS : [...CLIPS, clip]
  ).map((c) => [c, c === 'off' ? 'Off' : `Norm ${c}`] as const);
  const gru = scenario.network.kind === 'gru';
  const rnn = isRecurrentScenario(scenario) ? scenario : null;
  const restarts = [
    length !== null && 'the sequence length',
    rnn && 'the weight scale',
    readoutChangeable(scenario) && 'the scored steps',
    gru && 'the GRU convention',
  ].filter((x): x is string => typeof x === 'string');
  return (
    <section className="settings" aria-label="Recurrent options">
      {length !== null && (
        <NumberField
          label="Sequence length"
          value={length}
          min={1}
          max={1000}
          step={1}
          compact
          onCommit={(t) => {
            const n = Number(t);
            if (t.trim() === '' || !Number.isInteger(n)) {
              actions.notify('error', `Sequence length: ${quoteTyped(t)} is not a whole number.`);
              return false;
            }
            return actions.changeSetting('Sequence length', withSequenceLength(scenario, n));
          }}
        />
      )}
      {rnn && (
        <>
          <NumberField
            label="Recurrent weight scale"
            value={round(recurrentScaleOf(rnn))}
            min={0}
            max={MAX_SCALE}
            step={0.1}
            compact
            onCommit={(t) => {
              const v = Number(t);
              if (t.trim() === '' || !Number.isFinite(v) || v < 0 || v > MAX_SCALE) {
                actions.notify(
                  'error',
                  `Recurrent weight scale: ${quoteTyped(t)} is not a number from 0 to ${MAX_SCALE}.`,
                );
                return false;
              }
              return actions.changeSetting('Recurrent weight scale', withRecurrentScale(rnn, v));
            }}
          />
          <p className="note">
            Whh starts as the scale × its default draw: above 1 the gradient through time grows
            (explodes), below 1 it shrinks (vanishes).
          </p>
        </>
      )}
      <SequenceFields scenario={scenario} length={length} actions={actions} />
      <Choice
        label="Gradient clipping"
        value={clip}
        options={clipOptions}
        onChange={(value) => {
          const rest = withoutClip(optimizer);
          actions.configure({
            optimizer: value === 'off' ? rest : { ...rest, clipNorm: Number(value) },
          });
        }}
      />
      <p className="note" data-testid="recurrent-options-note">
        Truncation, the loss over time and clipping apply from the next update and keep what the
        network has learned.
        {restarts.length > 0 &&
          ` Changing ${restarts.join(', ').replace(/, ([^,]*)$/, ' or $1')} restarts training from the same starting weights.`}
      </p>
    </section>
  );
}
