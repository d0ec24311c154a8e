// `lesson validate <file>`: "ok" for a shipped lesson; exit 2 with one line per problem, each
// naming its JSON path and step; usage errors exit 2 too (docs contracts.md exit codes).
import { describe, expect, it } from 'vitest';
import { cli } from './runCli';

const broken = JSON.stringify({
  version: 1,
  id: 'broken',
  title: 'Broken',
  summary: 'Two problems.',
  minutes: 5,
  base: { preset: 'two-two-one' },
  steps: [
    { id: 'a', title: 'First', text: 'x', highlight: ['graph.node.h9'] },
    { id: 'b', title: 'Second', text: 'y', patch: { optimizer: { kind: 'newton' } } },
  ],
});

describe('lesson validate', () => {
  it('prints ok for a shipped lesson', async () => {
    expect(await cli(['lesson', 'validate', 'public/lessons/forward-pass.json'])).toEqual({
      code: 0,
      stdout: 'ok\n',
      stderr: '',
    });
  });

  it('lists every problem with its path and step, and exits 2', async () => {
    const { code, stdout, stderr } = await cli(['lesson', 'validate', '-'], broken);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([
      'steps[0] (step 1, "First"): highlight[0]: "graph.node.h9" the net has no node "h9" (it has "x1", "x2", "h1", "h2", "y1")',
      'steps[1] (step 2, "Second"): patch: makes the scenario invalid: optimizer.kind: must be one of "sgd", "momentum", "rmsprop", "adam"',
    ]);
  });

  it('exits 2 for bad JSON, a missing file and a wrong action', async () => {
    const json = await cli(['lesson', 'validate', '-'], '{"version":');
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/^not valid JSON/);
    const missing = await cli(['lesson', 'validate', 'no/such/lesson.json']);
    expect(missing).toMatchObject({
      code: 2,
      stderr: 'no/such/lesson.json: cannot read the file (no such file)\n',
    });
    expect((await cli(['lesson', 'check', 'x.json'])).stderr).toBe(
      'lesson: unknown action "check" (try "validate")\n',
    );
    expect((await cli(['lesson'])).code).toBe(2);
    expect((await cli(['lesson', 'validate'])).code).toBe(2);
  });

  it('has its own help', async () => {
    const { code, stdout } = await cli(['lesson', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/lesson validate <file>/);
  });
});
