// Changing the data under the same network: samples and noise (generated sets), the test share,
// the seed, a fresh draw, and importing a table. Each change reloads the data; the network keeps
// its weights when its shape still fits, and a notice says which happened.
import { useState } from 'react';
import type { Scenario } from '../../scenario/schema';
import { useAppStore } from '../../store/context';
import { selectActions } from '../../store/selectors';
import { NumberField } from '../Controls/NumberField';
import { CsvImport } from '../DataImport/CsvImport';
import type { CsvShape, CsvSpec } from '../../data/csvPreview';

/** The network an imported table needs: same hidden layers, a suitable output and loss. */
function networkFor(shape: CsvShape, scenario: Scenario) {
  const hidden = scenario.network.layers.slice(1, -1);
  const hiddenActs = scenario.network.activations.slice(0, -1);
  const classes = shape.task === 'classification';
  const out = !classes ? 'linear' : shape.nOut > 1 ? 'softmax' : 'sigmoid';
  return {
    layers: [shape.nIn, ...hidden, shape.nOut],
    activations: [...hiddenActs, out],
    loss: classes ? 'cross-entropy' : 'mse',
  };
}

const whole = (text: string, min: number, max: number): number | null => {
  const v = Number(text);
  return Number.isInteger(v) && v >= min && v <= max ? v : null;
};
const within = (text: string, min: number, max: number): number | null => {
  const v = Number(text);
  return text.trim() !== '' && Number.isFinite(v) && v >= min && v <= max ? v : null;
};

export function DataControls() {
  const actions = useAppStore(selectActions);
  const scenario = useAppStore((s) => (s.shareable?.scenario ?? null) as Scenario | null);
  const [importing, setImporting] = useState(false);
  if (!scenario) return null;
  const data = scenario.data as { kind: string; samples?: number; noise?: number };
  const generated = data.samples !== undefined;
  const refuse = (what: string) => {
    actions.notify('error', what);
    return false;
  };
  return (
    <div className="data-controls">
      <div className="field-row" role="group" aria-label="Data settings">
        {generated && (
          <NumberField
            label="Samples"
            compact
            value={data.samples ?? null}
            min={4}
            max={5000}
            step={1}
            onCommit={(text) => {
              const v = whole(text, 4, 5000);
              if (v === null) return refuse('Samples must be a whole number from 4 to 5000.');
              return actions.changeData({ samples: v });
            }}
          />
        )}
        {generated && (
          <NumberField
            label="Noise"
            compact
            value={data.noise ?? null}
            min={0}
            max={1}
            onCommit={(text) => {
              const v = within(text, 0, 1);
              if (v === null) return refuse('Noise must be a number from 0 to 1.');
              return actions.changeData({ noise: v });
            }}
          />
        )}
        <NumberField
          label="Test share"
          compact
          value={scenario.split.test}
          min={0}
          max={0.9}
          onCommit={(text) => {
            const v = within(text, 0, 0.9);
            if (v === null) return refuse('The test share must be a number from 0 to 0.9.');
            return actions.changeData({ test: v });
          }}
        />
        <NumberField
          label="Seed"
          compact
          value={scenario.seed}
          min={0}
          max={4294967295}
          step={1}
          onCommit={(text) => {
            const v = whole(text, 0, 4294967295);
            if (v === null) return refuse('The seed must be a whole number from 0 to 4294967295.');
            return actions.changeData({ seed: v });
          }}
        />
        {generated && (
          <button
            type="button"
            onClick={() => actions.changeData({ seed: (scenario.seed + 1) >>> 0 })}
          >
            New draw
          </button>
        )}
        <button type="button" aria-expanded={importing} onClick={() => setImporting((v) => !v)}>
          Import data…
        </button>
      </div>
      {importing && (
        <CsvImport
          hiddenLayers={scenario.network.layers.slice(1, -1)}
          onCancel={() => setImporting(false)}
          onImport={(spec: CsvSpec, shape: CsvShape) => {
            if (actions.changeData({ data: spec, network: networkFor(shape, scenario) }))
              setImporting(false);
          }}
        />
      )}
    </div>
  );
}
