// The "Compare cells" view's words and series: per net, its gradient-through-time series
// (‖∂L/∂hₜ‖, and ‖∂L/∂cₜ‖ for the LSTM) and the sentence on how it fares from the last step
// back to the first; the nets' accuracies as lines. Pure.
import { gradientRatio, type GradientRatio } from './gradientThroughTime';

export interface CompareInput {
  readonly label: string;
  readonly update: number;
  readonly accuracy: readonly { readonly x: number; readonly y: number }[];
  readonly dLdh: readonly number[];
  readonly dLdc: readonly number[] | null;
}

export interface CompareStrip {
  readonly label: string;
  readonly series: readonly {
    readonly key: string;
    readonly label: string;
    readonly points: readonly { readonly x: number; readonly y: number }[];
  }[];
  readonly ratio: GradientRatio;
  /** The last recorded test accuracy, or null before any. */
  readonly accuracy: number | null;
}

const points = (norms: readonly number[]) => norms.map((y, t) => ({ x: t + 1, y }));

/** One strip per net, in the order given. */
export function compareStrips(nets: readonly CompareInput[]): CompareStrip[] {
  return nets.map((net) => ({
    label: net.label,
    series: [
      { key: `${net.label}-h`, label: '‖∂L/∂hₜ‖', points: points(net.dLdh) },
      ...(net.dLdc ? [{ key: `${net.label}-c`, label: '‖∂L/∂cₜ‖', points: points(net.dLdc) }] : []),
    ],
    ratio: gradientRatio(net.dLdh.map((norm, t) => ({ t: t + 1, norm }))),
    accuracy: net.accuracy.at(-1)?.y ?? null,
  }));
}

/** The accuracy lines, one per net. */
export function accuracySeries(nets: readonly CompareInput[]) {
  return nets.map((net) => ({ key: net.label, label: net.label, points: net.accuracy }));
}
