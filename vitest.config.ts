// Vitest: unit and component tests (Node by default; component tests opt into jsdom per file).
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/bench/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
    deps: {
      optimizer: {
        ssr: { include: ['@tensorflow/tfjs-core', '@tensorflow/tfjs-backend-cpu'] },
      },
    },
  },
});
