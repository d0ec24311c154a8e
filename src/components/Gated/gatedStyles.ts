// The gated views' CSS: the grid of cells across time, the highway row, the gate view's rows
// (forward values in blue, deltas in vermillion) and the compare strips. No motion. Every
// number that follows a playing run sits in a box of fixed size with strict containment, so its
// change lays out and paints that box alone, not the whole grid (a full layout of the page on
// each update was most of its time). The panels that hold while playing are contained, so the
// gradient strip's redraws do not repaint their thousands of nodes.
export const GATED_CSS = `
.gated-panel { contain: content; }
.gated-cells table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
.gated-cells th, .gated-cells td { padding: 2px 4px; text-align: center; font-size: 0.85rem; }
.gated-cells td button { display: block; width: 4.8rem; height: 2.75rem; contain: strict; padding: 0 2px; border: 1px solid #8a8a8a; border-radius: 6px; background: #fff; font: inherit; cursor: pointer; }
.gated-cells td button[aria-pressed='true'] { border: 3px solid #3f1d6e; background: #f3eefb; font-weight: 700; }
.gated-cells th.gated-current, .gated-cells td.gated-current { background: #f6f1fb; }
.gated-cells .gated-num { display: block; margin: 0 auto; width: 4.4rem; height: 1.3em; line-height: 1.3em; contain: strict; }
.gated-cells th.gated-swept, .gated-cells td.gated-swept { background: #fdf1e3; }
.gated-cells th.gated-swept.gated-current, .gated-cells td.gated-swept.gated-current { background: #f3e6f3; }
.gated-cells tr.gated-highway td { color: #0b4f8a; }
.gated-cells tr.gated-product td { color: #7a3b00; font-weight: 600; }
.gate-view .gate-rows { display: grid; grid-template-columns: 1fr; gap: 2px; }
.gate-view .gate-formula { margin: 0 0 8px 1rem; }
.gate-view .gate-name { font-weight: 600; }
.gate-view .gate-forward .gate-value { color: #0b4f8a; }
.gate-view .gate-backward .gate-value { color: #8a2b00; }
.gate-view .gate-formula { overflow-wrap: anywhere; }
.gate-view .note { color: var(--muted, #555); font-size: 0.9rem; }
.compare-cells .compare-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 12px; }
`;
