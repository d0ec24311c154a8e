// What every store slice is built from: the store's get/set and the command channel. Types
// only; createAppStore makes one and hands it to each slice.
import type { StoreApi } from 'zustand/vanilla';
import type { Command } from '../protocol/messages';
import type { AppStoreState } from './types';

export interface SliceContext {
  readonly get: () => AppStoreState;
  readonly set: StoreApi<AppStoreState>['setState'];
  readonly send: (command: Command) => void;
}
