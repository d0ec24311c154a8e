// "Compare cells" in Node: the three memory nets train side by side; each snapshot carries
// their test accuracy by update and their gradient through time on one sequence (‖∂L/∂cₜ‖ for
// the LSTM only), and after some training the LSTM's gradient reaches step 1 better than the RNN's.
import { describe, expect, it } from 'vitest';
import { compareStrips } from '../../src/explain/compareCells';
import { createComparison } from '../../src/worker/compare';
import { readText } from '../helpers/files';

describe('compare cells', () => {
  it('trains RNN, LSTM and GRU and reports their strips and accuracies', async () => {
    const comparison = await createComparison(readText);
    const first = comparison.snapshot();
    expect(first.map((s) => s.label)).toEqual(['RNN', 'LSTM', 'GRU']);
    expect(first.map((s) => s.update)).toEqual([0, 0, 0]);
    const later = comparison.advance(40);
    expect(later.map((s) => s.update)).toEqual([40, 40, 40]);
    for (const s of later) {
      expect(s.dLdh).toHaveLength(9);
      expect(s.accuracy.map((p) => p.x)).toEqual([0, 40]);
      expect(s.accuracy[1].y).toBeGreaterThanOrEqual(0);
    }
    expect(later[1].dLdc).toHaveLength(9);
    expect(later[0].dLdc).toBeNull();
    expect(later[2].dLdc).toBeNull();
    const [rnn, lstm] = compareStrips(later);
    // the share of the last step's gradient that reaches step 1
    const reach = (s: (typeof later)[number]) => s.dLdh[0] / s.dLdh[8];
    expect(reach(later[1])).toBeGreaterThan(reach(later[0]));
    expect(rnn.series).toHaveLength(1);
    expect(lstm.series.map((x) => x.label)).toEqual(['‖∂L/∂hₜ‖', '‖∂L/∂cₜ‖']);
  }, 60_000);
});
