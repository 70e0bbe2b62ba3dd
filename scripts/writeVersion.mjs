// Writes package.json's version into src/core/version.ts; `npm version` runs it (the "version" script).
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const file = new URL('../src/core/version.ts', import.meta.url);
const text = readFileSync(file, 'utf8').replace(/OPSIM_VERSION = '[^']*'/, `OPSIM_VERSION = '${version}'`);
writeFileSync(file, text);
