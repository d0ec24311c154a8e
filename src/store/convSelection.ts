// What the learner picked in the convolutional views, one small store per app instance (two
// embeds on a page never share it): the map cell, the kernel entry and input cell whose sums are
// opened up, and whether the maps show values (forward) or gradients (backward).
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useAppStoreApi } from './context';

/** A cell of layer `layer`'s output map (−1: the input), by flat index. */
export interface ConvCellPick {
  readonly layer: number;
  readonly index: number;
}

export interface ConvSelectionState {
  readonly cell: ConvCellPick | null;
  /** Flat parameter index of the kernel entry whose gradient Σ δ ⊙ patch is shown. */
  readonly kernelEntry: number | null;
  /** Flat index, in the conv layer's input, of the cell whose ∂L/∂x is shown. */
  readonly inputCell: number | null;
  /** Maps show a, or ∂L/∂a; null: follow the cursor (backward phases show gradients). */
  readonly mode: 'forward' | 'backward' | null;
  pick(cell: ConvCellPick | null): void;
  pickKernelEntry(index: number | null): void;
  pickInputCell(index: number | null): void;
  setMode(mode: 'forward' | 'backward' | null): void;
}

export function createConvSelection(): StoreApi<ConvSelectionState> {
  return createStore<ConvSelectionState>((set) => ({
    cell: null,
    kernelEntry: null,
    inputCell: null,
    mode: null,
    pick: (cell) => set({ cell, kernelEntry: null, inputCell: null }),
    pickKernelEntry: (kernelEntry) => set({ kernelEntry }),
    pickInputCell: (inputCell) => set({ inputCell }),
    setMode: (mode) => set({ mode }),
  }));
}

const stores = new WeakMap<object, StoreApi<ConvSelectionState>>();

/** The conv selection of this app instance (created on first use). */
export function useConvSelection<T>(selector: (s: ConvSelectionState) => T): T {
  const app = useAppStoreApi();
  let store = stores.get(app);
  if (!store) {
    store = createConvSelection();
    stores.set(app, store);
  }
  return useStore(store, selector);
}
