// The Elman RNN's cell for an exported script: aₜ = Wxh·xₜ + Whh·hₜ₋₁ + bh, hₜ = f(aₜ).
import type { RnnSpec } from '../engine/recurrent/types';
import { activationCode } from './pieces';
import type { CellCode } from './recurrentScript';

export function rnnCell(spec: RnnSpec): CellCode {
  const { inputs: I, hidden: H } = spec;
  return {
    doc: [
      `An Elman RNN: aₜ = Wxh·xₜ + Whh·hₜ₋₁ + bh, hₜ = ${spec.activation}(aₜ), h₀ = 0` +
        (spec.readout ? '; zₜ = Why·hₜ + by.' : ' (no readout: hₜ is the output).'),
      '',
      'Written out step by step rather than with torch.nn.RNN, which has two biases (b_ih and',
      'b_hh) where the app has one (bh), and only tanh or relu.',
    ],
    modules: [
      `self.input = torch.nn.Linear(${I}, ${H})  # Wxh and bh`,
      `self.recurrent = torch.nn.Linear(${H}, ${H}, bias=False)  # Whh`,
    ],
    state: [`h = torch.zeros(${H})`],
    stateNames: ['h'],
    step: [`h = ${activationCode(spec.activation, 'self.input(x) + self.recurrent(h)')}`],
    blocks: {
      Wxh: 'model.input.weight',
      Whh: 'model.recurrent.weight',
      bh: 'model.input.bias',
    },
  };
}
