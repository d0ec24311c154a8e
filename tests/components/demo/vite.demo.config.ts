// Throw-away demo server for looking at the graph and charts (not shipped): port 5199.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'tests/components/demo',
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5199, strictPort: true },
  logLevel: 'warn',
});
