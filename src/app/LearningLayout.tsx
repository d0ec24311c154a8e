// The page's learning layout: four named slots, so every family of network (the MLP views, the
// recurrent ones) fills the same frame. Markup only; where each slot goes is in learningLayout.css.
// DOM order is the phone's reading and tab order: controls, graph, explanation, the rest.
import type { ReactNode } from 'react';
import './learningLayout.css';

export interface LearningLayoutProps {
  /** The toolbar, notices and status: above the graph. */
  readonly controls: ReactNode;
  /** The network graph (or its unrolled form). */
  readonly graph: ReactNode;
  /** The chain rule over the worked example: a column beside the graph that stays in view. */
  readonly explain: ReactNode;
  /** The data panel, settings and charts: under the graph. */
  readonly side: ReactNode;
}

export function LearningLayout({ controls, graph, explain, side }: LearningLayoutProps) {
  return (
    <div className="learning">
      <div className="learning-controls">{controls}</div>
      <div className="learning-graph">{graph}</div>
      <div className="learning-explain">{explain}</div>
      <div className="learning-side">{side}</div>
    </div>
  );
}
