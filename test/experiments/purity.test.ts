// src/experiments and src/worker run in the browser too: no Node modules (except the Node worker entry
// and its adapter), no clock, no Math.random.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const NODE_ONLY = new Set(['src/worker/nodeWorker.ts', 'src/worker/nodeEndpoint.ts']);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('src/experiments and src/worker', () => {
  it('import no Node module, read no clock and draw no Math.random', () => {
    const offences: string[] = [];
    for (const file of [...files('src/experiments'), ...files('src/worker')]) {
      if (NODE_ONLY.has(file)) continue;
      const text = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '');
      if (/from\s+'node:|from\s+'(fs|path|os|worker_threads|url)'/.test(text)) offences.push(`${file}: Node import`);
      if (/\bDate\b|\bperformance\b|Math\.random/.test(text)) offences.push(`${file}: clock or Math.random`);
    }
    expect(offences).toEqual([]);
  });
});
