// Beside the boundary of a small 2-D net: the selected hidden neuron's map over the same plane
// at full size (the graph carries every neuron's map as a small badge), so a learner can compare
// what one neuron computes with what the whole net decides.
import { useMemo } from 'react';
import type { RunSummary } from '../../protocol/messages';
import { useAppStore } from '../../store/context';
import { hiddenNeuronOf } from '../../viz/dataPanel';
import { neuronLabel, neuronText } from '../../viz/names';
import { neuronPicture } from '../../viz/plane';
import { GridCanvas } from '../DataViews/Plane/GridCanvas';
import { RampKey } from '../DataViews/Plane/RampKey';

const SIZE = 200;

export interface SelectedNeuronMapProps {
  readonly summary: RunSummary;
  /** Each hidden layer's activations over the grid, [n·n, units] row-major. */
  readonly layers: readonly Float64Array[];
  readonly resolution: number;
}

export function SelectedNeuronMap({ summary, layers, resolution }: SelectedNeuronMapProps) {
  const selection = useAppStore((s) => s.selection);
  const { sizes, activations } = summary;
  const picture = useMemo(() => {
    const target = hiddenNeuronOf(sizes, selection);
    const block = target ? layers[target.layer - 1] : undefined;
    if (!target || !block) return null;
    const activation = activations[target.layer - 1];
    const { domain, bytes } = neuronPicture(
      block,
      resolution,
      sizes[target.layer],
      target.j,
      activation,
    );
    return { ...target, activation, domain, bytes };
  }, [selection, layers, sizes, activations, resolution]);
  if (!picture) {
    return (
      <p className="note neuron-maps">
        Each hidden neuron’s own map over this plane is pinned beside it in the network graph; hover
        or focus one to enlarge it. Select a hidden neuron (or a weight into one) to see its map
        here at full size, beside the boundary it helps to draw.
      </p>
    );
  }
  const name = neuronText(sizes, picture.layer, picture.j);
  return (
    <figure className="neuron-maps neuron-focus" data-testid="selected-neuron-map">
      <figcaption>
        <strong>{neuronLabel(sizes, picture.layer, picture.j)}</strong> over the plane
      </figcaption>
      <div
        role="img"
        aria-label={`Map of neuron ${name}: its ${picture.activation} activation at each point of the plane`}
      >
        <GridCanvas
          bytes={picture.bytes}
          n={resolution}
          style={{ display: 'block', width: SIZE, height: SIZE, border: '1px solid #999' }}
        />
      </div>
      <p className="pl-legend">
        <RampKey domain={picture.domain} />
      </p>
      <p className="note">
        Its {picture.activation} activation at each point of the same plane as the boundary. The
        next layer combines maps like this one through its weights: that is how the boundary is
        built.
      </p>
    </figure>
  );
}
