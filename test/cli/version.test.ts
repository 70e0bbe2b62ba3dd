import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPSIM_VERSION } from '../../src/core/version.js';
import { runCli } from './memoryIo.js';

describe('opsim --version', () => {
  it('prints the version of package.json, which src/core/version.ts repeats', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(OPSIM_VERSION).toBe(version);
    expect(await runCli(['--version'], {})).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect((await runCli(['-V'], {})).stdout).toBe(`${version}\n`);
  });
});
