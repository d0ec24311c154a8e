// One hidden neuron's activation over the plane as a small heatmap, enlarged (with its name)
// while hovered or focused; Escape closes the enlargement. Driven by props only.
import { useMemo, useState, type CSSProperties } from 'react';
import type { ActivationName } from '../../../engine/types';
import { neuronPicture, type Range } from '../../../viz/plane';
import { GridCanvas } from './GridCanvas';
import { PLANE_CSS } from './planeStyles';
import { useStyleSheet } from '../../common/useStyleSheet';

export interface NeuronThumbnailProps {
  /** The layer's activations over the grid: [n·n, units] row-major, rows over y then x. */
  readonly values: Float64Array;
  readonly resolution: number;
  readonly units: number;
  /** Which neuron of the layer (0-based). */
  readonly unit: number;
  readonly activation: ActivationName;
  /** Overrides the activation's domain (e.g. one shared by the whole layer). */
  readonly domain?: Range;
  /** Accessible and visible name, e.g. "Hidden layer 1, neuron 3". */
  readonly label: string;
  /** Side in CSS pixels (default 28) and of the enlargement (default 128). */
  readonly size?: number;
  readonly enlargedSize?: number;
  readonly style?: CSSProperties;
  /** A tab stop of its own (default); false inside a widget with its own (the network graph,
   * where selecting the neuron shows the same map in the data panel). */
  readonly tabbable?: boolean;
}

export function NeuronThumbnail(props: NeuronThumbnailProps) {
  useStyleSheet(PLANE_CSS);
  const { values, resolution: n, units, unit, activation, label } = props;
  const size = props.size ?? 28;
  const big = props.enlargedSize ?? 128;
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const domain = props.domain;
  const bytes = useMemo(
    () => neuronPicture(values, n, units, unit, activation, domain).bytes,
    [values, n, units, unit, activation, domain],
  );
  const open = (hovered || focused) && !dismissed;
  const frame: CSSProperties = {
    display: 'block',
    border: '1px solid #999',
    boxSizing: 'content-box',
  };
  return (
    <span
      className="pl-thumb"
      role="img"
      aria-label={label}
      tabIndex={props.tabbable === false ? -1 : 0}
      style={props.style}
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => {
        setHovered(false);
        setDismissed(false);
      }}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false);
        setDismissed(false);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) setDismissed(true);
      }}
    >
      <GridCanvas
        bytes={bytes}
        n={n}
        testId="neuron-thumb"
        style={{ ...frame, width: size, height: size }}
      />
      {open ? (
        <span className="pl-thumb-big" aria-hidden="true" data-testid="neuron-thumb-big">
          <GridCanvas bytes={bytes} n={n} style={{ ...frame, width: big, height: big }} />
          {label}
        </span>
      ) : null}
    </span>
  );
}
