// `npm run bench [-- --json] [-- --quick]`: the engine benchmark (see engineBench.ts).
import { runBenchCommand } from './engineBench';

const args = process.argv.slice(2);
runBenchCommand(
  { json: args.includes('--json'), quick: args.includes('--quick') },
  { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) },
).then((code) => {
  process.exitCode = code;
});
