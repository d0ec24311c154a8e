// What the colours and shapes mean: one entry per class (its marker and colour), filled versus
// hollow when test points show, and for regression the colour ramp with its ends.
import type { Range } from '../../../viz/plane';
import { classColor } from '../../../viz/planeRamp';
import type { PlaneTask } from '../../../viz/planeText';
import { MarkerIcon } from './MarkerIcon';
import { RampKey } from './RampKey';

export interface PlaneLegendProps {
  readonly task: PlaneTask;
  readonly classNames: readonly string[];
  readonly showTest: boolean;
  readonly domain: Range;
}

export function PlaneLegend({ task, classNames, showTest, domain }: PlaneLegendProps) {
  const k = Math.max(2, classNames.length);
  return (
    <ul className="pl-legend" aria-label="Legend">
      {task === 'classification' ? (
        classNames.map((label, c) => (
          <li key={c}>
            <MarkerIcon c={c} color={classColor(c, k)} />
            {label}
          </li>
        ))
      ) : (
        <li>
          <RampKey domain={domain} description=": colour of the value, from vermillion to blue" />
        </li>
      )}
      {showTest ? (
        <>
          <li>
            <MarkerIcon c={0} color="#555" />
            training
          </li>
          <li>
            <MarkerIcon c={0} color="#555" hollow />
            test
          </li>
        </>
      ) : null}
      <li>
        {task === 'classification'
          ? 'Shading: the predicted class, deeper where the network is surer'
          : 'Shading: the predicted value'}
      </li>
    </ul>
  );
}
