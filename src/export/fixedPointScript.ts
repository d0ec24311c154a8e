// A fixed-point (Almeida–Pineda) scenario as a standalone PyTorch script. No torch module
// relaxes to a fixed point, so the net is explicit tensor code mirroring engine/fixedpoint/
// relax.ts: the forward relaxation to x*, the loss at the output units, the adjoint relaxation
// to v* and the outer-product gradients, set as .grad by hand; then the shared regularization,
// clipping and torch.optim step. A relaxation that does not settle refuses the update as the
// CLI does: the same message on stderr, exit code 3.
import type { FixedPointSpec } from '../engine/fixedpoint/types';
import type { ParamLayout } from '../engine/layout';
import type { Dataset, LossName, TrainerConfig } from '../engine/types';
import { activationCode, clipLines, optimizerLines, regularizationLines } from './pieces';
import { matrixRows, pyFloat, pyFloats, pyInts, pyListBlock } from './python';
import { scheduleOf } from './schedule';
import { plural, scheduleBlock, scriptHeader, trainingLoop } from './scriptParts';

export interface FixedPointExport {
  readonly title: string;
  readonly seed: number;
  readonly spec: FixedPointSpec;
  readonly layout: ParamLayout;
  /** The starting parameters W, V, b (the layout's flat order). */
  readonly params: Float64Array;
  readonly config: TrainerConfig;
  readonly dataset: Dataset;
  readonly trainIndices: ArrayLike<number>;
  readonly updates: number;
}

/** f′(u) from u and a = f(u), as engine/activations.ts computes it. */
function slopeCode(activation: FixedPointSpec['activation']): string {
  switch (activation) {
    case 'sigmoid':
      return 'a * (1 - a)';
    case 'tanh':
      return '1 - a * a';
    case 'relu':
      return '(u > 0).double()';
    case 'leaky-relu':
      return 'torch.where(u > 0, torch.ones_like(u), torch.full_like(u, 0.01))';
    case 'linear':
      return 'torch.ones_like(u)';
  }
}

/** `sample_loss(y, t)`: the loss at the output units and e = ∂L/∂y, as engine/losses.ts. */
function lossCode(loss: LossName): string {
  const head = 'def sample_loss(y, t):\n';
  switch (loss) {
    case 'squared-error':
      return `${head}    """½·Σₖ (yₖ − tₖ)² and its gradient y − t."""\n    return 0.5 * ((y - t) ** 2).sum().item(), y - t\n`;
    case 'mse':
      return `${head}    """(1/K)·Σₖ (yₖ − tₖ)² and its gradient (2/K)·(y − t)."""\n    K = len(t)\n    return ((y - t) ** 2).sum().item() / K, (2 / K) * (y - t)\n`;
    case 'cross-entropy':
      return (
        `${head}    """Binary cross-entropy per output unit (0·log 0 = 0), summed, and its gradient\n` +
        '    (y − t)/(y(1 − y)). The units are the outputs themselves: there are no logits here."""\n' +
        '    value = -(torch.special.xlogy(t, y) + torch.special.xlogy(1 - t, 1 - y)).sum().item()\n' +
        '    return value, (y - t) / (y * (1 - y))\n'
      );
  }
}

function constants(e: FixedPointExport): string {
  const { relaxation, activation, outputUnits } = e.spec;
  return (
    `START = torch.tensor(${pyFloats(relaxation.start)})  # x⁽⁰⁾ of every forward relaxation\n` +
    `TOLERANCE = ${pyFloat(relaxation.tolerance)}  # both relaxations stop once max|Δ| ≤ TOLERANCE…\n` +
    `MAX_ITERATIONS = ${relaxation.maxIterations}  # …or fail after this many iterations\n` +
    `OUTPUT_UNITS = ${pyInts(outputUnits)}  # the units compared with the targets (0-based)\n\n\n` +
    'def f(u):\n' +
    `    """The units' activation, ${activation}."""\n` +
    `    return ${activationCode(activation, 'u')}\n\n\n` +
    'def f_prime(u, a):\n' +
    '    """f′(u), from u and a = f(u) as the app computes it."""\n' +
    `    return ${slopeCode(activation)}\n`
  );
}

function networkClass(e: FixedPointExport): string {
  const { units: N, inputs: I } = e.spec;
  return `class Net(torch.nn.Module):
    """${N} fully connected units (self-loops allowed) driven by ${plural(I, 'input')}: x settles at
    x* = f(W·x* + V·ξ + b). No torch module relaxes to a fixed point, so both relaxations are
    written out, and the gradient is Almeida–Pineda's (outer products of the adjoint's fixed
    point), as in the app — not autograd through the forward iterations, which would
    differentiate the unrolled iterations rather than the fixed point.
    """

    def __init__(self):
        super().__init__()
        self.W = torch.nn.Parameter(torch.zeros(${N}, ${N}))  # W[j][i]: from unit i to unit j
        self.V = torch.nn.Parameter(torch.zeros(${N}, ${I}))  # V[j][i]: from input i to unit j
        self.b = torch.nn.Parameter(torch.zeros(${N}))

    def relax_forward(self, xi):
        """x ← f(W·x + V·ξ + b) from START until max|Δx| ≤ TOLERANCE (or MAX_ITERATIONS, or
        a change that is not finite): x*, the iterations run and the last change."""
        drive = self.V @ xi + self.b
        x = START
        for iteration in range(1, MAX_ITERATIONS + 1):
            x_next = f(self.W @ x + drive)
            change = (x_next - x).abs().max().item()
            x = x_next
            if change <= TOLERANCE or not math.isfinite(change):
                break
        return x, iteration, change

    def slopes(self, x, xi):
        """D = f′(u*), u* = W·x* + V·ξ + b (the diagonal of D)."""
        u = self.W @ x + (self.V @ xi + self.b)
        return f_prime(u, f(u))

    def relax_adjoint(self, d, e):
        """v ← Wᵀ·(D·v) + e from v = 0 until max|Δv| ≤ TOLERANCE (or MAX_ITERATIONS, or
        a change that is not finite): v*, the iterations run and the last change."""
        v = torch.zeros(${N})
        for iteration in range(1, MAX_ITERATIONS + 1):
            v_next = self.W.t() @ (d * v) + e
            change = (v_next - v).abs().max().item()
            v = v_next
            if change <= TOLERANCE or not math.isfinite(change):
                break
        return v, iteration, change
`;
}

function initLines(e: FixedPointExport): string {
  let out =
    '# The exact starting parameters (every double written so that it reads back unchanged).\n' +
    'with torch.no_grad():\n';
  for (const b of e.layout.blocks) {
    const values = e.params.subarray(b.offset, b.offset + b.size);
    if (b.shape.length === 1) {
      out += `    model.${b.name}.copy_(torch.tensor(${pyFloats(values)}))\n`;
    } else {
      const rows = matrixRows(values, b.shape[0], b.shape[1]).map((r) => `        ${r},\n`);
      out += `    model.${b.name}.copy_(torch.tensor([\n${rows.join('')}    ]))\n`;
    }
  }
  return out;
}

/** The CLI's messages for a refused update (engine/fixedpoint/settle.ts), and exit code 3. */
function refusal(tolerance: number): string {
  return `PHASES = {
    "forward": ("forward relaxation", "max|Δx|"),
    "adjoint": ("adjoint relaxation", "max|Δv|"),
}


def js(value):
    """A number that is not finite, spelled as JavaScript (and so the app's messages) spell it."""
    return "NaN" if math.isnan(value) else "Infinity" if value > 0 else "-Infinity"


def unsettled(phase, sample, iterations, change):
    """Why a relaxation failed, in the app's words."""
    name, what = PHASES[phase]
    if not math.isfinite(change):
        return (f"the {name} of sample {sample} did not settle: "
                f"{what} became {js(change)} at iteration {iterations}")
    mantissa, exponent = f"{change:.3e}".split("e")
    return (f"the {name} of sample {sample} did not settle within {iterations} iterations: "
            f"its last change {what} was {mantissa}e{int(exponent):+d} (tolerance ${String(tolerance)})")


def refuse(n, why):
    """Update n is not applied: prints the line the app's command line prints, and exits with
    its code for a refused update, 3."""
    print(f"training diverged: Update {n}: {why}; the update was not applied.", file=sys.stderr)
    sys.exit(3)
`;
}

function trainStep(config: TrainerConfig): string {
  return (
    '@torch.no_grad()  # the gradient is computed by hand below, not by autograd\n' +
    'def train_step(n, batch):\n' +
    '    """One update on the samples `batch`: per sample both relaxations and the outer-product\n' +
    '    gradient, their mean, the step — or no step when a relaxation does not settle."""\n' +
    '    for p in model.parameters():\n' +
    '        p.grad = torch.zeros_like(p)  # frozen biases too (they count in the clip norm)\n' +
    '    loss_sum = 0.0\n' +
    '    for s in batch:\n' +
    '        xi, t = INPUTS[s], TARGETS[s]\n' +
    '        x, iterations, change = model.relax_forward(xi)\n' +
    '        if not change <= TOLERANCE:  # (true for a NaN change too)\n' +
    '            refuse(n, unsettled("forward", s, iterations, change))\n' +
    '        loss, dy = sample_loss(x[OUTPUT_UNITS], t)\n' +
    '        if not math.isfinite(loss):\n' +
    `            refuse(n, f"the loss became {js(loss)} (sample {s}) with learning rate ${String(config.optimizer.learningRate)}")\n` +
    '        e = torch.zeros_like(x)  # e = ∂L/∂x*: dy at the output units, 0 elsewhere\n' +
    '        e[OUTPUT_UNITS] = dy\n' +
    '        d = model.slopes(x, xi)\n' +
    '        v, iterations, change = model.relax_adjoint(d, e)\n' +
    '        if not change <= TOLERANCE:\n' +
    '            refuse(n, unsettled("adjoint", s, iterations, change))\n' +
    '        delta = d * v  # δ = D·v*\n' +
    '        model.W.grad += torch.outer(delta, x)  # ∂L/∂W = δ·x*ᵀ\n' +
    '        model.V.grad += torch.outer(delta, xi)  # ∂L/∂V = δ·ξᵀ\n' +
    '        model.b.grad += delta  # ∂L/∂b = δ\n' +
    '        loss_sum += loss\n' +
    '    for p in model.parameters():\n' +
    '        p.grad /= len(batch)  # the batch gradient is the mean over its samples\n' +
    regularizationLines(config.regularization, '    ') +
    clipLines(config.optimizer, '    ') +
    '    optimizer.step()\n' +
    '    print(f"update {n} loss {loss_sum / len(batch)!r}")\n'
  );
}

/** The script (Python source) for the first `e.updates` updates of a fixed-point scenario. */
export function fixedPointScript(e: FixedPointExport): string {
  const { config, dataset } = e;
  const schedule = scheduleOf(config, e.trainIndices, e.seed, e.updates);
  const parts: string[] = [scriptHeader(e.title, e.seed, ['json', 'math', 'sys'])];
  parts.push(
    pyListBlock(
      'INPUTS',
      matrixRows(dataset.inputs, dataset.n, dataset.nIn),
      `The data set as the app prepared it (${plural(dataset.n, 'sample')}, ${plural(dataset.nIn, 'input')} ξ each).`,
    ) +
      pyListBlock(
        'TARGETS',
        matrixRows(dataset.targets, dataset.n, dataset.nOut),
        `One target per output unit and sample${dataset.task === 'classification' ? ' (classes one-hot)' : ''}.`,
      ) +
      'INPUTS = torch.tensor(INPUTS)\nTARGETS = torch.tensor(TARGETS)\n',
  );
  parts.push(scheduleBlock(config, schedule, e.updates, 'samples (rows above)'));
  parts.push(constants(e));
  parts.push(networkClass(e));
  parts.push(
    'model = Net()\n' +
      initLines(e) +
      'WEIGHTS = [model.W, model.V]\nBIASES = [model.b]\n' +
      (config.trainBiases
        ? 'TRAINABLE = WEIGHTS + BIASES\n'
        : '# The scenario keeps biases fixed: their gradients are computed (and clipped) but never applied.\nTRAINABLE = WEIGHTS\n'),
  );
  parts.push(lossCode(config.loss) + '\n\n' + optimizerLines(config.optimizer));
  parts.push(refusal(e.spec.relaxation.tolerance));
  parts.push(trainStep(config));
  parts.push(trainingLoop(config.shuffle));
  parts.push(
    '# The final parameters, as the scenario names its blocks (W[j][i] from unit i to unit j).\n' +
      'print(json.dumps({"W": model.W.tolist(), "V": model.V.tolist(), "b": model.b.tolist()}))\n',
  );
  return parts.join('\n\n');
}
