// What a data set is once loaded, and the specs that describe one (as in a scenario).
import type { Dataset } from '../engine/types';

export type ToyKind = 'xor' | 'circle' | 'gauss' | 'spiral' | 'moons';
export type RegressionKind = 'sine' | 'plane';

export type DataSpec =
  | {
      readonly kind: 'inline';
      readonly inputs: readonly (readonly number[])[];
      /** One row per sample; a row may be a class index (a number) for softmax outputs. */
      readonly targets: readonly (readonly number[] | number)[];
    }
  | { readonly kind: ToyKind | RegressionKind; readonly samples: number; readonly noise: number }
  | { readonly kind: 'iris' }
  | { readonly kind: 'digits' }
  | {
      readonly kind: 'csv';
      readonly text: string;
      readonly targetColumns: readonly (string | number)[];
    };

export interface LoadedData {
  readonly dataset: Dataset;
  /** One name per input column. */
  readonly featureNames: readonly string[];
  /** Class names for classification: one per output, or both classes' names for one 0/1
   * output (a CSV column of names); null when the classes have no names. */
  readonly classNames: readonly string[] | null;
  /** A short human name, e.g. "Iris (150 flowers)". */
  readonly label: string;
}

/** Files the real data sets are read from (public/data/ in the app and the CLI). */
export type DataFileName = 'iris.csv' | 'digits.csv' | 'sunspots.csv';
export type ReadText = (name: DataFileName) => Promise<string>;

/** A data problem found while loading, with the place it was found. */
export class DataError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'DataError';
  }
}
