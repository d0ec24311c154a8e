// The CSV import panel's CSS: target columns are marked in words as well as by shading, and
// problems by a heading and a bar, not by colour alone.
export const DATA_IMPORT_CSS = `
.di-panel { display: grid; gap: 10px; background: var(--panel, #f6f8fa); border: 1px solid var(--line, #d0d7de); border-radius: 8px; padding: 12px 14px; }
.di-panel > h2 { margin: 0; }
.di-panel p { margin: 0; }
.di-hint { color: var(--muted, #4a5563); font-size: 0.9rem; }
.di-panel textarea { width: 100%; min-height: 8em; font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; font-size: 0.85rem; color: var(--ink, #1b1f24); padding: 6px 8px; border: 1px solid #8c959f; border-radius: 6px; background: #fff; resize: vertical; }
.di-panel input[type='file'] { font: inherit; font-size: 0.9rem; color: var(--ink, #1b1f24); }
.di-table { max-height: 22em; overflow: auto; background: #fff; border: 1px solid var(--line, #d0d7de); border-radius: 6px; }
.di-table table { border-collapse: collapse; font-size: 0.85rem; font-variant-numeric: tabular-nums; }
.di-table caption { text-align: left; padding: 6px 8px; color: var(--muted, #4a5563); }
.di-table th, .di-table td { border: 1px solid var(--line, #d0d7de); padding: 3px 8px; text-align: right; white-space: nowrap; }
.di-table thead th { position: sticky; top: 0; background: #fff; text-align: left; vertical-align: bottom; }
.di-table tbody th { color: var(--muted, #4a5563); font-weight: 400; }
.di-table .di-target { background: #e8f0fb; }
.di-table thead .di-target { background: #dbe7f7; }
.di-col-info { display: block; font-weight: 400; font-size: 0.75rem; color: var(--muted, #4a5563); }
.di-table .di-bad { outline: 2px solid var(--error, #a40e26); outline-offset: -2px; font-weight: 600; }
.di-targets { border: 1px solid var(--line, #d0d7de); border-radius: 6px; margin: 0; padding: 6px 10px 8px; }
.di-targets legend { font-weight: 600; padding: 0 4px; }
.di-target-list { display: flex; flex-wrap: wrap; gap: 2px 14px; max-height: 10em; overflow: auto; margin: 0; padding: 2px; list-style: none; }
.di-target-list label { display: inline-flex; align-items: center; gap: 4px; cursor: pointer; min-height: 28px; }
.di-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.di-panel button:disabled { opacity: 0.55; cursor: not-allowed; }
.di-why { color: var(--muted, #4a5563); font-size: 0.9rem; align-self: center; }
.di-shape { font-weight: 600; }
.di-problems { border-left: 4px solid var(--error, #a40e26); background: #fff; padding: 6px 10px; color: var(--error, #a40e26); }
.di-problems ul { margin: 4px 0 0; padding-left: 1.2em; color: var(--ink, #1b1f24); }
`;
