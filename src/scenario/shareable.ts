// A scenario with the run's starting parameters written into it (its weights and biases, or
// the recurrent net's matrices): what a checkpoint, a data change and a share link carry.
// Its own module so the page can use it without the link codec. Pure.
import { cnnShareable } from './cnnShare';
import { fixedPointShareable } from './fixedPointShare';
import { gatedShareable } from './gatedShare';
import { mlpShareable } from './mlpShareable';
import { recurrentShareable } from './recurrentShare';
import {
  isCnnScenario,
  isFixedPointScenario,
  isGatedScenario,
  isRecurrentScenario,
  type AppScenario,
} from './validateCore';

/** The scenario with its starting parameters written out (from the engine's flat layout). */
export function shareableScenario<S extends AppScenario>(scenario: S, initial: Float64Array): S;
export function shareableScenario(scenario: AppScenario, initial: Float64Array): AppScenario {
  if (isRecurrentScenario(scenario)) return recurrentShareable(scenario, initial);
  if (isCnnScenario(scenario)) return cnnShareable(scenario, initial);
  if (isGatedScenario(scenario)) return gatedShareable(scenario, initial);
  if (isFixedPointScenario(scenario)) return fixedPointShareable(scenario, initial);
  return mlpShareable(scenario, initial);
}
