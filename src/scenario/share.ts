// Share links: the exact scenario (settings, seed and the learner's edited starting weights)
// and the step the learner is on, in a URL query; decoding goes through the one validator.
import { unflattenParams } from '../engine/network';
import type { Scenario } from './schema';
import { decodeScenario, encodeScenario } from './urlCodec';
import { formatIssue } from './validate';

export interface ShareState {
  readonly scenario: Scenario;
  /** Updates applied before the shown one (the link replays them). */
  readonly update: number;
  /** The phase shown within the next traced update, or null when no update is being shown. */
  readonly phase: number | null;
}

/** The scenario with its starting weights and biases written out explicitly. */
export function shareableScenario(scenario: Scenario, initial: Float64Array): Scenario {
  const { weights, biases } = unflattenParams(scenario.network.layers, initial);
  return { ...scenario, network: { ...scenario.network, weights, biases } };
}

export function shareQuery(state: ShareState): string {
  const query = new URLSearchParams({ s: encodeScenario(state.scenario), u: String(state.update) });
  if (state.phase !== null) query.set('p', String(state.phase));
  return query.toString();
}

export type ShareParse =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly state: ShareState }
  | { readonly kind: 'invalid'; readonly message: string };

const wholeNumber = (text: string | null, max: number): number | null => {
  if (text === null) return null;
  return /^\d{1,9}$/.test(text) && Number(text) <= max ? Number(text) : NaN;
};

/** Reads a page's query: no share link, a valid one, or a message saying what is wrong. */
export function parseShareQuery(search: string): ShareParse {
  const query = new URLSearchParams(search);
  const encoded = query.get('s');
  if (encoded === null) return { kind: 'none' };
  const decoded = decodeScenario(encoded);
  if (!decoded.ok) return { kind: 'invalid', message: decoded.issues.map(formatIssue).join('; ') };
  const update = wholeNumber(query.get('u'), 10_000_000) ?? 0;
  const phase = wholeNumber(query.get('p'), 1_000_000);
  if (Number.isNaN(update))
    return { kind: 'invalid', message: 'its update number (u) is not a whole number' };
  if (phase !== null && Number.isNaN(phase))
    return { kind: 'invalid', message: 'its phase number (p) is not a whole number' };
  return { kind: 'ok', state: { scenario: decoded.scenario, update, phase } };
}
