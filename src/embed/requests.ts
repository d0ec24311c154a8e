// Protocol v1's requests, carried out on the embed's store: each resolves to the reply's payload
// or throws a ProtocolError. A request never navigates, opens a window, downloads or writes the
// clipboard; the host may do what the page's own controls do, locked or not (the host page is
// the page author).
import { getPreset } from '../scenario/presets';
import { validateScenario } from '../scenario/validate';
import type { AppStore, AppStoreState } from '../store';
import type { ViewPatch } from './EmbedRoot';
import { lensStateOf, cursorOf, type Include } from './lensState';
import type { Payloads, ProtocolError, Request } from './protocol';

export interface RequestContext {
  readonly store: AppStore;
  readonly locked: () => readonly string[];
  readonly configure: (patch: ViewPatch) => void;
  readonly subscribe: (events: readonly string[] | undefined) => void;
}

const error = (e: ProtocolError): ProtocolError => e;

/** Resolves once `done(state)` holds (or after `ms`, whichever is first). */
export function until(
  store: AppStore,
  done: (s: AppStoreState) => boolean,
  ms = 10_000,
): Promise<void> {
  return new Promise((resolve) => {
    if (done(store.getState())) return resolve();
    const timer = setTimeout(finish, ms);
    const unsubscribe = store.subscribe((s) => {
      if (done(s)) finish();
    });
    function finish(): void {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    }
  });
}

async function load(ctx: RequestContext, payload: Payloads['loadScenario']) {
  const { store } = ctx;
  let scenario: unknown;
  let presetId: string | null = null;
  if ('preset' in payload) {
    const preset = getPreset(payload.preset);
    if (!preset)
      throw error({
        code: 'invalid-scenario',
        message: `There is no preset called “${payload.preset}”.`,
        issues: [{ path: 'preset', message: 'is not a preset id' }],
      });
    scenario = preset.scenario;
    presetId = preset.id;
  } else {
    const checked = validateScenario(payload.scenario);
    if (!checked.ok)
      throw error({
        code: 'invalid-scenario',
        message: 'The scenario is not valid.',
        issues: checked.issues.slice(0, 20).map((i) => ({ path: i.path, message: i.message })),
      });
    scenario = checked.scenario;
  }
  const before = store.getState().summary;
  const ok = presetId
    ? store.getState().actions.loadPreset(presetId)
    : store.getState().actions.loadScenario(scenario, null);
  if (!ok) throw error({ code: 'invalid-scenario', message: 'The scenario could not be loaded.' });
  await until(store, (s) => s.summary !== before && s.summary !== null && s.loadRevert === null);
  const title = store.getState().summary?.title ?? null;
  return { title, warnings: [] as string[] };
}

async function step(store: AppStore, payload: Payloads['step']) {
  const by = payload?.by ?? 'phase';
  const back = payload?.direction === 'back';
  for (let k = 0; k < (payload?.count ?? 1); k += 1) {
    await until(store, (s) => !s.awaitingTrace && s.summary !== null);
    const { actions } = store.getState();
    if (back) actions.stepBack(by);
    else actions.stepForward(by);
    await until(store, (s) => !s.awaitingTrace);
  }
  return cursorOf(store.getState());
}

export async function carryOut(ctx: RequestContext, request: Request): Promise<unknown> {
  const { store } = ctx;
  const actions = store.getState().actions;
  switch (request.type) {
    case 'ping':
      return { version: 1 };
    case 'configure': {
      const patch: { -readonly [K in keyof ViewPatch]: ViewPatch[K] } = {};
      const p = request.payload;
      if (p.layout !== undefined) patch.layout = p.layout;
      if (p.show !== undefined) patch.show = p.show;
      if (p.hide !== undefined) patch.hide = p.hide;
      if (p.controls !== undefined) patch.controls = p.controls;
      if (p.lock !== undefined) patch.lock = p.lock;
      if (p.theme !== undefined) patch.theme = p.theme;
      ctx.configure(patch);
      return { configured: Object.keys(patch) };
    }
    case 'loadScenario':
      return load(ctx, request.payload);
    case 'play':
      actions.play();
      return { playing: true };
    case 'pause':
      actions.pause();
      return { playing: false };
    case 'reset':
      actions.reset();
      await until(store, (s) => !s.awaitingTrace, 2000);
      return cursorOf(store.getState());
    case 'step':
      return step(store, request.payload);
    case 'setHyperparameters': {
      const { learningRate, batch, optimizer } = request.payload;
      const current = store.getState().summary;
      if (!current) throw error({ code: 'not-ready', message: 'No scenario has loaded yet.' });
      actions.configure({
        ...(optimizer ? { optimizer } : {}),
        ...(learningRate !== undefined ? { learningRate } : {}),
        ...(batch ? { batch } : {}),
      });
      return { appliesFromUpdate: (store.getState().frame?.update ?? 0) + 1 };
    }
    case 'getState':
      return lensStateOf(
        store.getState(),
        ctx.locked(),
        (request.payload?.include ?? []) as readonly Include[],
      );
    case 'subscribe':
      ctx.subscribe(request.payload?.events);
      return { events: request.payload?.events ?? 'all' };
  }
}
