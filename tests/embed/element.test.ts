// @vitest-environment jsdom
// <backprop-lens> (public/embed/v1/backprop-lens.js) without an app behind it: live attributes
// (an attribute taken away restores the layout's default), and requests and `ready` that are
// refused with `not-ready` instead of waiting forever when the app never answers.
import { resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseMessage } from '../../src/embed/protocol';
import { resolveView } from '../../src/embed/view';
import { parseFragment } from '../../src/scenario/fragment';

interface Problem {
  readonly code: string;
  readonly message: string;
}
type Lens = HTMLElement & {
  ready: Promise<unknown>;
  play(): Promise<unknown>;
  step(o?: object): Promise<unknown>;
};
interface ElementModule {
  readonly viewOf: (el: Element) => Record<string, unknown>;
  readonly fragmentOf: (el: Element) => string;
  readonly ANSWER_MS: number;
  readonly CONNECT_MS: number;
}

let element: ElementModule;
beforeAll(async () => {
  const file = resolve(__dirname, '../../public/embed/v1/backprop-lens.js');
  element = (await import(/* @vite-ignore */ file)) as ElementModule;
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

/** The view the app shows: the frame's fragment, then the element's `configure` on top. */
function shown(fragment: string, el: Element) {
  const parsed = parseMessage({
    protocol: 'backprop-lens',
    v: 1,
    type: 'configure',
    id: 1,
    payload: element.viewOf(el),
  });
  if (!parsed.ok || parsed.request.type !== 'configure') throw new Error('configure refused');
  const patch = Object.fromEntries(
    Object.entries(parsed.request.payload).filter(([, value]) => value !== undefined),
  );
  return resolveView({ ...parseFragment(`#${fragment}`).state, ...patch });
}

describe('<backprop-lens> attributes', () => {
  it('restores the layout’s controls when `controls` is removed', () => {
    const el = document.createElement('div');
    el.setAttribute('controls', 'play');
    const fragment = element.fragmentOf(el);
    expect([...shown(fragment, el).controls]).toEqual(['play']);
    el.removeAttribute('controls');
    const controls = [...shown(fragment, el).controls];
    expect(controls).toEqual([...resolveView(parseFragment('').state).controls]);
    expect(controls).toContain('reset');
  });

  it.each([
    ['show', 'chain', (v: ReturnType<typeof shown>) => v.panels.has('chain')],
    ['hide', 'graph', (v: ReturnType<typeof shown>) => !v.panels.has('graph')],
    ['lock', 'lr', (v: ReturnType<typeof shown>) => v.locked.has('lr')],
    ['locked', '', (v: ReturnType<typeof shown>) => v.lockAll],
    ['layout', 'graph', (v: ReturnType<typeof shown>) => v.layout === 'graph'],
  ])('restores the default when `%s` is removed', (name, value, applied) => {
    const el = document.createElement('div');
    el.setAttribute(name, value);
    const fragment = element.fragmentOf(el);
    expect(applied(shown(fragment, el))).toBe(true);
    el.removeAttribute(name);
    const after = shown(fragment, el);
    expect(applied(after)).toBe(false);
    const defaults = resolveView(parseFragment('').state);
    expect([...after.panels]).toEqual([...defaults.panels]);
    expect([...after.controls]).toEqual([...defaults.controls]);
    expect([...after.locked]).toEqual([]);
  });
});

describe('<backprop-lens> with an app that never answers', () => {
  const make = (): Lens => {
    vi.useFakeTimers();
    const el = document.createElement('backprop-lens') as Lens;
    el.setAttribute('title', 'Example');
    el.setAttribute('loading', 'eager');
    document.body.append(el);
    return el;
  };

  it('refuses a request with not-ready after a bounded wait', async () => {
    const el = make();
    const play = el.play().then(
      () => null,
      (e: Problem) => e,
    );
    await vi.advanceTimersByTimeAsync(element.ANSWER_MS + 10);
    const refused = await play;
    expect(refused?.code).toBe('not-ready');
    expect(refused?.message).toMatch(/not answered/);
    expect(element.ANSWER_MS).toBeLessThanOrEqual(10_000);
  });

  it('refuses `ready` with a clear message when the handshake never succeeds', async () => {
    const el = make();
    const ready = el.ready.then(
      () => null,
      (e: Problem) => e,
    );
    await vi.advanceTimersByTimeAsync(element.CONNECT_MS + 10);
    const refused = await ready;
    expect(refused?.code).toBe('not-ready');
    expect(refused?.message).toMatch(/did not answer within/);
    // and a request made afterwards is refused at once with the same reason
    const later = await el.step().then(
      () => null,
      (e: Problem) => e,
    );
    expect(later?.code).toBe('not-ready');
  });
});
