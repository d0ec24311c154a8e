// The hidden neurons' maps pinned on the graph: when a net is small enough for them, and each
// layer's grid block thinned to the few points a badge needs. Its own module so the graph does
// not pull the data panel's view-models into the first load. Pure: no DOM, no store.

/** Hidden neurons' maps are pinned on the graph when every hidden layer is this small. */
export const MAPS_ON_GRAPH_MAX_UNITS = 16;

export const mapsOnGraph = (sizes: readonly number[]): boolean =>
  sizes.length > 2 && sizes.slice(1, -1).every((n) => n <= MAPS_ON_GRAPH_MAX_UNITS);

/**
 * Every `stride`-th grid point of a layer's block [n·n, units] (rows over y then x), as a block
 * of m·m points, m = ⌈n / stride⌉: small maps need no 100×100 grid.
 */
export function subsampleGrid(
  values: Float64Array,
  n: number,
  units: number,
  stride: number,
): { readonly values: Float64Array; readonly resolution: number } {
  const m = Math.ceil(n / stride);
  const out = new Float64Array(m * m * units);
  for (let r = 0; r < m; r += 1) {
    for (let c = 0; c < m; c += 1) {
      const from = (r * stride * n + c * stride) * units;
      out.set(values.subarray(from, from + units), (r * m + c) * units);
    }
  }
  return { values: out, resolution: m };
}
