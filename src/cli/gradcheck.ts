// `gradcheck <file> [--epsilon E]`: backpropagation against finite differences on the first
// batch's samples, with the scenario's loss and regularization (dropout off).
import { gradientCheck } from '../engine/gradcheck';
import type { Run } from '../scenario/instantiate';
import { numberFlag, type Parsed } from './args';
import { EXIT, type CliIO } from './io';

export const GRADCHECK_TOLERANCE = 1e-6;

/** `first` is a second, identical run: its first traced step names the first batch. */
export function runGradcheck(run: Run, first: Run, flags: Parsed['flags'], io: CliIO): number {
  const epsilon = numberFlag(flags, 'epsilon', 1e-10, 1) ?? undefined;
  const probe = first.trainer.step(true);
  const batch = probe.ok && probe.trace ? probe.trace.batch.slice(0, 16) : [run.split.train[0]];
  const { dataset } = run.data;
  const worst = run.net.layers.map(() => ({ weights: 0, biases: 0 }));
  for (const index of batch) {
    const input = dataset.inputs.slice(index * dataset.nIn, (index + 1) * dataset.nIn);
    const target = dataset.targets.slice(index * dataset.nOut, (index + 1) * dataset.nOut);
    const check = gradientCheck(run.net, run.trainer.config.loss, input, target, {
      ...(epsilon === undefined ? {} : { epsilon }),
      regularization: run.trainer.config.regularization,
    });
    check.layers.forEach((l, k) => {
      worst[k].weights = Math.max(worst[k].weights, l.weights);
      worst[k].biases = Math.max(worst[k].biases, l.biases);
    });
  }
  let ok = true;
  io.stdout(
    `gradient check on ${batch.length} sample${batch.length > 1 ? 's' : ''}, tolerance ${GRADCHECK_TOLERANCE}\n`,
  );
  worst.forEach((w, k) => {
    const pass = w.weights <= GRADCHECK_TOLERANCE && w.biases <= GRADCHECK_TOLERANCE;
    ok &&= pass;
    io.stdout(
      `layer ${k + 1}: weights ${w.weights.toExponential(2)}  biases ${w.biases.toExponential(2)}  ${pass ? 'ok' : 'FAIL'}\n`,
    );
  });
  io.stdout(ok ? 'ok\n' : 'FAIL\n');
  return ok ? EXIT.ok : EXIT.internal;
}
