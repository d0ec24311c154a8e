// Truncated BPTT(k1, k2) in an exported recurrent script (rnn, lstm, gru), as explicit tensor
// code mirroring engine/recurrent/bptt.ts: the sweeps' schedule (one ending at every t with
// t mod k1 = 0, once more at T when scored steps are left; each over max(1, t − k2 + 1) … t),
// and per sweep its steps re-run from the state before them held constant — the state the
// engine's sweep freezes — so that autograd gives exactly that sweep's gradient.
import type { SequenceConfig, SequenceDataset } from '../engine/recurrent/types';
import type { CellCode } from './recurrentScript';

type Truncated = Extract<SequenceConfig['bptt'], { mode: 'truncated' }>;

/** `h` or `h, c`: the state's names as Python unpacks and packs them. */
const stateTuple = (cell: CellCode): string => cell.stateNames.join(', ');

/** The model's methods with truncation: the state before step 1, and a forward from any state. */
export function truncatedMethods(cell: CellCode, readout: boolean): string[] {
  const names = stateTuple(cell);
  return [
    'def initial_state(self):',
    `    """The state before step 1: ${cell.stateNames.map((n) => `${n}₀ = 0`).join(', ')}."""`,
    ...cell.state.map((l) => `    ${l}`),
    `    return ${names}`,
    '',
    'def forward(self, xs, state):',
    `    """From \`state\` (${names} before xs[0]): ${readout ? 'zₜ, the readout before its activation,' : 'hₜ'} at`,
    '    every step of xs, and the state after every step."""',
    `    ${names} = state`,
    '    out, states = [], []',
    '    for x in xs:',
    ...cell.step.map((l) => `        ${l}`),
    `        out.append(${readout ? 'self.readout(h)' : 'h'})`,
    `        states.append(${cell.stateNames.length > 1 ? `(${names})` : names})`,
    '    return torch.stack(out), states',
  ];
}

/** K1, K2, the sweeps' schedule and sequence_loss, whose gradient is truncated BPTT's. */
export function truncatedLoss(bptt: Truncated, data: SequenceDataset, overTime: string): string {
  const every = data.readout === 'every-step';
  const scored = every ? 'lambda s: True' : 'lambda s: s == T';
  const injectedLoss = every
    ? [
        '# the injected steps: injected[0] … end, the last rows of z',
        'loss = loss + sample_losses(z[injected[0] - lo:], t[injected[0] - 1:end]).sum()',
      ]
    : [
        '# injected == [T]: the last step, the only one scored',
        'loss = loss + sample_losses(z[-1:], t).sum()',
      ];
  return `K1, K2 = ${bptt.k1}, ${bptt.k2}  # truncated BPTT(k1, k2): a sweep every K1 steps, over at most K2 steps


def sweeps(T, scored):
    """Truncated BPTT(K1, K2)'s backward sweeps over steps 1 … T, as the app runs them: one
    ending at every t with t mod K1 = 0, and once more at T when scored steps are left; each
    injects the scored steps no earlier sweep injected and goes back over max(1, t − K2 + 1) … t
    (K2 counts the swept steps, t included). Sweeps injecting nothing add nothing and are left
    out. Yields (lo, end, injected)."""
    ends = list(range(K1, T + 1, K1)) + ([T] if T % K1 else [])
    after = 0
    for end in ends:
        injected = [s for s in range(after + 1, end + 1) if scored(s)]
        if injected:
            yield max(1, end - K2 + 1), end, injected
        after = end


def sequence_loss(x, t):
    """The sequence's loss (${data.readout}, ${overTime === 'sum' ? 'summed' : 'averaged'} over time), built sweep by sweep so that its
    gradient is truncated BPTT's, not full BPTT's (torch's RNN modules do not truncate): each
    sweep re-runs its steps lo … end from the state before step lo as a constant — computed
    without gradient, as .detach() would leave it — so no gradient flows back past it, and
    adds the losses of the steps it injects. Each scored step is injected once: the value is
    the sequence's loss."""
    T = len(x)
    with torch.no_grad():  # the states after steps 1 … T, constants for the sweeps to start from
        _, states = model(x, model.initial_state())
    states = [model.initial_state()] + states  # states[s]: the state after step s
    loss = 0
    for lo, end, injected in sweeps(T, ${scored}):
        z, _ = model(x[lo - 1:end], states[lo - 1])  # steps lo … end
        ${injectedLoss.join('\n        ')}
    return loss${overTime === 'sum' ? '' : every ? ' / T  # the mean over the T scored steps' : '  # one scored step: its mean is itself'}
`;
}
