// Architecture and initialisation. Either change draws a new network (said so plainly);
// the data, settings and seed stay.
import { useId, useState } from 'react';
import type { InitName } from '../../engine/types';
import { parseHiddenLayers, reshapeScenario } from '../../scenario/reshape';
import type { Scenario } from '../../scenario/schema';
import { useAppStore } from '../../store/context';
import { selectActions } from '../../store/selectors';

const INITS: [InitName, string][] = [
  ['xavier-uniform', 'Xavier uniform'],
  ['xavier-normal', 'Xavier normal'],
  ['he-uniform', 'He uniform'],
  ['he-normal', 'He normal'],
  ['uniform', 'Uniform ±0.5'],
  ['zeros', 'Zeros'],
];

export function NetworkOptions() {
  const actions = useAppStore(selectActions);
  const current = useAppStore((s) => (s.shareable?.scenario ?? null) as Scenario | null);
  const sizes = current?.network.layers ?? null;
  const [draft, setDraft] = useState<string | null>(null);
  const helpId = useId();
  // a recurrent net (no `layers`) is shaped by its scenario and the recurrent options; a CNN's
  // layers are records, not sizes, and are shaped by its scenario
  if (!current || !Array.isArray(sizes) || sizes.some((x) => typeof x !== 'number')) return null;
  const hiddenText = sizes.slice(1, -1).join(', ');
  // A scenario with its own weights (the worked examples) names an init only as a filler; a
  // new shape drawn from zeros could never break its symmetry, so it gets Xavier instead.
  const given = current.network.weights !== undefined;
  const layerInit: InitName =
    given && current.network.init === 'zeros' ? 'xavier-uniform' : current.network.init;
  const rebuild = (hidden: readonly number[], init: InitName): void => {
    const next = reshapeScenario(current, hidden, init);
    void actions.loadScenario(next, null).then((loaded) => {
      if (loaded)
        actions.notify(
          'info',
          `New network ${next.network.layers.join('-')} (${init}): its weights were drawn afresh, the data and settings stay.`,
        );
    });
  };
  const applyLayers = (): void => {
    if (draft === null || draft === hiddenText) return;
    const parsed = parseHiddenLayers(draft);
    if (typeof parsed === 'string') {
      actions.notify('error', `Hidden layers: ${parsed}. The network stays ${sizes.join('-')}.`);
      setDraft(null);
      return;
    }
    setDraft(null);
    // "8,8" for "8, 8" is no change: keep the trained network
    if (parsed.length === sizes.length - 2 && parsed.every((n, k) => n === sizes[k + 1])) return;
    rebuild(parsed, layerInit);
  };
  return (
    <section className="settings" aria-label="Network options">
      <label className="field">
        <span>Hidden layers</span>
        <input
          type="text"
          inputMode="numeric"
          value={draft ?? hiddenText}
          aria-describedby={helpId}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={applyLayers}
          onKeyDown={(e) => {
            if (e.key === 'Enter') applyLayers();
          }}
        />
      </label>
      <label className="field">
        <span>Initialisation</span>
        <select
          value={given ? 'given' : current.network.init}
          onChange={(e) => rebuild(sizes.slice(1, -1), e.target.value as InitName)}
        >
          {given && (
            <option value="given" disabled>
              The scenario’s own weights
            </option>
          )}
          {INITS.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </label>
      <p id={helpId} className="help">
        Sizes separated by commas, e.g. “8, 8”. Changing either draws new weights.
      </p>
    </section>
  );
}
