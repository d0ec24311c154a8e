// A reader that stops early (`trace … | head`) closes the pipe: the CLI ends quietly, with
// no stack trace on stderr.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('the real process behind a pipe', () => {
  it('ends quietly with exit 0 when the reader closes the pipe early', () => {
    const run = spawnSync(
      'bash',
      ['-c', 'npx tsx src/cli/main.ts trace preset:rnn-sine --format markdown | head -c 40'],
      { encoding: 'utf8' },
    );
    expect(run.stdout).toBe('# RNN: predict the next value of a noisy');
    expect(run.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(run.status).toBe(0);
  });
});
