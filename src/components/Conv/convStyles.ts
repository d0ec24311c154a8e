// The convolutional views' CSS: maps left to right, channel tiles, focus rings on maps, the
// number grids with marked and picked cells, and the gradient-norm table.
export const CONV_CSS = `
.conv-toolbar { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; }
.conv-mode { border: 0; padding: 0; margin: 0; display: flex; gap: 12px; align-items: center; }
.conv-mode legend { float: left; margin-right: 8px; font-weight: 600; }
.conv-mode label { display: flex; gap: 4px; align-items: center; min-height: 2.75rem; }
.conv-sample { display: flex; gap: 8px; align-items: center; margin: 4px 0; }
.conv-sample button { min-height: 2.75rem; }
.conv-legend, .conv-note { font-size: 0.85rem; color: var(--muted, #555); margin: 4px 0; }
.conv-columns { display: flex; gap: 16px; align-items: flex-start; overflow-x: auto; padding: 4px 2px 8px; }
.conv-column h3 { font-size: 0.85rem; margin: 0 0 4px; white-space: nowrap; }
.conv-shape { font-weight: 400; color: var(--muted, #555); }
.conv-tiles { display: flex; flex-direction: column; align-items: flex-start; gap: 4px; }
.conv-tiles-grid { display: grid; grid-template-columns: repeat(4, auto); }
.conv-map { display: inline-block; line-height: 0; border: 1px solid #ccc; outline: none; }
.conv-map canvas { cursor: pointer; }
.conv-map:focus-visible { outline: 3px solid #3f1d6e; outline-offset: 2px; }
.conv-grids { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; }
.conv-pair { display: flex; gap: 6px; align-items: center; }
.conv-grid { border-collapse: collapse; font-variant-numeric: tabular-nums; }
.conv-grid caption { font-size: 0.8rem; color: var(--muted, #555); text-align: left; caption-side: top; max-width: 14em; }
.conv-grid td { border: 1px solid #bbb; min-width: 2.4em; text-align: center; padding: 2px 4px; }
.conv-grid td button { all: unset; cursor: pointer; display: block; min-width: 2.4em; min-height: 1.6em; }
.conv-grid td button:focus-visible { outline: 3px solid #3f1d6e; }
.conv-grid td.conv-marked { background: #e8def5; font-weight: 700; }
.conv-grid td.conv-picked { outline: 3px solid #111; outline-offset: -3px; }
.conv-grid td.conv-pad { color: #777; font-style: italic; }
.conv-sum { overflow-wrap: anywhere; margin: 6px 0; }
.conv-detail h3 { font-size: 1rem; margin: 0 0 6px; }
.conv-detail h4 { font-size: 0.9rem; margin: 10px 0 4px; }
.conv-bn-values { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; }
.conv-bn-values dd { margin: 0; }
.conv-norm-table th, .conv-norm-table td { padding: 2px 8px; text-align: left; }
.conv-norm-table td:nth-child(2) { text-align: right; font-variant-numeric: tabular-nums; }
`;
