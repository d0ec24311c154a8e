// The plane's controls: "Show test points", and when the learner may add points, the class
// the next point gets ("Add class").
import { useId } from 'react';
import { classColor } from '../../../viz/planeRamp';
import { MarkerIcon } from './MarkerIcon';

export interface PlaneControlsProps {
  readonly hasTest: boolean;
  readonly showTest: boolean;
  readonly onShowTest: (show: boolean) => void;
  /** Class names to choose from, or null when points cannot be added. */
  readonly addClasses: readonly string[] | null;
  readonly addClass: number;
  readonly onAddClass: (c: number) => void;
}

export function PlaneControls(props: PlaneControlsProps) {
  const name = useId();
  const { addClasses } = props;
  if (!props.hasTest && !addClasses) return null;
  return (
    <div className="pl-controls">
      {props.hasTest ? (
        <label>
          <input
            type="checkbox"
            checked={props.showTest}
            onChange={(e) => props.onShowTest(e.currentTarget.checked)}
          />
          Show test points
        </label>
      ) : null}
      {addClasses ? (
        <fieldset>
          <legend>Add class:</legend>
          {addClasses.map((label, c) => (
            <label key={c}>
              <input
                type="radio"
                name={name}
                value={c}
                checked={props.addClass === c}
                onChange={() => props.onAddClass(c)}
              />
              <MarkerIcon c={c} color={classColor(c, Math.max(2, addClasses.length))} />
              {label}
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
