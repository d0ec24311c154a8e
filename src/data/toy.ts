// Seeded 2-D toy sets (classification) and regression sets, drawn from the 'data' stream.
// Trigonometry uses the arithmetic-only detSin/detCos so every engine draws the same points.
import { detCos, detSin } from '../engine/detMath';
import { createRng, type Rng } from '../engine/random';
import type { Dataset } from '../engine/types';
import type { LoadedData, RegressionKind, ToyKind } from './types';

type Point = readonly [x: number, y: number, label: number];

/** noise ∈ [0, 1]: the standard deviation of Gaussian jitter as a fraction of the set's scale. */
function drawToy(kind: ToyKind, n: number, noise: number, rng: Rng): Point[] {
  const points: Point[] = [];
  for (let k = 0; k < n; k += 1) {
    const label = k % 2; // balanced classes, interleaved
    switch (kind) {
      case 'xor': {
        // Uniform in [−1, 1]² with a gap of 0.05 kept clear along both axes (so the class is
        // never ambiguous); class 1 where x·y > 0.
        const u = 2 * rng.next() - 1;
        const w = 2 * rng.next() - 1;
        const x = u > 0 ? 0.05 + 0.95 * u : -0.05 + 0.95 * u;
        const y = w > 0 ? 0.05 + 0.95 * w : -0.05 + 0.95 * w;
        const l = x * y > 0 ? 1 : 0;
        points.push([x + noise * 0.3 * rng.normal(), y + noise * 0.3 * rng.normal(), l]);
        break;
      }
      case 'circle': {
        // Class 1: a disc of radius 0.5; class 0: a ring from 0.7 to 1.
        const r = label === 1 ? 0.5 * Math.sqrt(rng.next()) : 0.7 + 0.3 * rng.next();
        const angle = 2 * Math.PI * rng.next();
        points.push([
          r * detCos(angle) + noise * 0.2 * rng.normal(),
          r * detSin(angle) + noise * 0.2 * rng.normal(),
          label,
        ]);
        break;
      }
      case 'gauss': {
        // Two blobs centred at ±(0.4, 0.4), spread 0.15 + noise·0.35.
        const c = label === 1 ? 0.4 : -0.4;
        const s = 0.15 + noise * 0.35;
        points.push([c + s * rng.normal(), c + s * rng.normal(), label]);
        break;
      }
      case 'spiral': {
        // Two arms, one and a half turns each, the second rotated by π.
        const t = rng.next();
        const r = 0.05 + 0.95 * t;
        const angle = 3 * Math.PI * t + label * Math.PI;
        points.push([
          r * detCos(angle) + noise * 0.1 * rng.normal(),
          r * detSin(angle) + noise * 0.1 * rng.normal(),
          label,
        ]);
        break;
      }
      case 'moons': {
        // Two interleaved half circles, scaled into about [−1, 1]².
        const angle = Math.PI * rng.next();
        const x = label === 0 ? detCos(angle) : 1 - detCos(angle);
        const y = label === 0 ? detSin(angle) : 0.5 - detSin(angle);
        points.push([
          (x - 0.5) * 0.8 + noise * 0.2 * rng.normal(),
          (y - 0.25) * 0.8 + noise * 0.2 * rng.normal(),
          label,
        ]);
        break;
      }
    }
  }
  return points;
}

/** A seeded 2-D classification set: inputs (x₁, x₂), target 0 or 1. */
export function generateToy(
  kind: ToyKind,
  samples: number,
  noise: number,
  seed: number,
): LoadedData {
  const rng = createRng(seed, 'data');
  const points = drawToy(kind, samples, noise, rng);
  const dataset: Dataset = {
    n: samples,
    nIn: 2,
    nOut: 1,
    inputs: Float64Array.from(points.flatMap(([x, y]) => [x, y])),
    targets: Float64Array.from(points.map((p) => p[2])),
    task: 'classification',
  };
  return {
    dataset,
    featureNames: ['x₁', 'x₂'],
    classNames: null,
    label: `${kind} (${samples} points)`,
  };
}

/**
 * Seeded regression sets. sine: x uniform in [−1, 1], t = sin(πx) + noise·0.3·N(0,1).
 * plane: (x₁, x₂) uniform in [−1, 1]², t = 0.6·x₁ − 0.4·x₂ + 0.1 + noise·0.3·N(0,1).
 */
export function generateRegression(
  kind: RegressionKind,
  samples: number,
  noise: number,
  seed: number,
): LoadedData {
  const rng = createRng(seed, 'data');
  const nIn = kind === 'sine' ? 1 : 2;
  const inputs = new Float64Array(samples * nIn);
  const targets = new Float64Array(samples);
  for (let k = 0; k < samples; k += 1) {
    if (kind === 'sine') {
      const x = 2 * rng.next() - 1;
      inputs[k] = x;
      targets[k] = detSin(Math.PI * x) + noise * 0.3 * rng.normal();
    } else {
      const x1 = 2 * rng.next() - 1;
      const x2 = 2 * rng.next() - 1;
      inputs[2 * k] = x1;
      inputs[2 * k + 1] = x2;
      targets[k] = 0.6 * x1 - 0.4 * x2 + 0.1 + noise * 0.3 * rng.normal();
    }
  }
  return {
    dataset: { n: samples, nIn, nOut: 1, inputs, targets, task: 'regression' },
    featureNames: nIn === 1 ? ['x'] : ['x₁', 'x₂'],
    classNames: null,
    label: `${kind} (${samples} points)`,
  };
}
