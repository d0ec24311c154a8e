// The LSTM and GRU cells for an exported script, one nn.Linear per gate and input: x_k holds
// Wx·k and the gate's one bias b·k, h_k holds Wh·k (no bias) — torch.nn.LSTM/GRU keep two
// biases per gate (b_ih and b_hh), whose sum would train differently under L1/L2 and clipping.
import type { GatedSpec } from '../engine/recurrent/gatedTypes';
import type { CellCode } from './recurrentScript';

function modulesOf(gates: readonly string[], I: number, H: number, bhn: boolean): string[] {
  return gates.flatMap((k) => [
    `self.x_${k} = torch.nn.Linear(${I}, ${H})  # Wx${k} and ${bhn && k === 'n' ? 'bxn' : `b${k}`}`,
    bhn && k === 'n'
      ? `self.h_n = torch.nn.Linear(${H}, ${H})  # Whn and bhn`
      : `self.h_${k} = torch.nn.Linear(${H}, ${H}, bias=False)  # Wh${k}`,
  ]);
}

function blocksOf(gates: readonly string[], bhn: boolean): Record<string, string> {
  const blocks: Record<string, string> = {};
  for (const k of gates) {
    blocks[`Wx${k}`] = `model.x_${k}.weight`;
    blocks[`Wh${k}`] = `model.h_${k}.weight`;
    blocks[bhn && k === 'n' ? 'bxn' : `b${k}`] = `model.x_${k}.bias`;
  }
  if (bhn) blocks.bhn = 'model.h_n.bias';
  return blocks;
}

export function gatedCell(spec: GatedSpec): CellCode {
  const { inputs: I, hidden: H } = spec;
  const readout = spec.readout ? '; zₜ = Why·hₜ + by' : ' (no readout: hₜ is the output)';
  if (spec.cell === 'lstm') {
    const gates = ['i', 'f', 'g', 'o'];
    return {
      doc: [
        `An LSTM: iₜ, fₜ, oₜ = σ(Wx·xₜ + Wh·hₜ₋₁ + b), gₜ = tanh(…), cₜ = fₜ⊙cₜ₋₁ + iₜ⊙gₜ,`,
        `hₜ = oₜ⊙tanh(cₜ), h₀ = c₀ = 0${readout}.`,
        '',
        'Written out rather than with torch.nn.LSTM, which keeps two biases per gate (b_ih and',
        'b_hh) where the app has one.',
      ],
      modules: modulesOf(gates, I, H, false),
      state: [`h = torch.zeros(${H})`, `c = torch.zeros(${H})`],
      stateNames: ['h', 'c'],
      step: [
        'i = torch.sigmoid(self.x_i(x) + self.h_i(h))',
        'f = torch.sigmoid(self.x_f(x) + self.h_f(h))',
        'g = torch.tanh(self.x_g(x) + self.h_g(h))',
        'o = torch.sigmoid(self.x_o(x) + self.h_o(h))',
        'c = f * c + i * g',
        'h = o * torch.tanh(c)',
      ],
      blocks: blocksOf(gates, false),
    };
  }
  const gates = ['r', 'z', 'n'];
  const after = spec.gru === 'reset-after';
  return {
    doc: [
      'A GRU: rₜ, zₜ = σ(Wx·xₜ + Wh·hₜ₋₁ + b), ' +
        (after
          ? 'nₜ = tanh(Wxn·xₜ + bxn + rₜ⊙(Whn·hₜ₋₁ + bhn)) (reset after, as torch),'
          : 'nₜ = tanh(Wxn·xₜ + bxn + Whn·(rₜ⊙hₜ₋₁) + bhn) (reset before),'),
      `hₜ = (1 − zₜ)⊙nₜ + zₜ⊙hₜ₋₁, h₀ = 0${readout}.`,
      '',
      'Written out rather than with torch.nn.GRU, which keeps two biases for the r and z gates',
      '(b_ih and b_hh) where the app has one' + (after ? '.' : ', and resets after Whn only.'),
    ],
    modules: modulesOf(gates, I, H, true),
    state: [`h = torch.zeros(${H})`],
    stateNames: ['h'],
    step: [
      'r = torch.sigmoid(self.x_r(x) + self.h_r(h))',
      'z = torch.sigmoid(self.x_z(x) + self.h_z(h))',
      after
        ? 'n = torch.tanh(self.x_n(x) + r * self.h_n(h))'
        : 'n = torch.tanh(self.x_n(x) + self.h_n(r * h))',
      'h = (1 - z) * n + z * h',
    ],
    blocks: blocksOf(gates, true),
  };
}
