// The app store: factory, selectors, histories and phases.
export { createAppStore, KEPT_TRACES, type AppStore } from './createAppStore';
export * from './selectors';
export * from './phases';
export { createHistory, type History, type HistoryPoint } from './history';
export type * from './types';
