// Which part of the graph a chain-rule factor comes from (the loss has no node of its own).
import type { FactorSource } from '../explain';
import type { Selection } from '../store/types';

export function highlightOf(source: FactorSource | null): Selection | null {
  return !source || source.kind === 'loss' ? null : source;
}
