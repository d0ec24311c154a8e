// Props of the network graph and the handlers its parts share. Plain data only.
import type { KeyboardEvent, ReactNode } from 'react';
import type { GraphMode } from '../../viz/graphModel';
import type { GraphRef } from '../../viz/refs';

export type { GraphRef } from '../../viz/refs';

export interface NetworkGraphProps {
  /** Layer sizes, input layer first. */
  readonly sizes: readonly number[];
  /** W0, b0, W1, b1, … (W of a layer [nOut, nIn] row-major), as in the engine. */
  readonly params: Float64Array;
  /** The current sample's values, one array per layer including the input. */
  readonly activations?: readonly Float64Array[] | null;
  /** δ = ∂L/∂z of the current sample, one array per non-input layer. */
  readonly deltas?: readonly Float64Array[] | null;
  /** The batch gradients, same layout as params. */
  readonly gradients?: Float64Array | null;
  /** The parameter index whose gradient a lesson question keeps hidden ("?"), if any. */
  readonly withheldGradient?: number | null;
  /** The unit (`layer:j`, input layer 0) whose activation a lesson question keeps hidden. */
  readonly withheldUnit?: string | null;
  /** The example does not train its biases (trainBiases: false): they say so. */
  readonly fixedBiases?: boolean;
  /** Forward: activations and weights; backward: δ and gradients. */
  readonly mode: GraphMode;
  /** The 0-based non-input layer the cursor is on; null for none. */
  readonly activeLayer?: number | null;
  readonly selection?: GraphRef | null;
  /** Emphasised without being selected (e.g. a hovered chain-rule factor). */
  readonly highlight?: GraphRef | null;
  readonly onSelect?: (ref: GraphRef) => void;
  /** Values stream in many times a second (training plays): heavy layers redraw less often. */
  readonly live?: boolean;
  /** Motion becomes instant changes (the app reads prefers-reduced-motion). */
  readonly reducedMotion: boolean;
  /** Fixed size; without a width the graph fills its container (ResizeObserver). */
  readonly width?: number;
  readonly height?: number;
  /** Draw the input layer as an image, e.g. { rows: 8, cols: 8 } for digits. */
  readonly inputImage?: { readonly rows: number; readonly cols: number } | null;
  /**
   * Something small to pin beside a neuron (e.g. its heatmap over the plane), or null. Drawn
   * in an HTML layer above the graph at the node's lower right; the node stays clickable.
   */
  readonly nodeBadge?: ((layer: number, j: number) => ReactNode) | null;
  /** Names written beside the input and output neurons (features, classes), or null. */
  readonly inputNames?: readonly string[] | null;
  readonly outputNames?: readonly string[] | null;
  /** The region's accessible name. */
  readonly 'aria-label'?: string;
}

/** What the parts report back to the graph. */
export interface GraphHandlers {
  /** Click or Enter/Space. */
  activate(ref: GraphRef): void;
  /** Pointer or focus entered (ref) or left (null). */
  inspect(ref: GraphRef | null): void;
  /** The item got focus (by keyboard or click): it becomes the graph's one tab stop. */
  focus(ref: GraphRef): void;
  /** A key on a focused item: Enter/Space select, arrows and the graph's letters move focus. */
  keyDown(e: KeyboardEvent, ref: GraphRef): void;
}
