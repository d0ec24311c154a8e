// Protocol v1's requests, carried out on the embed's store: each resolves to the reply's payload
// or throws a ProtocolError. A request never navigates, opens a window, downloads or writes the
// clipboard; the host may do what the page's own controls do, locked or not (the host page is
// the page author).
import { checkCarriedData } from '../scenario/dataChecks';
import { getPreset } from '../scenario/presets';
import { getRecurrentPreset } from '../scenario/recurrentPresets';
import { validateScenarioLater } from '../scenario/validateLazy';
import type { AppStore, AppStoreState } from '../store';
import type { ViewPatch } from './EmbedRoot';
import { lensStateOf, cursorOf, type Include } from './lensState';
import type { Issue, Payloads, ProtocolError, Request } from './protocol';

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

const RECURRENT_REFUSAL: Issue = {
  path: 'network.kind',
  message: 'recurrent networks ("rnn") run in the command line; the app does not show them yet',
};

/** The scenario a request names, checked as the app's own loading checks it. */
async function scenarioOf(payload: Payloads['loadScenario']): Promise<{
  readonly scenario: unknown;
  readonly presetId: string | null;
}> {
  const refuse = (message: string, issues: readonly Issue[]): never => {
    throw error({ code: 'invalid-scenario', message, issues: issues.slice(0, 20) });
  };
  if ('preset' in payload) {
    const preset = getPreset(payload.preset);
    if (preset) return { scenario: preset.scenario, presetId: preset.id };
    if (getRecurrentPreset(payload.preset))
      refuse(`The preset “${payload.preset}” is a recurrent network.`, [RECURRENT_REFUSAL]);
    return refuse(`There is no preset called “${payload.preset}”.`, [
      { path: 'preset', message: 'is not a preset id' },
    ]);
  }
  const checked = await validateScenarioLater(payload.scenario);
  if (!checked.ok)
    return refuse(
      'The scenario is not valid.',
      checked.issues.map((i) => ({ path: i.path, message: i.message })),
    );
  // data it carries (inline rows, CSV text) must fit the net, as training will read it
  const data = checkCarriedData(checked.scenario);
  if (data.length > 0) refuse('The scenario’s data does not fit its network.', data);
  return { scenario: checked.scenario, presetId: null };
}

/** Loads it as the page would; answers its title and what the app said while loading. */
async function load(ctx: RequestContext, payload: Payloads['loadScenario']) {
  const { store } = ctx;
  const { scenario, presetId } = await scenarioOf(payload);
  const before = store.getState().summary;
  const seen = new Set(store.getState().notices.map((n) => n.id));
  const ok = await (presetId
    ? store.getState().actions.loadPreset(presetId)
    : store.getState().actions.loadScenario(scenario, null));
  const said = () => store.getState().notices.filter((n) => !seen.has(n.id));
  const refused = (): ProtocolError => {
    const text = said().find((n) => n.tone === 'error')?.text;
    return { code: 'invalid-scenario', message: text ?? 'The scenario could not be loaded.' };
  };
  if (!ok) throw error(refused());
  // loaded, or refused by the worker (the old run is put back: loadRevert cleared, same summary)
  await until(store, (s) => s.loadRevert === null && s.summary !== null);
  const state = store.getState();
  if (state.summary === before) throw error(refused());
  // the warnings and notes the app showed the reader while it loaded (unknown fields are
  // refused by the schema, with their path, so nothing is ignored silently)
  const warnings = said()
    .filter((n) => n.tone !== 'error')
    .map((n) => n.text);
  return { title: state.summary?.title ?? null, warnings };
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
