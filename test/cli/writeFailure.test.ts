// A report that cannot be written (a full disk, a closed pipe) is an error with a message and a
// non-zero exit, not a silent exit 0. Runs the built binary (npm test builds it first).
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync } from 'node:fs';
import { expect, test } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const args = [
  'bin/opsim.js',
  'run',
  'scenarios/validation/mm1.yaml',
  '--json',
  '--replications',
  '1',
  '--workers',
  '1',
];

function run(
  stdout: number | 'pipe',
  onStart?: (child: ReturnType<typeof spawn>) => void,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', stdout, 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    onStart?.(child);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

test.skipIf(!existsSync('/dev/full'))('opsim run --json > /dev/full exits 1 saying that the disk is full', async () => {
  const fd = openSync('/dev/full', 'w');
  const r = await run(fd);
  closeSync(fd);
  expect(r).toEqual({ code: 1, stderr: 'opsim: could not write the output: no space left on the device (ENOSPC)\n' });
});

test('opsim run --json into a pipe closed by its reader exits 1 saying so', async () => {
  const r = await run('pipe', (child) => child.stdout!.destroy());
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/^opsim: could not write the output: the program reading the output closed it \(EPIPE\)\n$/);
});
