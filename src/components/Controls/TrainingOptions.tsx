// More live settings: optimizer, hidden activation, loss, regularization, dropout and speed.
// Each goes to the worker through the validator and applies from the next update.
import type {
  ActivationName,
  LossName,
  OptimizerConfig,
  RegularizationConfig,
} from '../../engine/types';
import type { Speed } from '../../protocol/messages';
import { useAppStore } from '../../store/context';
import { selectActions } from '../../store/selectors';
import { Choice } from './Choice';
import { NumberField } from './NumberField';
import { OptimizerParams } from './OptimizerParams';
import { quoteTyped } from './quoteTyped';

const OPTIMIZERS: [OptimizerConfig['kind'], string][] = [
  ['sgd', 'SGD'],
  ['momentum', 'Momentum'],
  ['rmsprop', 'RMSProp'],
  ['adam', 'Adam'],
];
const HIDDEN: [ActivationName, string][] = [
  ['sigmoid', 'Sigmoid'],
  ['tanh', 'tanh'],
  ['relu', 'ReLU'],
  ['leaky-relu', 'Leaky ReLU'],
  ['linear', 'Linear'],
];
const LOSSES: [LossName, string][] = [
  ['squared-error', 'Squared error (½Σ)'],
  ['mse', 'Mean squared error'],
  ['cross-entropy', 'Cross-entropy'],
];
const REGULARIZATIONS: [RegularizationConfig['kind'], string][] = [
  ['none', 'None'],
  ['l2', 'L2'],
  ['l1', 'L1'],
];
const SPEEDS: [string, string][] = [
  ['max', 'As fast as possible'],
  ['1', '1 update / s'],
  ['5', '5 updates / s'],
  ['30', '30 updates / s'],
  ['300', '300 updates / s'],
];

/** The new optimizer keeps the learning rate; its other settings take their defaults. */
function optimizerOf(kind: OptimizerConfig['kind'], learningRate: number): OptimizerConfig {
  switch (kind) {
    case 'sgd':
      return { kind, learningRate };
    case 'momentum':
      return { kind, learningRate, momentum: 0.9, nesterov: false };
    case 'rmsprop':
      return { kind, learningRate, decay: 0.99, epsilon: 1e-8 };
    case 'adam':
      return { kind, learningRate, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 };
  }
}

export function TrainingOptions() {
  const actions = useAppStore(selectActions);
  const summary = useAppStore((s) => s.summary);
  const speed = useAppStore((s) => s.speed);
  const playing = useAppStore((s) => s.playing);
  if (!summary) return null;
  // a recurrent (or fixed-point) net's activations and (absent) dropout are its scenario's, not
  // live settings (a CNN's too: its activations are in its layer records)
  const recurrent =
    summary.recurrent !== undefined ||
    summary.fixedPoint !== undefined ||
    summary.cnn !== undefined;
  const hidden = recurrent ? [] : summary.activations.slice(0, -1);
  const sharedHidden = hidden.every((a) => a === hidden[0]) ? hidden[0] : '';
  const reg = summary.regularization;
  const setReg = (
    kind: RegularizationConfig['kind'],
    rate = reg.kind === 'none' ? 0.001 : reg.rate,
  ): void => {
    actions.configure({ regularization: kind === 'none' ? { kind } : { kind, rate } });
  };
  const commitNumber = (
    text: string,
    min: number,
    max: number,
    name: string,
    apply: (v: number) => void,
  ): boolean => {
    const v = Number(text);
    if (text.trim() === '' || !Number.isFinite(v) || v < min || v > max) {
      actions.notify(
        'error',
        `${name}: ${quoteTyped(text)} is not a number from ${min} to ${max}.`,
      );
      return false;
    }
    apply(v);
    return true;
  };
  const setSpeed = (value: string): void => {
    const s: Speed = value === 'max' ? 'max' : Number(value);
    if (playing) actions.play(s);
    else actions.setSpeed(s);
  };
  return (
    <section className="settings" aria-label="Training options">
      <Choice
        label="Optimizer"
        value={summary.optimizer.kind}
        options={OPTIMIZERS}
        onChange={(kind) =>
          actions.configure({ optimizer: optimizerOf(kind, summary.optimizer.learningRate) })
        }
      />
      <OptimizerParams
        optimizer={summary.optimizer}
        onChange={(optimizer) => actions.configure({ optimizer })}
        onRefuse={(message) => actions.notify('error', message)}
      />
      {hidden.length > 0 && (
        <Choice
          label="Activation"
          value={sharedHidden}
          options={HIDDEN}
          placeholder="Mixed"
          onChange={(activation) =>
            actions.configure({
              activations: [
                ...hidden.map(() => activation),
                summary.activations[summary.activations.length - 1],
              ],
            })
          }
        />
      )}
      <Choice
        label="Loss"
        value={summary.loss}
        options={LOSSES}
        onChange={(loss) => actions.configure({ loss })}
      />
      <Choice
        label="Regularization"
        value={reg.kind}
        options={REGULARIZATIONS}
        onChange={(kind) => setReg(kind)}
      />
      {reg.kind !== 'none' && (
        <NumberField
          label="Regularization rate"
          value={reg.rate}
          min={0}
          max={10}
          compact
          onCommit={(t) =>
            commitNumber(t, 0, 10, 'Regularization rate', (v) => setReg(reg.kind, v))
          }
        />
      )}
      {!recurrent && (
        <NumberField
          label="Dropout"
          value={summary.dropout}
          min={0}
          max={0.9}
          step={0.05}
          compact
          onCommit={(t) =>
            commitNumber(t, 0, 0.9, 'Dropout', (v) => actions.configure({ dropout: v }))
          }
        />
      )}
      <Choice label="Speed" value={String(speed)} options={SPEEDS} onChange={setSpeed} />
    </section>
  );
}
