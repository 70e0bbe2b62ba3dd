// One config for the web app (vite, root web/) and the test runner (vitest).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: 'web',
  base: './',
  build: { outDir: '../web-dist', emptyOutDir: true },
  worker: { format: 'es' },
  test: {
    root: '.',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
