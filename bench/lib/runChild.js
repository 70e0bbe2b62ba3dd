// Runs one job in a fresh `node --expose-gc` process and returns its JSON line. A crash becomes
// an error entry carrying the child's stderr, so one broken workload does not hide the others.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const childPath = fileURLToPath(new URL('../child.js', import.meta.url));

export function runChild(job) {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['--expose-gc', childPath, JSON.stringify(job)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    proc.stdout.on('data', (d) => (out += d));
    proc.stderr.on('data', (d) => (err += d));
    proc.on('close', (code) => {
      const line = out.trim().split('\n').pop();
      if (code === 0 && line) {
        try {
          resolve(JSON.parse(line));
          return;
        } catch {
          // fall through to the error entry
        }
      }
      const lines = err.trim().split('\n');
      const message = lines.find((l) => /^\w*(Error|Exception)\b/.test(l)) ?? lines[0] ?? out.trim();
      resolve({ workload: job.workload, error: `${message} (exit ${code})`, stderr: err.slice(0, 4000) });
    });
  });
}
