// The recurrent net's own settings: sequence length, recurrent weight scale, truncated BPTT
// (k1, k2, or full) and gradient clipping: the knobs that make gradients through time vanish
// or explode, and the remedies. Each goes through the one validator; a refused value names the
// setting and changes nothing. Clipping applies live; the others reload the edited scenario.
import type { BpttConfig } from '../../engine/recurrent/types';
import type { OptimizerConfig } from '../../engine/types';
import type { RecurrentScenario } from '../../scenario/recurrentSchema';
import { recurrentScaleOf, withRecurrentScale } from '../../scenario/recurrentShare';
import { sequenceLengthOf, withBptt, withSequenceLength } from '../../scenario/recurrentSettings';
import { isRecurrentScenario, type AppScenario } from '../../scenario/validateCore';
import { useAppStore } from '../../store/context';
import { selectActions } from '../../store/selectors';
import { Choice } from './Choice';
import { NumberField } from './NumberField';
import { quoteTyped } from './quoteTyped';

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
  if (!current || !optimizer || !isRecurrentScenario(current)) return null;
  const scenario: RecurrentScenario = current;
  const length = sequenceLengthOf(scenario);
  const { bptt } = scenario.sequence;
  const whole = (text: string, name: string): number | null => {
    const v = Number(text);
    if (text.trim() === '' || !Number.isInteger(v)) {
      actions.notify('error', `${name}: ${quoteTyped(text)} is not a whole number.`);
      return null;
    }
    return v;
  };
  const setBptt = (name: string, next: BpttConfig): boolean =>
    actions.changeSetting(name, withBptt(scenario, next));
  const clip = optimizer.clipNorm === undefined ? 'off' : String(optimizer.clipNorm);
  const clipOptions = (
    CLIPS.includes(clip as (typeof CLIPS)[number]) ? CLIPS : [...CLIPS, clip]
  ).map((c) => [c, c === 'off' ? 'Off' : `Norm ${c}`] as const);
  const truncated = bptt.mode === 'truncated' ? bptt : null;
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
            const n = whole(t, 'Sequence length');
            return (
              n !== null &&
              actions.changeSetting('Sequence length', withSequenceLength(scenario, n))
            );
          }}
        />
      )}
      <NumberField
        label="Recurrent weight scale"
        value={round(recurrentScaleOf(scenario))}
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
          return actions.changeSetting('Recurrent weight scale', withRecurrentScale(scenario, v));
        }}
      />
      <p className="note">
        Whh starts as the scale × its default draw: above 1 the gradient through time grows
        (explodes), below 1 it shrinks (vanishes).
      </p>
      <Choice
        label="Backpropagation through time"
        value={bptt.mode}
        options={[
          ['full', 'Full'],
          ['truncated', 'Truncated'],
        ]}
        onChange={(mode) => {
          if (mode === bptt.mode) return;
          const k = Math.max(1, Math.min(length ?? 4, 4));
          setBptt('Truncation k1', mode === 'full' ? { mode } : { mode, k1: k, k2: k });
        }}
      />
      {truncated && (
        <>
          <NumberField
            label="Truncation k1"
            value={truncated.k1}
            min={1}
            max={1000}
            step={1}
            compact
            onCommit={(t) => {
              const n = whole(t, 'Truncation k1');
              return n !== null && setBptt('Truncation k1', { ...truncated, k1: n });
            }}
          />
          <NumberField
            label="Truncation k2"
            value={truncated.k2}
            min={1}
            max={1000}
            step={1}
            compact
            onCommit={(t) => {
              const n = whole(t, 'Truncation k2');
              return n !== null && setBptt('Truncation k2', { ...truncated, k2: n });
            }}
          />
        </>
      )}
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
    </section>
  );
}
