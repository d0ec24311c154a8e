// A small grey-scale image (64 values 0..1 → 8×8) as an SVG of crisp square pixels, white at 0
// and black at 1. Props only; no store.
import { imagePixels, imageShape } from '../../../viz/classes';

export interface DigitImageProps {
  /** Row-major pixel values in [0, maxValue]. */
  readonly values: ArrayLike<number>;
  /** Ink at full black (default 1). */
  readonly maxValue?: number;
  /** Width in CSS pixels (default 64). */
  readonly size?: number;
  /** Named "Digit image, true class 3" when given. */
  readonly trueClass?: string | null;
  /** Overrides the accessible name; null hides the image from assistive technology. */
  readonly label?: string | null;
}

export function DigitImage({ values, maxValue = 1, size = 64, trueClass, label }: DigitImageProps) {
  const { cols, rows } = imageShape(values.length);
  const name =
    label !== undefined
      ? label
      : trueClass == null
        ? 'Digit image'
        : `Digit image, true class ${trueClass}`;
  const a11y = name === null ? { 'aria-hidden': true } : { role: 'img', 'aria-label': name };
  return (
    <svg
      className="bl-digit-image"
      {...a11y}
      width={size}
      height={cols > 0 ? (size * rows) / cols : 0}
      viewBox={`0 0 ${cols} ${rows}`}
      shapeRendering="crispEdges"
      style={{ display: 'block', border: '1px solid #bbb' }}
    >
      {imagePixels(values, cols, maxValue).map((p) => (
        <rect key={p.y * cols + p.x} x={p.x} y={p.y} width={1} height={1} fill={p.fill} />
      ))}
    </svg>
  );
}
