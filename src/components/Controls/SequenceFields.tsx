// The sequence settings of any net over sequences (RNN, LSTM, GRU): BPTT full or truncated
// (k1, k2) and the loss over time, which apply live from the next update; the scored steps
// (every step or the last) and the GRU's convention, which reload the scenario and so restart
// training from the same starting weights. Every value goes through the one validator first:
// a refused one is named with its reason and nothing changes.
import type { BpttConfig, SequenceConfig } from '../../engine/recurrent/types';
import { settingRefusal } from '../../scenario/settingRefusal';
import {
  readoutChangeable,
  withGruConvention,
  withSequence,
  type SequenceScenario,
} from '../../scenario/recurrentSettings';
import { isGatedScenario } from '../../scenario/validate';
import type { AppActions } from '../../store/types';
import { Choice } from './Choice';
import { NumberField } from './NumberField';
import { quoteTyped } from './quoteTyped';

export interface SequenceFieldsProps {
  /** The scenario shown, with the sequence settings in force. */
  readonly scenario: SequenceScenario;
  /** The steps of its sequences (null for inline sequences of their own lengths). */
  readonly length: number | null;
  readonly actions: Pick<AppActions, 'notify' | 'configure' | 'changeSetting'>;
}

export function SequenceFields({ scenario, length, actions }: SequenceFieldsProps) {
  const { bptt, lossOverTime, readout } = scenario.sequence;
  /** Validated, then put in force from the next update (the weights learned so far stay). */
  const live = (setting: string, change: Partial<SequenceConfig>): boolean => {
    const refused = settingRefusal(setting, withSequence(scenario, change));
    if (refused !== null) {
      actions.notify('error', refused);
      return false;
    }
    actions.configure({
      sequence: {
        ...(change.bptt ? { bptt: change.bptt } : {}),
        ...(change.lossOverTime ? { lossOverTime: change.lossOverTime } : {}),
      },
    });
    return true;
  };
  const truncation = (setting: string, text: string, next: (n: number) => BpttConfig) => {
    const n = Number(text);
    if (text.trim() === '' || !Number.isInteger(n)) {
      actions.notify('error', `${setting}: ${quoteTyped(text)} is not a whole number.`);
      return false;
    }
    return live(setting, { bptt: next(n) });
  };
  const truncated = bptt.mode === 'truncated' ? bptt : null;
  const gru = isGatedScenario(scenario) && scenario.network.kind === 'gru' ? scenario : null;
  return (
    <>
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
          live('Truncation', { bptt: mode === 'full' ? { mode } : { mode, k1: k, k2: k } });
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
            onCommit={(t) => truncation('Truncation k1', t, (k1) => ({ ...truncated, k1 }))}
          />
          <NumberField
            label="Truncation k2"
            value={truncated.k2}
            min={1}
            max={1000}
            step={1}
            compact
            onCommit={(t) => truncation('Truncation k2', t, (k2) => ({ ...truncated, k2 }))}
          />
          <p className="note">
            A backward sweep every k1 steps, each going back over k2 steps (k2 counts the step it
            starts from); paths further back are dropped.
          </p>
        </>
      )}
      <Choice
        label="Loss over time"
        value={lossOverTime}
        options={[
          ['sum', 'Sum of the steps'],
          ['mean', 'Mean of the steps'],
        ]}
        onChange={(value) => void live('Loss over time', { lossOverTime: value })}
      />
      {readoutChangeable(scenario) && (
        <Choice
          label="Scored steps"
          value={readout}
          options={[
            ['every-step', 'Every step'],
            ['last-step', 'Last step only'],
          ]}
          onChange={(value) =>
            void actions.changeSetting('Scored steps', withSequence(scenario, { readout: value }))
          }
        />
      )}
      {gru && gru.network.kind === 'gru' && (
        <Choice
          label="GRU convention"
          value={gru.network.gru}
          options={[
            ['reset-after', 'PyTorch (reset after Whn)'],
            ['reset-before', 'Reset before Whn'],
          ]}
          onChange={(value) =>
            void actions.changeSetting('GRU convention', withGruConvention(gru, value))
          }
        />
      )}
    </>
  );
}
