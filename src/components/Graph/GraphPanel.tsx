// The network graph wired to the store: the shown update's phase decides what it draws;
// selecting a node or edge drives the chain-rule panel.
import { lazy, memo, Suspense, useCallback, useMemo } from 'react';
import { mapsOnGraph, subsampleGrid } from '../../viz/graphMaps';
import { NetworkGraph } from '../NetworkGraph/NetworkGraph';
import { useThrottled } from '../common/useThrottled';
import { useAppStore } from '../../store/context';
import { selectActions, selectPhase, selectMlpTrace } from '../../store/selectors';
import { phaseGraph } from '../../viz/phaseGraph';
import { graphRefOf, paramIndexOf, paramSlots } from '../../viz/refs';
import { neuronText } from '../../viz/names';
import { activationWithheldInGraph } from '../../lessons/withheld';
import type { Selection } from '../../store/types';

const GRAPH_LIVE_MS = 100;
const BADGE_STRIDE = 3;
const BADGE_SIZE = 22;
const BADGE_PLACEHOLDER = { display: 'inline-block', width: BADGE_SIZE, height: BADGE_SIZE };
/** Re-rendered only when its inputs change (not on every frame the store receives). */
const Graph = memo(NetworkGraph);

/** The maps' drawing code arrives with the data panel's, after the first screen. */
const NeuronThumbnail = lazy(() =>
  import('../DataViews/Plane/NeuronThumbnail').then((m) => ({ default: m.NeuronThumbnail })),
);
/** Digits' 64 inputs drawn as their 8×8 picture (one object, so the layout is kept). */
const DIGIT_IMAGE = { rows: 8, cols: 8 } as const;

export function GraphPanel({ highlight = null }: { readonly highlight?: Selection | null }) {
  const trace = useAppStore(selectMlpTrace);
  const phase = useAppStore(selectPhase);
  const playing = useAppStore((s) => s.playing);
  // While playing, the graph follows the weights ~10 times a second: faster is unreadable and
  // would take frames from the page.
  const frameParams = useThrottled(
    useAppStore((s) => s.frame?.params ?? null),
    GRAPH_LIVE_MS,
    playing,
  );
  const sizes = useAppStore((s) => s.summary?.sizes ?? null);
  const selection = useAppStore((s) => s.selection);
  const reducedMotion = useAppStore((s) => s.reducedMotion);
  // the gradient an open lesson question asks for shows "?" until it is answered
  const withheldGradient = useAppStore((s) =>
    s.withheld?.kind === 'gradient' && s.summary
      ? paramIndexOf(paramSlots(s.summary.sizes), s.withheld.ref)
      : null,
  );
  // so is an activation, unless the step asks to read it off its node (`layer:j` or null)
  const withheldUnit = useAppStore((s) => {
    const w = s.withheld;
    if (w?.kind !== 'activation' || w.ref.kind !== 'neuron' || !s.summary) return null;
    const { layer, j } = w.ref;
    const name = neuronText(s.summary.sizes, layer, j);
    return activationWithheldInGraph(w, layer, j, name) ? `${layer}:${j}` : null;
  });
  const actions = useAppStore(selectActions);
  const grid = useAppStore((s) => s.views.grid);
  const activations = useAppStore((s) => s.summary?.activations ?? null);
  const featureNames = useAppStore((s) => s.summary?.featureNames ?? null);
  const classNames = useAppStore((s) => s.summary?.classNames ?? null);
  // the loaded scenario's choice (the schema's default trains them)
  const fixedBiases = useAppStore(
    (s) =>
      (s.scenario as { network?: { trainBiases?: boolean } } | null)?.network?.trainBiases ===
      false,
  );
  // each hidden neuron's map over the data plane, pinned beside it (small 2-D nets only)
  const shown = sizes && grid?.layers && activations && mapsOnGraph(sizes) ? grid : null;
  // a 22-pixel map needs about a third of the boundary's grid points per side
  const badges = useMemo(
    () =>
      shown?.layers && sizes
        ? shown.layers.map((block, l) =>
            subsampleGrid(block, shown.need.resolution, sizes[l + 1], BADGE_STRIDE),
          )
        : null,
    [shown, sizes],
  );
  const nodeBadge = useCallback(
    (layer: number, j: number) => {
      if (!badges || !sizes || !activations) return null;
      if (layer < 1 || layer >= sizes.length - 1) return null;
      const { values, resolution } = badges[layer - 1];
      return (
        <Suspense fallback={<span style={BADGE_PLACEHOLDER} />}>
          <NeuronThumbnail
            values={values}
            resolution={resolution}
            units={sizes[layer]}
            unit={j}
            activation={activations[layer - 1]}
            label={`Map of hidden layer ${layer}, neuron ${j + 1} over the plane`}
            size={BADGE_SIZE}
            // the graph is one tab stop: selecting the neuron shows its map in the data panel
            tabbable={false}
          />
        </Suspense>
      );
    },
    [badges, sizes, activations],
  );
  const data = useMemo(
    () => (frameParams ? phaseGraph(trace, phase, frameParams) : null),
    [trace, phase, frameParams],
  );
  if (!sizes || !data || data.params.length === 0) {
    return (
      <section className="panel graph-panel" aria-label="Network graph">
        <p>Loading the network…</p>
      </section>
    );
  }
  return (
    <section className="panel graph-panel" aria-label="Network graph">
      <Graph
        sizes={sizes}
        params={data.params}
        activations={data.activations}
        deltas={data.deltas}
        gradients={data.gradients}
        withheldGradient={withheldGradient}
        withheldUnit={withheldUnit}
        mode={data.mode}
        fixedBiases={fixedBiases}
        activeLayer={data.activeLayer}
        selection={graphRefOf(selection)}
        highlight={graphRefOf(highlight)}
        onSelect={actions.select}
        reducedMotion={reducedMotion}
        live={playing}
        nodeBadge={badges ? nodeBadge : null}
        inputImage={sizes[0] === 64 ? DIGIT_IMAGE : null}
        inputNames={featureNames}
        outputNames={classNames}
        aria-label="Network diagram"
      />
    </section>
  );
}
