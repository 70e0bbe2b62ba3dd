import { readFileSync } from 'node:fs';
import os from 'node:os';

/** CPU model (from /proc/cpuinfo where there is one), core count, Node version and load average (ratios fall when the machine is busy), for the report. */
export function machine() {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const m = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m);
    if (m) cpu = m[1].trim();
  } catch {
    // not Linux: os.cpus() is what there is
  }
  return {
    node: process.version,
    cpu,
    cores: os.cpus().length,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))),
  };
}
