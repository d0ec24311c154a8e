// The unrolled graph's weight copies in its SVG. A small net: each copy a coloured line with a
// wide hit area and a focus ring. A big one (see DENSE_EDGES): each copy an invisible line
// (no paint; its stroke still takes the pointer) that only carries focus, click and name, memoized so a playing run (new weights every
// frame) re-renders none of them; the colours are on the canvas below (UnrolledEdgeCanvas).
import { memo } from 'react';
import { itemKey, type UnrolledItem } from '../../viz/unrolledKeys';
import type { EdgeBlock, UnrolledEdge } from '../../viz/unrolledLayout';
import { stepComputed, type Cursor, type WeightPaint } from '../../viz/unrolledValues';
import { itemProps, type ItemHandlers } from './itemProps';

/** Above this many drawn weights, the copies are painted on a canvas. */
export const DENSE_EDGES = 600;

const edgeItem = (e: UnrolledEdge): UnrolledItem => ({
  kind: 'edge',
  block: e.block,
  t: e.t,
  j: e.j,
  i: e.i,
});

/** The selected entry's key as DenseEdgeHits compares it (`Whh:j,i`), or null. */
export function entryKey(entry: { block: string; j: number; i: number } | null): string | null {
  return entry ? `${entry.block}:${entry.j},${entry.i}` : null;
}

export interface DenseEdgeHitsProps {
  readonly edges: readonly UnrolledEdge[];
  readonly tabStop: string;
  readonly selected: string | null;
  readonly onItem: ItemHandlers;
}

export const DenseEdgeHits = memo(function DenseEdgeHits(props: DenseEdgeHitsProps) {
  const { tabStop, selected, onItem } = props;
  return props.edges.map((e) => {
    const item = edgeItem(e);
    const pressed = selected === `${e.block}:${e.j},${e.i}`;
    return (
      <line
        key={itemKey(item)}
        {...itemProps(item, tabStop, pressed, onItem)}
        className="rnn-item rnn-edge-dense"
        x1={e.x1}
        y1={e.y1}
        x2={e.x2}
        y2={e.y2}
        stroke="none"
        strokeWidth={6}
      />
    );
  });
});

export interface FineEdgesProps {
  readonly edges: readonly UnrolledEdge[];
  readonly paint: (block: EdgeBlock, j: number, i: number) => WeightPaint;
  readonly cursor: Cursor;
  readonly tabStop: string;
  readonly selected: string | null;
  readonly onItem: ItemHandlers;
}

export function FineEdges({ edges, paint, cursor, tabStop, selected, onItem }: FineEdgesProps) {
  return edges.map((e) => {
    const p = paint(e.block, e.j, e.i);
    const item = edgeItem(e);
    const pressed = selected === `${e.block}:${e.j},${e.i}`;
    const live = stepComputed(cursor, e.t) || cursor.pass === 'backward';
    return (
      <g key={itemKey(item)} {...itemProps(item, tabStop, pressed, onItem)}>
        <line x1={e.x1} y1={e.y1} x2={e.x2} y2={e.y2} className="rnn-hit" strokeWidth={10} />
        <line
          x1={e.x1}
          y1={e.y1}
          x2={e.x2}
          y2={e.y2}
          stroke={p.stroke}
          strokeWidth={pressed ? p.width + 2 : p.width}
          strokeDasharray={p.dash ?? undefined}
          opacity={live ? 0.9 : 0.35}
        />
        <line
          x1={e.x1}
          y1={e.y1}
          x2={e.x2}
          y2={e.y2}
          className="rnn-focus"
          stroke="#111"
          strokeWidth={p.width + 4}
          opacity={0.6}
        />
      </g>
    );
  });
}
