// Vitest: unit and component tests (Node by default; component tests opt into jsdom per file).
// Three projects, so CI's two cores are not spent starting a process per file:
// - "pure": engine, maths, data, scenario, worker, export and CLI tests. Their modules hold no
//   state a test could leak (caches and memos only), so files share one worker's loaded
//   modules (threads, isolate: false): about a third of the CPU time of a process per file.
// - "isolated": the tests of module state itself (what is loaded lazily, and when), which
//   another file loading the same chunk first would spoil: a fresh thread per file.
// - "dom": component, app, store and embed tests in jsdom, each file in a fresh VM context
//   (vmThreads): a new window and document per file without re-importing jsdom per file. The
//   src modules are still shared by a worker's files here: fine, as each test makes its own
//   store (createAppStore, given by context); a test of what loads lazily goes in ISOLATED.
// maxWorkers 2: Vitest's default on a 2-core machine is one worker (cores − 1).
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const PURE = ['engine', 'viz', 'data', 'explain', 'scenario', 'lessons', 'worker', 'export', 'cli'];
const DOM = ['components', 'app', 'store', 'embed'];
const ISOLATED = [
  'tests/scenario/presetCatalogue.test.ts',
  'tests/scenario/validateLazy.test.ts',
  'tests/store/lazyLoad.test.ts',
  'tests/app/lazyPanels.test.tsx',
];
const EXCLUDE = ['tests/e2e/**', 'tests/bench/**', 'node_modules/**'];
const files = (folders: readonly string[]): string[] =>
  folders.map((f) => `tests/${f}/**/*.test.{ts,tsx}`);

export default defineConfig({
  plugins: [react()],
  test: {
    exclude: EXCLUDE,
    environment: 'node',
    testTimeout: 30_000,
    maxWorkers: 2,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
    deps: {
      optimizer: {
        ssr: { include: ['@tensorflow/tfjs-core', '@tensorflow/tfjs-backend-cpu'] },
      },
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'pure',
          include: files(PURE),
          exclude: [...EXCLUDE, ...ISOLATED],
          pool: 'threads',
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED, pool: 'threads' } },
      {
        extends: true,
        test: {
          name: 'dom',
          include: files(DOM),
          exclude: [...EXCLUDE, ...ISOLATED],
          pool: 'vmThreads',
        },
      },
    ],
  },
});
