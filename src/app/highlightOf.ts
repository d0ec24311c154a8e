// Which part of the graph a chain-rule factor comes from (the loss has no node of its own).
import type { FactorSource } from '../explain';
import type { Selection } from '../store/types';

export function highlightOf(source: FactorSource | null): Selection | null {
  if (!source) return null;
  switch (source.kind) {
    case 'neuron':
      return { kind: 'neuron', layer: source.layer, j: source.j };
    case 'edge':
      return { kind: 'weight', layer: source.layer, j: source.j, i: source.i };
    case 'loss':
      return null;
  }
}
