// One config for the web app (vite, root web/) and the test runner (vitest).
// Tests are split in two projects so that the e2e project's globalSetup (which builds the site
// and serves it) only runs when e2e tests are part of the run: `vitest run test/core` stays fast.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: 'web',
  base: './',
  build: { outDir: '../web-dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
  test: {
    root: '.',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: [here('./test/e2e/globalSetup.ts')],
        },
      },
    ],
  },
});
