// The session when things go wrong: data that cannot be read is refused with its message
// said once (the path and what is wrong), and nothing else changes.
import { describe, expect, it } from 'vitest';
import type { Message } from '../../src/protocol/messages';
import { formatIssue } from '../../src/scenario/validate';
import { createSession } from '../../src/worker/session';

const session = () =>
  createSession({
    now: () => performance.now(),
    readText: () => Promise.reject(new Error('none')),
  });

const errorOf = (out: Message[]) =>
  out.find((m): m is Extract<Message, { type: 'error' }> => m.type === 'error');

describe('the session refusing data', () => {
  it('says what is wrong with CSV data once, with its path', async () => {
    const out = await session().handle({
      type: 'load',
      scenario: {
        version: 1,
        network: { layers: [1, 2, 1], activations: ['tanh', 'linear'] },
        loss: 'mse',
        data: { kind: 'csv', text: 'x,y\n1,oops\n', targetColumns: ['y'] },
      },
    });
    const error = errorOf(out);
    expect(error?.command).toBe('load');
    expect(error?.issues).toHaveLength(1);
    const [issue] = error!.issues;
    expect(issue.path).toBe('data.text');
    const shown = `${error!.message}: ${error!.issues.map(formatIssue).join('; ')}`;
    expect(shown.split(issue.message)).toHaveLength(2);
  });
});
