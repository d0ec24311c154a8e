// The 2-D views' CSS: focus rings drawn in SVG (the page's outline does not follow SVG shapes),
// the hover cue on removable points, and the enlarged neuron thumbnail.
export const PLANE_CSS = `
.pl-surface { outline: none; }
.pl-surface:focus-visible { outline: none; stroke: var(--focus, #d35400); stroke-width: 3px; }
.pl-point { cursor: pointer; outline: none; }
.pl-point .pl-ring { visibility: hidden; }
.pl-point:hover .pl-ring, .pl-point:focus-visible .pl-ring { visibility: visible; }
.pl-point:focus-visible { outline: none; }
.pl-controls { display: flex; flex-wrap: wrap; gap: 4px 16px; align-items: center; margin: 6px 0; font-size: 13px; }
.pl-controls fieldset { display: flex; flex-wrap: wrap; gap: 2px 10px; border: 0; margin: 0; padding: 0; }
.pl-controls legend { float: left; margin-right: 6px; padding: 0; }
.pl-controls label { display: inline-flex; align-items: center; gap: 4px; cursor: pointer; }
.pl-legend { display: flex; flex-wrap: wrap; gap: 2px 14px; margin: 4px 0 0; padding: 0; list-style: none; font-size: 12px; color: #333; }
.pl-legend li { display: inline-flex; align-items: center; gap: 4px; }
.pl-thumb { position: relative; display: inline-block; line-height: 0; outline: none; }
.pl-thumb:focus-visible { outline: none; }
.pl-thumb:focus-visible > canvas { outline: 3px solid var(--focus, #d35400); outline-offset: 1px; }
.pl-thumb-big { position: absolute; z-index: 3; left: 50%; bottom: calc(100% + 6px); transform: translateX(-50%); padding: 4px; background: #fff; border: 1px solid #888; border-radius: 4px; box-shadow: 0 2px 8px rgba(0,0,0,0.2); line-height: 1.2; font-size: 11px; color: #222; text-align: center; pointer-events: none; white-space: nowrap; }
`;
