// The fixed-point views' CSS: the graph's edges (clickable, the chosen one drawn thick), the
// unit labels, the stage line and the chain rule's current sample.
export const FIXED_POINT_CSS = `
.fp-graph svg { display: block; max-width: 100%; height: auto; }
.fp-graph .fp-edge { fill: none; cursor: pointer; }
.fp-graph .fp-edge-hit { fill: none; stroke: transparent; stroke-width: 10px; cursor: pointer; }
.fp-graph .fp-edge-chosen {
  stroke: #111 !important; stroke-width: 4px !important; opacity: 1 !important;
}
.fp-graph .fp-label { font: 12px system-ui, sans-serif; fill: #222; }
.fp-graph .fp-value { font: 11px system-ui, sans-serif; fill: #222; }
.fp-graph .fp-adjoint { font: 11px system-ui, sans-serif; fill: #7a2e0e; font-weight: 600;
  paint-order: stroke; stroke: #fff; stroke-width: 3px; }
.fp-step { border-left: 4px solid transparent; padding-left: 8px; margin: 4px 0; }
.fp-step-current { border-left-color: #6a3d9a; background: #f6f1fb; }
.fp-stage { font-size: 0.95rem; margin: 4px 0; min-height: 2.6em; overflow-wrap: anywhere; }
.fp-radius { font-size: 0.9rem; margin: 4px 0; }
.fp-radius[data-converges='false'] { color: #8a1c1c; font-weight: 600; }
.fp-outer td.fp-chosen { outline: 2px solid #111; font-weight: 700; }
.fp-terms tr.fp-current { background: #f3eefb; font-weight: 600; }
.fp-pick { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; margin: 6px 0; }
`;
