// The built-in fixed-point (Almeida–Pineda) scenarios. Their ids are a public contract (links
// and course pages use them). The app's picker lists them in their own group (appPresets.ts).
import type { FixedPointScenarioInput } from './fixedPointSchema';

export interface FixedPointPreset {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly scenario: FixedPointScenarioInput;
}

const fixedPoint: FixedPointPreset = {
  id: 'fixed-point',
  title: 'Fixed-point net: 3 units settle, the error settles back',
  description:
    'Three fully connected sigmoid units (self-loops allowed) driven by two inputs; unit 3 is the output and ' +
    'receives no input directly, only through the other units. The forward relaxation x ← σ(W·x + V·ξ + b) ' +
    'settles to x*; the error e at the output is relaxed back through v ← Wᵀ·(D·v) + e to v*, and every ' +
    'gradient is an outer product: ∂L/∂W = δ·x*ᵀ with δ = D·v*. Here ρ(D·W) is about 0.17, so both ' +
    'relaxations settle within 17 iterations to a tolerance of 1e-12.',
  scenario: {
    version: 1,
    title: 'Fixed-point net: 3 units settle, the error settles back',
    seed: 1,
    network: {
      kind: 'fixed-point',
      units: 3,
      inputs: 2,
      outputUnits: [2],
      activation: 'sigmoid',
      init: 'zeros',
      weights: {
        W: [
          [0, 0.4, -0.3],
          [0.2, 0, 0.5],
          [0.6, -0.8, 0.1],
        ],
        V: [
          [0.5, -0.2],
          [0.3, 0.8],
          [0, 0],
        ],
        b: [0.1, -0.1, 0.2],
      },
      relaxation: { start: [0, 0, 0], tolerance: 1e-12, maxIterations: 1000 },
    },
    loss: 'squared-error',
    optimizer: { kind: 'sgd', learningRate: 1 },
    batch: { mode: 'online' },
    data: { kind: 'inline', inputs: [[1, 0.5]], targets: [[0.9]] },
    split: { test: 0 },
    shuffle: false,
  },
};

const fixedPointXor: FixedPointPreset = {
  id: 'fixed-point-xor',
  title: 'Fixed-point net learns XOR by settling',
  description:
    'XOR of two inputs, learned by a fully connected net of 4 sigmoid units that settles for each input: unit 4 ' +
    'is the output, the other three are free to become the hidden features XOR needs. Every update relaxes ' +
    'the net to its fixed point, relaxes the error back to the adjoint’s fixed point and steps along the ' +
    'outer-product gradients. It passes 100% accuracy within 100 epochs. Plain gradient descent keeps the ' +
    'weights moderate, so the net keeps settling as it trains on (checked to 10 000 epochs); larger steps ' +
    'can push ρ(D·W) towards 1, until a relaxation no longer settles and the update is refused.',
  scenario: {
    version: 1,
    title: 'Fixed-point net learns XOR by settling',
    seed: 1,
    network: {
      kind: 'fixed-point',
      units: 4,
      inputs: 2,
      outputUnits: [3],
      activation: 'sigmoid',
      init: 'xavier-uniform',
      relaxation: { tolerance: 1e-10, maxIterations: 1000 },
    },
    loss: 'cross-entropy',
    optimizer: { kind: 'sgd', learningRate: 2 },
    batch: { mode: 'full' },
    data: {
      kind: 'inline',
      inputs: [
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
      ],
      targets: [[0], [1], [1], [0]],
    },
    split: { test: 0 },
    shuffle: false,
  },
};

export const FIXED_POINT_PRESETS: readonly FixedPointPreset[] = [fixedPoint, fixedPointXor];

export function getFixedPointPreset(id: string): FixedPointPreset | undefined {
  return FIXED_POINT_PRESETS.find((p) => p.id === id);
}
