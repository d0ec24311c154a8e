// What a map shows in each mode, read from the view model: values (the input, each layer's a)
// or gradients (∂L/∂input, each layer's ∂L/∂a). Layer −1 is the input.
import type { ConvViewModel } from '../../store/convView';

export type ConvMode = 'forward' | 'backward';

export function mapValues(model: ConvViewModel, mode: ConvMode, l: number): Float64Array {
  const { sample } = model;
  if (l < 0) return mode === 'forward' ? sample.input : sample.inputGradient;
  const layer = sample.layers[l];
  return mode === 'forward' ? layer.a : layer.dLda;
}

/** The mode the cursor suggests: gradients from the backward pass on. */
export function modeOfPhase(model: ConvViewModel): ConvMode {
  const kind = model.phase?.kind;
  return kind === 'backward' || kind === 'accumulate' || kind === 'update' ? 'backward' : 'forward';
}
