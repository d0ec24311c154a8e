// The learning rate on a log scale: one arrow key press or slider notch is one "nice" value
// (…, 0.01, 0.015, 0.02, 0.03, 0.05, 0.07, 0.1, …); the number field beside it takes any value.
import { useState } from 'react';
import { LOG_SLIDER_VALUES, logSliderIndex } from '../../viz/logSlider';

export interface LearningRateSliderProps {
  readonly value: number | null;
  readonly onChange: (value: number) => void;
}

export function LearningRateSlider({ value, onChange }: LearningRateSliderProps) {
  // the notch just chosen, shown until the worker's confirmation changes `value`
  const [chosen, setChosen] = useState<{ index: number; over: number | null } | null>(null);
  const pending = chosen && chosen.over === value ? chosen.index : null;
  const index = pending ?? logSliderIndex(value === null ? 0 : value);
  const last = LOG_SLIDER_VALUES.length - 1;
  return (
    <div className="lr-slider">
      <input
        type="range"
        min={0}
        max={last}
        step={1}
        value={index}
        disabled={value === null}
        aria-label="η on a log scale"
        // the rate in force (which may lie between notches), or the notch just chosen
        aria-valuetext={String(pending !== null ? LOG_SLIDER_VALUES[pending] : (value ?? ''))}
        onChange={(e) => {
          const k = Number(e.target.value);
          setChosen({ index: k, over: value });
          onChange(LOG_SLIDER_VALUES[k]);
        }}
      />
      <span className="lr-ends" aria-hidden="true">
        <span>{LOG_SLIDER_VALUES[0]}</span>
        <span>{LOG_SLIDER_VALUES[last]}</span>
      </span>
    </div>
  );
}
