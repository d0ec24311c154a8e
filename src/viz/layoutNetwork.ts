// Where each node, edge and bias of a fully connected net sits in a width × height box:
// layers in columns, nodes centred in each column, edges carrying their index into the
// engine's flat params (asked of the layout). Pure geometry: no DOM, no values.
import { blockOf, indexIn } from '../engine/layout';
import { layerShapesOf, mlpBlockNames, mlpLayout } from '../engine/network';

export interface Padding {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export interface LayoutOptions {
  /** Space kept free around the drawing (the layer titles sit in `top`). */
  readonly padding?: Partial<Padding>;
  /** Draw the input layer as a rows × cols image (e.g. 8 × 8 digits) instead of circles. */
  readonly inputImage?: { readonly rows: number; readonly cols: number } | null;
  /** Largest node radius (small nets). */
  readonly maxRadius?: number;
  /** Largest distance between neighbouring nodes of a layer, so small layers stay compact. */
  readonly maxSpacing?: number;
  /** Largest distance between layer columns; a narrower drawing is centred in the box. */
  readonly maxGap?: number;
}

/** A neuron; `layer` counts the input layer as 0. */
export interface NodeLayout {
  readonly layer: number;
  readonly j: number;
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/** A weight; `layer` is the 0-based non-input layer, `index` its place in params. */
export interface EdgeLayout {
  readonly layer: number;
  readonly j: number;
  readonly i: number;
  readonly index: number;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** A bias marker beside its neuron; `layer` is the 0-based non-input layer. */
export interface BiasLayout {
  readonly layer: number;
  readonly j: number;
  readonly index: number;
  readonly x: number;
  readonly y: number;
}

export interface LayerLayout {
  readonly layer: number;
  readonly x: number;
  /** Vertical extent of the layer's nodes (or image). */
  readonly top: number;
  readonly bottom: number;
}

export interface ImageLayout {
  readonly x: number;
  readonly y: number;
  readonly cell: number;
  readonly rows: number;
  readonly cols: number;
}

export interface NetworkLayout {
  readonly width: number;
  readonly height: number;
  readonly padding: Padding;
  readonly layers: readonly LayerLayout[];
  /** nodes[layer][j] */
  readonly nodes: readonly (readonly NodeLayout[])[];
  readonly edges: readonly EdgeLayout[];
  readonly biases: readonly BiasLayout[];
  /** Set when the input layer is drawn as an image. */
  readonly image: ImageLayout | null;
}

const DEFAULT_PADDING: Padding = { top: 40, right: 44, bottom: 28, left: 44 };

export function layoutNetwork(
  sizes: readonly number[],
  width: number,
  height: number,
  options: LayoutOptions = {},
): NetworkLayout {
  if (sizes.length < 2 || sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new RangeError('sizes must list at least two positive integer layer sizes');
  const padding: Padding = { ...DEFAULT_PADDING, ...options.padding };
  const maxRadius = options.maxRadius ?? 26;
  const maxSpacing = options.maxSpacing ?? 120;
  const innerW = Math.max(1, width - padding.left - padding.right);
  const innerH = Math.max(1, height - padding.top - padding.bottom);
  const top = padding.top;
  const midY = top + innerH / 2;

  const imageOpt =
    options.inputImage && options.inputImage.rows * options.inputImage.cols === sizes[0]
      ? options.inputImage
      : null;
  const nLayers = sizes.length;
  // Column centres: evenly spaced; an input image takes a wider first column.
  const gap = Math.min(innerW / (nLayers - 1), options.maxGap ?? Infinity);
  const left = padding.left + (innerW - gap * (nLayers - 1)) / 2;
  let image: ImageLayout | null = null;
  const xs: number[] = [];
  if (imageOpt) {
    const side = Math.min(innerH, gap * 0.45, 200);
    const cell = side / Math.max(imageOpt.rows, imageOpt.cols);
    const imgW = cell * imageOpt.cols;
    const imgH = cell * imageOpt.rows;
    const x0 = padding.left - padding.left / 2;
    image = { x: x0, y: midY - imgH / 2, cell, rows: imageOpt.rows, cols: imageOpt.cols };
    xs.push(x0 + imgW / 2);
    const rest = (padding.left + innerW - (x0 + imgW)) / (nLayers - 1);
    for (let l = 1; l < nLayers; l += 1) xs.push(x0 + imgW + rest * l);
  } else {
    for (let l = 0; l < nLayers; l += 1) xs.push(left + gap * l);
  }

  const nodes: NodeLayout[][] = [];
  const layers: LayerLayout[] = [];
  for (let l = 0; l < nLayers; l += 1) {
    const n = sizes[l];
    const col: NodeLayout[] = [];
    if (l === 0 && image) {
      const img = image;
      for (let j = 0; j < n; j += 1) {
        const row = Math.floor(j / img.cols);
        const c = j % img.cols;
        col.push({
          layer: 0,
          j,
          x: img.x + (c + 0.5) * img.cell,
          y: img.y + (row + 0.5) * img.cell,
          r: img.cell / 2,
        });
      }
      layers.push({ layer: 0, x: xs[0], top: img.y, bottom: img.y + img.rows * img.cell });
    } else {
      const spacing = Math.min(maxSpacing, innerH / n);
      const r = Math.max(1.5, Math.min(maxRadius, spacing * 0.38, gap * 0.2));
      const y0 = midY - (spacing * (n - 1)) / 2;
      for (let j = 0; j < n; j += 1) col.push({ layer: l, j, x: xs[l], y: y0 + spacing * j, r });
      layers.push({ layer: l, x: xs[l], top: y0 - r, bottom: y0 + spacing * (n - 1) + r });
    }
    nodes.push(col);
  }

  const params = mlpLayout(sizes);
  const edges: EdgeLayout[] = [];
  const biases: BiasLayout[] = [];
  layerShapesOf(params).forEach((slot, l) => {
    const names = mlpBlockNames(l);
    const W = blockOf(params, names.W);
    const b = blockOf(params, names.b);
    for (let j = 0; j < slot.nOut; j += 1) {
      const to = nodes[l + 1][j];
      for (let i = 0; i < slot.nIn; i += 1) {
        const from = nodes[l][i];
        const dx = to.x - from.x;
        const dy = to.y - from.y;
        const len = Math.hypot(dx, dy) || 1;
        // Image cells start at their centre; circles at their rim.
        const r1 = l === 0 && image ? 0 : from.r;
        edges.push({
          layer: l,
          j,
          i,
          index: indexIn(W, [j, i]),
          x1: from.x + (dx / len) * r1,
          y1: from.y + (dy / len) * r1,
          x2: to.x - (dx / len) * to.r,
          y2: to.y - (dy / len) * to.r,
        });
      }
      // The bias sits above-left of its neuron, clear of the incoming edges' ends.
      biases.push({
        layer: l,
        j,
        index: indexIn(b, [j]),
        x: to.x - to.r * 0.2,
        y: to.y - to.r * 1.45,
      });
    }
  });
  return { width, height, padding, layers, nodes, edges, biases, image };
}
