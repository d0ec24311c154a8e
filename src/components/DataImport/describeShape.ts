// The sentence under the CSV preview stating the network shape the import gives. Pure.
import type { CsvShape } from '../../data/csvPreview';

const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * "4 inputs → 3 classes (species 0, species 1, species 2); the hidden layers stay as they are",
 * prefixed by the whole shape ("Network 4-8-3: …") when the hidden layer sizes are given.
 */
export function describeShape(shape: CsvShape, hiddenLayers?: readonly number[]): string {
  const { classes } = shape;
  const outputs = classes
    ? `${count(classes.length, 'class', 'classes')} (${classes.join(', ')})` +
      (shape.nOut === 1 ? ' on one 0/1 output' : '')
    : `${count(shape.nOut, 'output')} for ${shape.targetNames.join(', ')} (regression)`;
  const flow = `${count(shape.nIn, 'input')} → ${outputs}`;
  if (hiddenLayers === undefined) return `${flow}; the hidden layers stay as they are`;
  const sizes = [shape.nIn, ...hiddenLayers, shape.nOut].join('-');
  const hidden =
    hiddenLayers.length === 0
      ? 'there are no hidden layers'
      : `the hidden layers (${hiddenLayers.join('-')}) stay as they are`;
  return `Network ${sizes}: ${flow}; ${hidden}`;
}
