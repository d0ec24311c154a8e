// Helpers of the one reference type `Ref` (types.ts): keys, equality, and where a parameter
// reference sits in the flat vector, asked of the layout. Pure; no maths.
import { blockOf, findBlock, indexIn, locate, type ParamBlock, type ParamLayout } from './layout';
import { layerShapesOf, mlpBlockNames } from './network';
import type { ParamRef, Ref } from './types';

const at = (ref: Ref): string => (ref.t === undefined ? '' : `@${ref.t}`);

/** A stable string key, e.g. `w:0:1:0`, `b:1:0`, `n:2:0`, `e:Whh:1,0@3` (with time `@t`). */
export function refKey(ref: Ref): string {
  switch (ref.kind) {
    case 'weight':
      return `w:${ref.layer}:${ref.j}:${ref.i}${at(ref)}`;
    case 'bias':
      return `b:${ref.layer}:${ref.j}${at(ref)}`;
    case 'neuron':
      return `n:${ref.layer}:${ref.j}${at(ref)}`;
    case 'entry':
      return `e:${ref.block}:${ref.position.join(',')}${at(ref)}`;
  }
}

/** Whether two references name the same thing (null never equals anything). */
export function sameRef(a: Ref | null | undefined, b: Ref | null | undefined): boolean {
  return a != null && b != null && refKey(a) === refKey(b);
}

/** Whether the reference names a parameter (an MLP weight or bias, or a block entry). */
export function isParamRef(ref: Ref): ref is Exclude<Ref, { readonly kind: 'neuron' }> {
  return ref.kind !== 'neuron';
}

/** Index in the flat vector of the parameter a reference names; null for a unit or a miss. */
export function refParamIndex(layout: ParamLayout, ref: Ref): number | null {
  switch (ref.kind) {
    case 'neuron':
      return null;
    case 'entry': {
      const block = findBlock(layout, ref.block);
      return block ? indexIn(block, ref.position) : null;
    }
    case 'weight':
    case 'bias': {
      const names = mlpBlockNames(ref.layer);
      const block = findBlock(layout, ref.kind === 'weight' ? names.W : names.b);
      if (!block) return null;
      return indexIn(block, ref.kind === 'weight' ? [ref.j, ref.i] : [ref.j]);
    }
  }
}

/** The reference of flat parameter k: an MLP weight or bias for W{l}/b{l} blocks, else an entry. */
export function refOfParam(layout: ParamLayout, k: number): Ref | null {
  const found = locate(layout, k);
  if (!found) return null;
  const { block, position } = found;
  const m = /^([Wb])(\d+)$/.exec(block.name);
  if (!m) return { kind: 'entry', block: block.name, position };
  const layer = Number(m[2]) - 1;
  return m[1] === 'W'
    ? { kind: 'weight', layer, j: position[0], i: position[1] }
    : { kind: 'bias', layer, j: position[0] };
}

/** Every MLP weight and bias, layer by layer, in the layout's flat order. */
export function mlpParamRefs(layout: ParamLayout): ParamRef[] {
  const refs: ParamRef[] = [];
  for (const [layer, { nOut, nIn }] of layerShapesOf(layout).entries()) {
    for (let j = 0; j < nOut; j += 1) {
      for (let i = 0; i < nIn; i += 1) refs.push({ kind: 'weight', layer, j, i });
    }
    for (let j = 0; j < nOut; j += 1) refs.push({ kind: 'bias', layer, j });
  }
  return refs;
}

/** The block of an MLP weight or bias reference (throws for a layer the layout lacks). */
export function blockOfRef(layout: ParamLayout, ref: ParamRef): ParamBlock {
  const names = mlpBlockNames(ref.layer);
  return blockOf(layout, ref.kind === 'weight' ? names.W : names.b);
}
