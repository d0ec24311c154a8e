// Forward-only views of the network the data panel draws: the output (and hidden neurons) over
// a 2-D grid, the outputs for every sample, and the outputs along a 1-D curve. Each is asked of
// the worker again when the parameters change — at most every LIVE_VIEW_MS (LIVE_ROWS_MS for
// scores) while playing, with one request of a kind in flight at a time, so a slow answer never
// piles requests up.
import type { Command, Message } from '../protocol/messages';

export const LIVE_VIEW_MS = 200;
/** Scoring every sample redraws tables and galleries: once a second is plenty while playing. */
export const LIVE_ROWS_MS = 1000;

export type Range = readonly [number, number];

export interface GridNeed {
  readonly x: Range;
  readonly y: Range;
  readonly resolution: number;
  /** Also every hidden layer's activations (neuron thumbnails). */
  readonly layers: boolean;
}

export interface ViewNeeds {
  readonly grid: GridNeed | null;
  /** Outputs for every sample of the data set (accuracy, confusion matrices, galleries). */
  readonly rows: boolean;
  /** Inputs [rows, nIn] to evaluate along a curve (1-D regression). */
  readonly curve: Float64Array | null;
}

export interface GridView {
  /** What was asked for. */
  readonly need: GridNeed;
  readonly update: number;
  readonly output: Float64Array;
  /** Per hidden layer, [n·n, size] row-major (when asked for). */
  readonly layers: readonly Float64Array[] | null;
}

export interface RowsView {
  readonly update: number;
  readonly outputs: Float64Array;
}

export interface Views {
  readonly grid: GridView | null;
  readonly rows: RowsView | null;
  readonly curve: RowsView | null;
}

export const NO_VIEWS: Views = { grid: null, rows: null, curve: null };
export const NO_NEEDS: ViewNeeds = { grid: null, rows: false, curve: null };

type Kind = keyof Views;
const KINDS: readonly Kind[] = ['grid', 'rows', 'curve'];

export interface ViewRequesterDeps {
  readonly send: (command: Command) => void;
  readonly now: () => number;
  readonly playing: () => boolean;
  readonly update: () => number;
  readonly loaded: () => boolean;
  readonly setViews: (views: Partial<Views>) => void;
}

export interface ViewRequester {
  setNeeds(needs: ViewNeeds): void;
  /** New parameters arrived (a frame). */
  changed(): void;
  /** A new data set or network: earlier answers no longer apply. */
  forget(): void;
  /** Handles a grid/evaluated answer; returns false when it was not one of ours. */
  receive(message: Extract<Message, { type: 'grid' | 'evaluated' }>): boolean;
  /** An evaluate command failed: its kind may be asked again. */
  failed(command: 'evaluateGrid' | 'evaluate'): void;
}

export function createViewRequester(deps: ViewRequesterDeps): ViewRequester {
  let needs: ViewNeeds = NO_NEEDS;
  let nextId = 1;
  const inFlight: Record<Kind, { id: number; update: number; grid: GridNeed | null } | null> = {
    grid: null,
    rows: null,
    curve: null,
  };
  const dirty: Record<Kind, boolean> = { grid: false, rows: false, curve: false };
  const lastSent: Record<Kind, number> = { grid: -Infinity, rows: -Infinity, curve: -Infinity };
  let timer: ReturnType<typeof setTimeout> | null = null;

  const wanted = (kind: Kind): boolean =>
    kind === 'grid' ? needs.grid !== null : kind === 'rows' ? needs.rows : needs.curve !== null;

  const send = (kind: Kind): void => {
    const id = nextId;
    nextId += 1;
    dirty[kind] = false;
    lastSent[kind] = deps.now();
    inFlight[kind] = { id, update: deps.update(), grid: kind === 'grid' ? needs.grid : null };
    if (kind === 'grid') {
      const g = needs.grid!;
      deps.send({
        type: 'evaluateGrid',
        id,
        x: g.x,
        y: g.y,
        resolution: g.resolution,
        layers: g.layers,
      });
    } else if (kind === 'rows') deps.send({ type: 'evaluate', id });
    else deps.send({ type: 'evaluate', id, inputs: needs.curve!.slice() });
  };

  const pump = (): void => {
    if (!deps.loaded()) return;
    let wait = Infinity;
    for (const kind of KINDS) {
      if (!dirty[kind] || !wanted(kind) || inFlight[kind]) continue;
      const interval = kind === 'rows' ? LIVE_ROWS_MS : LIVE_VIEW_MS;
      const due = deps.playing() ? lastSent[kind] + interval - deps.now() : 0;
      if (due <= 0) send(kind);
      else wait = Math.min(wait, due);
    }
    if (wait < Infinity && timer === null) {
      timer = setTimeout(() => {
        timer = null;
        pump();
      }, wait);
    }
  };

  const markAll = (): void => {
    for (const kind of KINDS) dirty[kind] = true;
  };

  return {
    setNeeds(next) {
      needs = next;
      markAll();
      pump();
    },
    changed() {
      markAll();
      pump();
    },
    forget() {
      // A new run: the old needs were for the old network (a 2-D grid means nothing to iris),
      // so nothing is asked until the views declare what the new run needs.
      for (const kind of KINDS) inFlight[kind] = null;
      deps.setViews(NO_VIEWS);
      needs = NO_NEEDS;
      markAll();
    },
    receive(message) {
      const kind = KINDS.find((k) => inFlight[k]?.id === message.id);
      if (!kind) return false;
      const asked = inFlight[kind]!;
      inFlight[kind] = null;
      if (message.type === 'grid' && asked.grid) {
        deps.setViews({
          grid: {
            need: asked.grid,
            update: asked.update,
            output: message.output,
            layers: message.layers,
          },
        });
      } else if (message.type === 'evaluated') {
        deps.setViews({ [kind]: { update: message.update, outputs: message.outputs } });
      }
      pump();
      return true;
    },
    failed(command) {
      const kinds: Kind[] = command === 'evaluateGrid' ? ['grid'] : ['rows', 'curve'];
      for (const kind of kinds) inFlight[kind] = null;
    },
  };
}
