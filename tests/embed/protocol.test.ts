// Protocol v1's parser: every request type and its payload, the error codes, and fuzzed messages
// (garbage, prototype keys, huge strings, other versions) that never throw out of the parser and
// never change Object.prototype.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_MESSAGE_CHARS,
  isConnect,
  parseMessage,
  rateLimiter,
  sizeOf,
} from '../../src/embed/protocol';

const msg = (type: string, payload?: unknown, extra: Record<string, unknown> = {}) => ({
  protocol: 'backprop-lens',
  v: 1,
  type,
  id: 7,
  ...(payload === undefined ? {} : { payload }),
  ...extra,
});

describe('parseMessage', () => {
  it('reads each request with its payload, ignoring unknown fields', () => {
    const step = parseMessage(msg('step', { by: 'update', count: 3, extra: 1 }));
    expect(step).toEqual({
      ok: true,
      request: { type: 'step', id: 7, payload: { by: 'update', count: 3 } },
    });
    const conf = parseMessage(
      msg('configure', { layout: 'graph', show: 'chain,table', lock: 'all' }),
    );
    expect(conf.ok && conf.request.payload).toEqual({
      layout: 'graph',
      show: ['chain', 'table'],
      lock: 'all',
    });
    expect(parseMessage(msg('ping')).ok).toBe(true);
    const hp = parseMessage(
      msg('setHyperparameters', { learningRate: 0.5, batch: { mode: 'full' } }),
    );
    expect(hp.ok && hp.request.payload).toEqual({ learningRate: 0.5, batch: { mode: 'full' } });
  });

  it('answers each kind of bad message with its code', () => {
    const code = (data: unknown) => {
      const p = parseMessage(data);
      return p.ok ? 'ok' : p.error.code;
    };
    expect(code('hello')).toBe('invalid-message');
    expect(code({ protocol: 'other', v: 1, type: 'ping' })).toBe('invalid-message');
    expect(code(msg('ping', undefined, { v: 2 }))).toBe('unsupported-version');
    expect(code(msg('launchMissiles'))).toBe('unknown-type');
    expect(code(msg('step', { by: 'decade' }))).toBe('invalid-message');
    expect(code(msg('setHyperparameters', { learningRate: -1 }))).toBe('invalid-message');
    expect(code(msg('loadScenario', { scenario: 'x'.repeat(MAX_MESSAGE_CHARS) }))).toBe(
      'too-large',
    );
    const bad = parseMessage(msg('configure', { layout: 'huge' }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.id).toBe(7);
      expect(bad.error.issues?.[0]?.path).toBe('layout');
    }
  });

  it('never throws and never touches Object.prototype, whatever arrives', () => {
    const key = fc.oneof(
      fc.constantFrom(
        '__proto__',
        'constructor',
        'prototype',
        'protocol',
        'v',
        'type',
        'payload',
        'id',
      ),
      fc.string(),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.anything(),
        fc.string({ maxLength: 2000 }),
        fc.dictionary(key, tie('node'), { maxKeys: 6 }),
        fc.array(tie('node'), { maxLength: 5 }),
      ),
    })).node;
    const messages = fc.oneof(
      value,
      fc.record({
        protocol: fc.constantFrom('backprop-lens', 'other'),
        v: fc.oneof(fc.constant(1), fc.integer(), fc.double()),
        type: fc.oneof(
          fc.constantFrom('configure', 'loadScenario', 'step', 'getState', 'subscribe'),
          fc.string(),
        ),
        id: fc.oneof(fc.integer(), fc.string()),
        payload: value,
      }),
    );
    fc.assert(
      fc.property(messages, (data) => {
        const viaJson = (() => {
          try {
            return JSON.parse(JSON.stringify(data) ?? 'null') as unknown;
          } catch {
            return null;
          }
        })();
        for (const d of [data, viaJson]) {
          expect(() => parseMessage(d)).not.toThrow();
          expect(() => isConnect(d)).not.toThrow();
        }
        expect(Object.keys(Object.prototype)).toEqual([]);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 400 },
    );
    const polluting = JSON.parse(
      '{"protocol":"backprop-lens","v":1,"type":"configure","payload":{"__proto__":{"polluted":1},"layout":"graph"}}',
    ) as unknown;
    const parsed = parseMessage(polluting);
    expect(parsed.ok && parsed.request.payload).toEqual({ layout: 'graph' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('counts a huge string without walking past the limit', () => {
    expect(sizeOf({ a: 'x'.repeat(10) }, 100)).toBeLessThan(100);
    expect(sizeOf(['x'.repeat(1e6), 'y'], 100)).toBeGreaterThan(100);
    const deep: unknown[] = [];
    let cur = deep;
    for (let k = 0; k < 100; k += 1) {
      const next: unknown[] = [];
      cur.push(next);
      cur = next;
    }
    expect(sizeOf(deep, 1000)).toBe(Infinity);
  });
});

describe('isConnect', () => {
  it('accepts only the v1 handshake', () => {
    expect(
      isConnect({ protocol: 'backprop-lens', type: 'connect', payload: { versions: [1] } }),
    ).toBe(true);
    expect(
      isConnect({ protocol: 'backprop-lens', type: 'connect', payload: { versions: [2] } }),
    ).toBe(false);
    expect(isConnect({ type: 'connect' })).toBe(false);
  });
});

describe('rateLimiter', () => {
  it('allows 100 requests a second and refuses the 101st', () => {
    let t = 0;
    const limiter = rateLimiter(100, 1000, () => t);
    for (let k = 0; k < 100; k += 1) expect(limiter.take()).toBe(true);
    expect(limiter.take()).toBe(false);
    t = 1000;
    expect(limiter.take()).toBe(true);
  });
});
