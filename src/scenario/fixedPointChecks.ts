// Cross-field checks of a fixed-point scenario that passed its schema: output units, block
// shapes and the start state against the sizes, the loss against the activation, and the data
// against the inputs and output units.
import { fixedPointLayout } from '../engine/fixedpoint/layout';
import type { ScenarioIssue } from './checks';
import type { FixedPointScenario } from './fixedPointSchema';
import { LIMITS } from './schema';

type Add = (path: string, message: string) => void;

/** Inputs and outputs of the generated and shipped v1 data sets. */
const DATA_SHAPES: Record<string, readonly [number, number]> = {
  xor: [2, 1],
  circle: [2, 1],
  gauss: [2, 1],
  spiral: [2, 1],
  moons: [2, 1],
  sine: [1, 1],
  plane: [2, 1],
  iris: [4, 3],
  digits: [64, 10],
};
const FILE_SAMPLES: Record<string, number> = { iris: 150, digits: 1797 };

function checkNetwork(s: FixedPointScenario, add: Add): void {
  const { units: N, inputs: I, outputUnits, weights, relaxation } = s.network;
  const seen = new Set<number>();
  outputUnits.forEach((unit, k) => {
    if (unit >= N)
      add(`network.outputUnits[${k}]`, `must be below network.units (${N}): units are 0-based`);
    else if (seen.has(unit)) add(`network.outputUnits[${k}]`, `names unit ${unit} twice`);
    seen.add(unit);
  });
  if (relaxation.start && relaxation.start.length !== N)
    add(
      'network.relaxation.start',
      `must have ${N} values (one per unit), not ${relaxation.start.length}`,
    );
  if (!weights) return;
  const matrix = (name: 'W' | 'V', rows: number, cols: number, what: string): void => {
    const W = weights[name];
    if (!W) return;
    if (W.length !== rows) {
      add(`network.weights.${name}`, `must have ${rows} rows (${what}), not ${W.length}`);
      return;
    }
    W.forEach((row, j) => {
      if (row.length !== cols)
        add(`network.weights.${name}[${j}]`, `must have ${cols} entries, not ${row.length}`);
    });
  };
  matrix('W', N, N, 'units × units');
  matrix('V', N, I, 'units × inputs');
  if (weights.b && weights.b.length !== N)
    add('network.weights.b', `must have ${N} entries, not ${weights.b.length}`);
}

function checkData(s: FixedPointScenario, add: Add): void {
  const { inputs: I, outputUnits } = s.network;
  const O = outputUnits.length;
  const data = s.data;
  if (data.kind === 'inline') {
    data.inputs.forEach((row, r) => {
      if (row.length !== I)
        add(`data.inputs[${r}]`, `must have ${I} values (network.inputs), not ${row.length}`);
    });
    if (data.targets.length !== data.inputs.length)
      add(
        'data.targets',
        `must have one target per input row: ${data.inputs.length}, not ${data.targets.length}`,
      );
    data.targets.forEach((t, r) => {
      if (typeof t === 'number') {
        if (O === 1 ? t > 1 : t >= O)
          add(
            `data.targets[${r}]`,
            O === 1
              ? 'a class index for one output unit must be 0 or 1'
              : `class index must be below ${O} (the output units)`,
          );
      } else if (t.length !== O) {
        add(`data.targets[${r}]`, `must have ${O} values (one per output unit), not ${t.length}`);
      }
    });
    return;
  }
  if (data.kind === 'csv') return;
  const [wantIn, wantOut] = DATA_SHAPES[data.kind];
  if (I !== wantIn)
    add('network.inputs', `must be ${wantIn}: the ${data.kind} data set has ${wantIn} inputs`);
  if (O !== wantOut)
    add(
      'network.outputUnits',
      `must name ${wantOut} unit${wantOut > 1 ? 's' : ''}: the ${data.kind} data set has ${wantOut} output${wantOut > 1 ? 's' : ''}`,
    );
}

function sampleCount(data: FixedPointScenario['data']): number {
  switch (data.kind) {
    case 'inline':
      return data.inputs.length;
    case 'csv':
      return data.text.split('\n').filter((line) => line.trim() !== '').length - 1;
    case 'iris':
    case 'digits':
      return FILE_SAMPLES[data.kind];
    default:
      return data.samples;
  }
}

export function checkFixedPointScenario(s: FixedPointScenario): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const add: Add = (path, message) => {
    issues.push({ path, message });
  };
  if (s.loss === 'cross-entropy' && s.network.activation !== 'sigmoid')
    add(
      'loss',
      `"cross-entropy" needs network.activation "sigmoid" (outputs in 0..1), not ${JSON.stringify(s.network.activation)}`,
    );
  checkNetwork(s, add);
  checkData(s, add);
  const params = fixedPointLayout(s.network).size;
  const samples = Math.max(0, sampleCount(s.data));
  if (params * samples > LIMITS.work)
    add(
      '',
      `the network's ${params} parameters × ${samples} samples make ${params * samples}, more than the ${LIMITS.work} (parameters × samples) a browser can train usefully; use fewer samples or units`,
    );
  return issues;
}
