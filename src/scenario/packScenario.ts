// A link's `s` value: the scenario and only the starting parameters the learner edited, as
// deflate-raw JSON in base64url behind a "d." mark. Starting values the seed (or the scenario's
// own weights) already give take no bytes. Older links (plain base64url JSON) still decode.
import { stripBom } from '../data/text';
import { deflateText, inflateText } from './deflate';
import { cnnStartingParams, cnnWithoutWeights } from './cnnShare';
import { createScenarioNetwork } from './startingNets';
import { fixedPointStartingParams, fixedPointWithoutWeights } from './fixedPointShare';
import { gatedStartingParams, gatedWithoutWeights } from './gatedShare';
import { recurrentStartingParams, recurrentWithoutWeights } from './recurrentShare';
import { shareableScenario } from './shareable';
import { LIMITS } from './schema';
import { decodeScenario } from './urlCodec';
import {
  isCnnScenario,
  isFixedPointScenario,
  isGatedScenario,
  isRecurrentScenario,
  validateAppScenario,
  type AppScenario,
  type ValidationResult,
} from './validate';

export { shareableScenario } from './shareable';

const PACKED = 'd.';

/** The starting parameters a scenario gives by itself: its own weights, else the seed's draw. */
export function startingParams(scenario: AppScenario): Float64Array {
  if (isRecurrentScenario(scenario)) return recurrentStartingParams(scenario);
  if (isCnnScenario(scenario)) return cnnStartingParams(scenario);
  if (isGatedScenario(scenario)) return gatedStartingParams(scenario);
  if (isFixedPointScenario(scenario)) return fixedPointStartingParams(scenario);
  return createScenarioNetwork(scenario).params;
}

/** The scenario without explicit weights and biases: the seed draws them. */
export function withoutWeights<S extends AppScenario>(scenario: S): S;
export function withoutWeights(scenario: AppScenario): AppScenario {
  if (isRecurrentScenario(scenario)) return recurrentWithoutWeights(scenario);
  if (isCnnScenario(scenario)) return cnnWithoutWeights(scenario);
  if (isGatedScenario(scenario)) return gatedWithoutWeights(scenario);
  if (isFixedPointScenario(scenario)) return fixedPointWithoutWeights(scenario);
  const network = { ...scenario.network };
  delete network.weights;
  delete network.biases;
  return { ...scenario, network };
}

/** [index, value] for each parameter that differs from `base`. */
function editsFrom(base: Float64Array, params: Float64Array): [number, number][] {
  const edits: [number, number][] = [];
  for (let k = 0; k < params.length; k += 1) if (params[k] !== base[k]) edits.push([k, params[k]]);
  return edits;
}

/**
 * Packs a scenario whose run starts from `initial`: the smaller of "no explicit weights, plus
 * the edits to the seed's draw" and "the scenario as it is, plus the edits to its own weights".
 */
export async function packScenario(scenario: AppScenario, initial: Float64Array): Promise<string> {
  const candidates = [withoutWeights(scenario), scenario].map((s: AppScenario) => ({
    scenario: s,
    edits: editsFrom(startingParams(s), initial),
  }));
  const sizeOf = (c: (typeof candidates)[number]): number =>
    JSON.stringify(c.scenario.network).length + c.edits.length * 24;
  const best = sizeOf(candidates[0]) <= sizeOf(candidates[1]) ? candidates[0] : candidates[1];
  const body = best.edits.length > 0 ? best : { scenario: best.scenario };
  return PACKED + (await deflateText(JSON.stringify(body)));
}

const damaged = (message: string): ValidationResult<AppScenario> => ({
  ok: false,
  issues: [{ path: '', message: `the link is damaged: ${message}` }],
});

/** The edits of a packed link, checked against the network's parameter count. */
function readEdits(value: unknown, count: number): [number, number][] | string {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > count) return 'its edited weights are not a list';
  for (const [k, edit] of value.entries()) {
    if (!Array.isArray(edit) || edit.length !== 2) return `edit ${k} is not [index, value]`;
    const [index, number] = edit as unknown[];
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= count)
      return `edit ${k} names a parameter outside 0…${count - 1}`;
    if (typeof number !== 'number' || !Number.isFinite(number))
      return `edit ${k} is not a finite number`;
  }
  return value as [number, number][];
}

/** A link's `s` → the validated scenario, its edited starting weights written in. */
export async function unpackScenario(encoded: string): Promise<ValidationResult<AppScenario>> {
  if (!encoded.startsWith(PACKED)) return decodeScenario(encoded);
  const inflated = await inflateText(encoded.slice(PACKED.length), LIMITS.textBytes);
  if (!inflated.ok) return damaged(inflated.message);
  let body: unknown;
  try {
    body = JSON.parse(stripBom(inflated.text));
  } catch {
    return damaged('its scenario is not JSON');
  }
  if (body === null || typeof body !== 'object' || !('scenario' in body))
    return damaged('it holds no scenario');
  const parsed = validateAppScenario(body.scenario);
  if (!parsed.ok || !('edits' in body)) return parsed;
  const base = startingParams(parsed.scenario);
  const edits = readEdits(body.edits, base.length);
  if (typeof edits === 'string') return damaged(edits);
  for (const [index, value] of edits) base[index] = value;
  return validateAppScenario(shareableScenario(parsed.scenario, base));
}
