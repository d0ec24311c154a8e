// The recurrent views' CSS: focus rings on graph items, the time strip, the highlighted step of
// the worked example and the chain rule's current term. Motion only where it is allowed.
export const RECURRENT_CSS = `
.rnn-graph .rnn-item { cursor: pointer; outline: none; }
.rnn-graph .rnn-item .rnn-focus { visibility: hidden; }
.rnn-graph .rnn-item:focus-visible .rnn-focus { visibility: visible; }
.rnn-graph line.rnn-item:focus-visible { stroke: #111; stroke-width: 5px; opacity: 1; }
.rnn-graph line.rnn-edge-dense { pointer-events: stroke; }
.rnn-graph .rnn-hit { stroke: transparent; fill: none; }
.rnn-graph .rnn-label { font: 12px system-ui, sans-serif; fill: #333; }
.rnn-graph .rnn-label-current { font-weight: 700; fill: #3f1d6e; }
.rnn-caption { font-size: 0.9rem; min-height: 2.6em; margin: 4px 0; overflow-wrap: anywhere; }
.rnn-legend { font-size: 0.85rem; color: var(--muted, #555); margin: 2px 0; }
.rnn-strip { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; margin: 6px 0; }
.rnn-strip label { display: flex; align-items: center; gap: 6px; flex: 1 1 160px; min-width: 0; }
.rnn-strip input[type='range'] { flex: 1 1 auto; min-width: 60px; }
.rnn-strip button { min-width: 2.75rem; min-height: 2.75rem; }
.rnn-step { border-left: 4px solid transparent; padding-left: 8px; margin: 4px 0; }
.rnn-step-current { border-left-color: #6a3d9a; background: #f6f1fb; }
.rnn-terms tr.rnn-current { background: #f3eefb; font-weight: 600; }
.rnn-terms td.rnn-unscored { color: var(--muted, #555); }
.rnn-dropped { color: var(--muted, #555); font-size: 0.9rem; }
`;
