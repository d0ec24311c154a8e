// The graph's CSS: focus rings, pulse keyframes and transitions. Motion lives only in the
// .bl-motion rules, which the graph leaves out when reduced motion is asked for.
export const GRAPH_CSS = `
.bl-item { cursor: pointer; outline: none; }
.bl-item .bl-focus { visibility: hidden; }
.bl-item:focus-visible .bl-focus { visibility: visible; }
.bl-pulse { fill: none; stroke-linecap: round; pointer-events: none; }
.bl-pulse-edge { stroke-dasharray: 10 100; animation: bl-travel 0.9s ease-in-out 2 both; }
.bl-pulse-band { animation: bl-sweep 0.9s ease-in-out 2 both; }
.bl-pulse-loss { animation: bl-loss 0.9s ease-in-out 2 both; }
@keyframes bl-travel { from { stroke-dashoffset: 110; opacity: 1; } 85% { opacity: 1; } to { stroke-dashoffset: 0; opacity: 0; } }
@keyframes bl-sweep { from { transform: translateX(0); opacity: 0.6; } to { transform: translateX(var(--bl-dx)); opacity: 0; } }
@keyframes bl-loss { from { r: var(--bl-r0); opacity: 0.9; } to { r: var(--bl-r1); opacity: 0; } }
.bl-motion .bl-edge-line, .bl-motion .bl-node-fill { transition: stroke-width 0.3s, fill 0.3s, stroke 0.3s; }
.bl-value { paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
`;
