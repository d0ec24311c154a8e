// A grid of misclassified samples' images, each a button captioned "true → predicted
// (confidence)", capped with "and N more". Props only; no store.
import { capList, misclassifiedCaption, formatPercent } from '../../../viz/classes';
import { DigitImage } from './DigitImage';

export interface MisclassifiedItem {
  /** Data-set index of the sample (its row in `inputs`). */
  readonly index: number;
  readonly truth: number;
  readonly predicted: number;
  /** The output of the predicted class. */
  readonly confidence: number;
}

export interface MisclassifiedGalleryProps {
  readonly items: readonly MisclassifiedItem[];
  /** The data set's inputs [n, nIn] row-major (digits: 64 values in 0..1 per row). */
  readonly inputs: Float64Array;
  readonly nIn: number;
  readonly classNames: readonly string[];
  /** Most images shown (default 24). */
  readonly cap?: number;
  readonly title?: string;
  readonly selectedIndex?: number | null;
  readonly onSelectSample?: (index: number) => void;
}

export function MisclassifiedGallery({
  items,
  inputs,
  nIn,
  classNames,
  cap = 24,
  title = 'Misclassified test digits',
  selectedIndex = null,
  onSelectSample,
}: MisclassifiedGalleryProps) {
  const { shown, more } = capList(items, cap);
  const name = (k: number) => classNames[k] ?? String(k);
  return (
    <div className="bl-misclassified" role="group" aria-label={title}>
      <p style={{ fontSize: 13, fontWeight: 600, margin: '4px 0' }}>
        {title} ({items.length})
      </p>
      {items.length === 0 ? <p style={{ fontSize: 12 }}>None: every sample is right.</p> : null}
      <ul
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 6,
          listStyle: 'none',
          margin: 0,
          padding: 0,
        }}
      >
        {shown.map((m) => (
          <li key={m.index}>
            <button
              type="button"
              aria-label={`Sample ${m.index + 1}: true ${name(m.truth)}, predicted ${name(m.predicted)} with ${formatPercent(m.confidence)} confidence`}
              aria-pressed={m.index === selectedIndex}
              onClick={() => onSelectSample?.(m.index)}
              style={{
                display: 'flex',
                flexDirection: 'column',
                alignItems: 'center',
                gap: 2,
                padding: 3,
                fontSize: 11,
                background: '#fff',
                border: m.index === selectedIndex ? '3px solid #111' : '1px solid #bbb',
                cursor: onSelectSample ? 'pointer' : 'default',
              }}
            >
              <DigitImage
                values={inputs.subarray(m.index * nIn, m.index * nIn + nIn)}
                size={40}
                label={null}
              />
              <span aria-hidden="true">
                {misclassifiedCaption(name(m.truth), name(m.predicted), m.confidence)}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {more > 0 ? <p style={{ fontSize: 12, margin: '4px 0' }}>and {more} more</p> : null}
    </div>
  );
}
