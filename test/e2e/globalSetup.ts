// Builds the web app once per e2e run with vite's JS API and serves it on 127.0.0.1 (random port),
// at the root and under a sub-folder. Tests receive the URLs through vitest's provide/inject.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { startStaticServer, type StaticServer } from './staticServer.js';

declare module 'vitest' {
  export interface ProvidedContext {
    siteRoot: string;
    siteSubFolder: string;
  }
}

export const subFolder = '/deep/sub/folder/';
let server: StaticServer | undefined;

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = fileURLToPath(new URL('../../test-output/e2e-site', import.meta.url));
  await build({
    configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
    root: fileURLToPath(new URL('../../web', import.meta.url)),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  server = await startStaticServer(outDir, [subFolder]);
  project.provide('siteRoot', server.origin + '/');
  project.provide('siteSubFolder', server.origin + subFolder);
  return async () => {
    await server?.close();
  };
}
