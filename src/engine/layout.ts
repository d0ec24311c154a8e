// The parameter layout: named blocks (W1, b1, Wxh, Whh, …) over one flat Float64Array.
// Every network family describes its parameters here; optimizers, snapshots and transfers
// see only the flat vector. Pure data and index arithmetic: no maths, no allocation per step.

/** 'weight' blocks are regularized; 'bias' blocks never are. */
export type BlockRole = 'weight' | 'bias';

export interface BlockSpec {
  /** Unique within a layout: `W1`, `b1`, `Wxh`, `bh`, `Why`, … */
  readonly name: string;
  /** Row-major shape: [rows, cols] for a matrix ([receiving, sending]), [n] for a vector. */
  readonly shape: readonly number[];
  readonly role: BlockRole;
}

export interface ParamBlock extends BlockSpec {
  /** Index of the block's first entry in the flat vector. */
  readonly offset: number;
  /** Product of the shape. */
  readonly size: number;
}

export interface ParamLayout {
  /** In flat order: block k starts where block k−1 ends. */
  readonly blocks: readonly ParamBlock[];
  /** Total number of parameters. */
  readonly size: number;
}

/** Lays the blocks out one after another, in the order given. */
export function createLayout(specs: readonly BlockSpec[]): ParamLayout {
  const blocks: ParamBlock[] = [];
  const seen = new Set<string>();
  let offset = 0;
  for (const spec of specs) {
    if (seen.has(spec.name)) throw new Error(`duplicate parameter block '${spec.name}'`);
    seen.add(spec.name);
    const size = spec.shape.reduce((n, d) => n * d, 1);
    blocks.push({ ...spec, shape: [...spec.shape], offset, size });
    offset += size;
  }
  return { blocks, size: offset };
}

/** The block with this name, or undefined. */
export function findBlock(layout: ParamLayout, name: string): ParamBlock | undefined {
  return layout.blocks.find((b) => b.name === name);
}

/** The block with this name; throws when the layout has none (a programming error). */
export function blockOf(layout: ParamLayout, name: string): ParamBlock {
  const block = findBlock(layout, name);
  if (!block) throw new Error(`no parameter block '${name}'`);
  return block;
}

/** Flat index of entry `position` (row-major multi-index) of a block. */
export function indexIn(block: ParamBlock, position: readonly number[]): number {
  let k = 0;
  for (let d = 0; d < block.shape.length; d += 1) k = k * block.shape[d] + (position[d] ?? 0);
  return block.offset + k;
}

/** Which block a flat index falls in, and its row-major position there; null when outside. */
export function locate(
  layout: ParamLayout,
  index: number,
): { readonly block: ParamBlock; readonly position: number[] } | null {
  for (const block of layout.blocks) {
    if (index < block.offset || index >= block.offset + block.size) continue;
    let rest = index - block.offset;
    const position = new Array<number>(block.shape.length).fill(0);
    for (let d = block.shape.length - 1; d >= 0; d -= 1) {
      position[d] = rest % block.shape[d];
      rest = Math.floor(rest / block.shape[d]);
    }
    return { block, position };
  }
  return null;
}

/** 1 at every entry of the blocks with this role, 0 elsewhere (regularization: 'weight'). */
export function roleMask(layout: ParamLayout, role: BlockRole): Uint8Array {
  const mask = new Uint8Array(layout.size);
  for (const block of layout.blocks) {
    if (block.role === role) mask.fill(1, block.offset, block.offset + block.size);
  }
  return mask;
}

/** A nested array (number[] for vectors, number[][] for matrices, …) of one block's values. */
export type Nested = number | Nested[];

/** A block's values from `flat`, nested by its shape (the scenario's and the trace's layout). */
export function nestedBlock(block: ParamBlock, flat: ArrayLike<number>): Nested[] {
  const build = (depth: number, start: number): Nested[] => {
    const n = block.shape[depth];
    const stride = block.shape.slice(depth + 1).reduce((a, d) => a * d, 1);
    const out: Nested[] = [];
    for (let k = 0; k < n; k += 1) {
      out.push(
        depth + 1 === block.shape.length ? flat[start + k] : build(depth + 1, start + k * stride),
      );
    }
    return out;
  };
  return build(0, block.offset);
}

/** Every block's values keyed by name, as the recurrent trace's `gradients`/`before`/`after`. */
export function nestedByName(
  layout: ParamLayout,
  flat: ArrayLike<number>,
): Record<string, Nested[]> {
  const out: Record<string, Nested[]> = {};
  for (const block of layout.blocks) out[block.name] = nestedBlock(block, flat);
  return out;
}
