// The chosen optimizer's own settings: momentum's β and Nesterov, RMSProp's decay and ε, Adam's
// β₁, β₂ and ε. Each applies from the next update, like every live setting.
import type { OptimizerConfig } from '../../engine/types';
import { NumberField } from './NumberField';
import { quoteTyped } from './quoteTyped';

export interface OptimizerParamsProps {
  readonly optimizer: OptimizerConfig;
  readonly onChange: (optimizer: OptimizerConfig) => void;
  /** Refusals go here, naming the setting and its range. */
  readonly onRefuse: (message: string) => void;
}

interface Param {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  /** Inclusive lower bound; the upper bound is exclusive (β and decay must stay below 1). */
  readonly min: number;
  readonly below: number;
}

function paramsOf(o: OptimizerConfig): Param[] {
  switch (o.kind) {
    case 'sgd':
      return [];
    case 'momentum':
      return [{ key: 'momentum', label: 'Momentum β', value: o.momentum, min: 0, below: 1 }];
    case 'rmsprop':
      return [
        { key: 'decay', label: 'Decay ρ', value: o.decay, min: 0, below: 1 },
        { key: 'epsilon', label: 'ε', value: o.epsilon, min: 1e-12, below: 1 },
      ];
    case 'adam':
      return [
        { key: 'beta1', label: 'β₁', value: o.beta1, min: 0, below: 1 },
        { key: 'beta2', label: 'β₂', value: o.beta2, min: 0, below: 1 },
        { key: 'epsilon', label: 'ε', value: o.epsilon, min: 1e-12, below: 1 },
      ];
  }
}

export function OptimizerParams({ optimizer, onChange, onRefuse }: OptimizerParamsProps) {
  const commit = (p: Param, text: string): boolean => {
    const v = Number(text);
    if (text.trim() === '' || !Number.isFinite(v) || v < p.min || v >= p.below) {
      onRefuse(
        `${p.label}: ${quoteTyped(text)} is not a number from ${p.min} up to (not including) ${p.below}; it stays ${p.value}.`,
      );
      return false;
    }
    onChange({ ...optimizer, [p.key]: v } as OptimizerConfig);
    return true;
  };
  return (
    <>
      {paramsOf(optimizer).map((p) => (
        <NumberField
          key={`${optimizer.kind}-${p.key}`}
          label={p.label}
          value={p.value}
          min={p.min}
          max={p.below}
          compact
          onCommit={(text) => commit(p, text)}
        />
      ))}
      {optimizer.kind === 'momentum' && (
        <label className="field check">
          <span>Nesterov</span>
          <input
            type="checkbox"
            checked={optimizer.nesterov}
            onChange={(e) => onChange({ ...optimizer, nesterov: e.target.checked })}
          />
        </label>
      )}
    </>
  );
}
