// The parts of an exported PyTorch script every network kind shares: activations, the loss
// (with the engine's conventions), regularization, clipping and the optimizer — each checked
// against the engine's rule (engine/losses.ts, regularization.ts, clip.ts, optimizers.ts).
import { hasFusedDelta } from '../engine/losses';
import type {
  ActivationName,
  LossName,
  OptimizerConfig,
  RegularizationConfig,
} from '../engine/types';
import { pyFloat } from './python';

/** f(z) as a Python expression over the tensor expression `z` (rows are samples). */
export function activationCode(name: ActivationName, z: string): string {
  switch (name) {
    case 'sigmoid':
      return `torch.sigmoid(${z})`;
    case 'tanh':
      return `torch.tanh(${z})`;
    case 'relu':
      return `torch.relu(${z})`;
    case 'leaky-relu':
      return `torch.nn.functional.leaky_relu(${z}, 0.01)`;
    case 'linear':
      return z;
    case 'softmax':
      return `torch.softmax(${z}, dim=-1)`;
  }
}

/**
 * A Python function `sample_losses(z, t)`: each row's loss from the output pre-activation z,
 * the output activation applied inside (cross-entropy after sigmoid or softmax is computed
 * from z, as the engine does, so it stays finite where y rounds to 0 or 1).
 */
export function lossFunction(loss: LossName, output: ActivationName): string {
  const head = 'def sample_losses(z, t):\n';
  if (hasFusedDelta(loss, output)) {
    if (output === 'softmax')
      return (
        head +
        '    """Categorical cross-entropy −Σₖ tₖ log softmax(z)ₖ, one value per row."""\n' +
        '    return -(t * torch.log_softmax(z, dim=-1)).sum(dim=-1)\n'
      );
    return (
      head +
      '    """Binary cross-entropy per output, from the logits z, summed over the outputs."""\n' +
      "    return torch.nn.functional.binary_cross_entropy_with_logits(z, t, reduction='none').sum(dim=-1)\n"
    );
  }
  const y = `    y = ${activationCode(output, 'z')}\n`;
  switch (loss) {
    case 'squared-error':
      return `${head}    """½·Σₖ (yₖ − tₖ)², one value per row."""\n${y}    return 0.5 * ((y - t) ** 2).sum(dim=-1)\n`;
    case 'mse':
      return `${head}    """(1/K)·Σₖ (yₖ − tₖ)², one value per row."""\n${y}    return ((y - t) ** 2).sum(dim=-1) / t.shape[-1]\n`;
    case 'cross-entropy':
      return (
        `${head}    """Binary cross-entropy per output (0·log 0 = 0), summed over the outputs."""\n${y}` +
        '    return -(torch.special.xlogy(t, y) + torch.special.xlogy(1 - t, 1 - y)).sum(dim=-1)\n'
      );
  }
}

/** Lines (indented by `indent`) adding the penalty's gradient to every weight's .grad. */
export function regularizationLines(reg: RegularizationConfig, indent: string): string {
  if (reg.kind === 'none') return '';
  const rate = pyFloat(reg.rate);
  const term =
    reg.kind === 'l2'
      ? `${rate} * w  # L2: (rate/2)·Σw² → rate·w`
      : `${rate} * torch.sign(w)  # L1: rate·Σ|w| → rate·sign(w)`;
  return (
    `${indent}# Regularization on weights only, never biases (torch's weight_decay would take every\n` +
    `${indent}# parameter it is given, and adds the term inside the optimizer, after clipping).\n` +
    `${indent}with torch.no_grad():\n` +
    `${indent}    for w in WEIGHTS:\n` +
    `${indent}        w.grad += ${term}\n`
  );
}

/** Lines clipping the global gradient norm exactly as the engine does, or '' without clipping. */
export function clipLines(config: OptimizerConfig, indent: string): string {
  if (config.clipNorm === undefined) return '';
  return (
    `${indent}# Clip by global norm: g ← g·c/‖g‖ when ‖g‖ > c, over every gradient (frozen biases\n` +
    `${indent}# included). Written out because torch.nn.utils.clip_grad_norm_ divides by ‖g‖ + 1e-6.\n` +
    `${indent}with torch.no_grad():\n` +
    `${indent}    norm = torch.sqrt(sum((p.grad ** 2).sum() for p in model.parameters()))\n` +
    `${indent}    if norm > ${pyFloat(config.clipNorm)}:\n` +
    `${indent}        for p in model.parameters():\n` +
    `${indent}            p.grad *= ${pyFloat(config.clipNorm)} / norm\n`
  );
}

/**
 * `optimizer = torch.optim.…(TRAINABLE, …)` with a comment giving the rule. Each torch rule
 * here is the engine's, checked term by term (torch 1.13 source): SGD's momentum buffer starts
 * at g (as v ← μ·0 + g), its Nesterov step is w − η(g + μv); RMSprop adds ε outside the square
 * root; Adam's bias corrections are the closed forms of the engine's.
 */
export function optimizerLines(config: OptimizerConfig): string {
  const lr = pyFloat(config.learningRate);
  switch (config.kind) {
    case 'sgd':
      return `# SGD: w ← w − η·g\noptimizer = torch.optim.SGD(TRAINABLE, lr=${lr})\n`;
    case 'momentum':
      return (
        `# Momentum: v ← μv + g; w ← w − η·${config.nesterov ? '(g + μv)  (Nesterov)' : 'v'}\n` +
        `optimizer = torch.optim.SGD(TRAINABLE, lr=${lr}, momentum=${pyFloat(config.momentum)}, ` +
        `nesterov=${config.nesterov ? 'True' : 'False'})\n`
      );
    case 'rmsprop':
      return (
        '# RMSprop: s ← ρs + (1 − ρ)g²; w ← w − η·g/(√s + ε)  (ε outside the root, as in torch)\n' +
        `optimizer = torch.optim.RMSprop(TRAINABLE, lr=${lr}, alpha=${pyFloat(config.decay)}, eps=${pyFloat(config.epsilon)})\n`
      );
    case 'adam':
      return (
        '# Adam with bias correction: w ← w − η·m̂/(√v̂ + ε)\n' +
        `optimizer = torch.optim.Adam(TRAINABLE, lr=${lr}, betas=(${pyFloat(config.beta1)}, ${pyFloat(config.beta2)}), eps=${pyFloat(config.epsilon)})\n`
      );
  }
}
