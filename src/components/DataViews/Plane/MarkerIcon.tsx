// A class's marker as a small inline SVG, for legends and the class picker.
import { markerFor } from '../../../viz/planeMarkers';

export interface MarkerIconProps {
  readonly c: number;
  readonly color: string;
  readonly hollow?: boolean;
}

export function MarkerIcon({ c, color, hollow = false }: MarkerIconProps) {
  const marker = markerFor(c, hollow ? 52 : 64);
  return (
    <svg width={16} height={16} viewBox="-8 -8 16 16" aria-hidden="true" data-marker={marker.name}>
      <path
        d={marker.path}
        fill={hollow ? '#ffffff' : color}
        stroke={hollow ? color : '#ffffff'}
        strokeWidth={hollow ? 2 : 1.25}
      />
    </svg>
  );
}
