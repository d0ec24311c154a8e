// An n×n RGBA image on a canvas of n×n pixels; CSS scales it up with smoothing. Without a 2-D
// context (jsdom) it draws nothing, and the view's SVG and text still carry the information.
import { useEffect, useRef, type CSSProperties } from 'react';

export interface GridCanvasProps {
  /** RGBA bytes, n·n·4, top row first. */
  readonly bytes: Uint8ClampedArray;
  readonly n: number;
  readonly style: CSSProperties;
  readonly testId?: string;
}

export function GridCanvas({ bytes, n, style, testId }: GridCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas || bytes.length !== n * n * 4) return;
    let ctx: CanvasRenderingContext2D | null;
    try {
      ctx = canvas.getContext('2d');
    } catch {
      ctx = null;
    }
    if (!ctx) return;
    const image = ctx.createImageData(n, n);
    image.data.set(bytes);
    ctx.putImageData(image, 0, 0);
  }, [bytes, n]);
  return (
    <canvas ref={ref} width={n} height={n} aria-hidden="true" data-testid={testId} style={style} />
  );
}
