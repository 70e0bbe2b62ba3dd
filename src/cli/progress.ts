import cliProgress from 'cli-progress';
import type { CliIo } from './cliIo.js';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

const SILENT: Progress = { update() {}, stop() {} };

/** Wait this long before drawing a bar, so quick jobs print nothing extra. */
const DELAY_MS = 400;

/** What a bar counts: its label and how `done` of `total` reads beside the percentage. */
export interface BarUnit {
  label: string;
  count(done: number, total: number): string;
}

/**
 * Replications: `done` counts the simulated share of those still running, so the bar moves during
 * one long replication; the count shown is of replications finished.
 */
export const RUNS: BarUnit = { label: 'runs', count: (done, total) => `${Math.floor(done)}/${total}` };

/** Bytes of a file read so far. */
export const BYTES: BarUnit = {
  label: 'reading',
  count: (done, total) => `${(done / 2 ** 20).toFixed(1)} of ${(total / 2 ** 20).toFixed(1)} MB`,
};

/** Simulated time of one replication (done and total in hours), as weeks. */
export const SIMULATED_WEEKS: BarUnit = {
  label: 'simulating',
  count: (done, total) => `week ${Math.floor(done / 168)} of ${Math.ceil(total / 168)}`,
};

/** Shard files merged. */
export const SHARD_FILES: BarUnit = { label: 'merging', count: (done, total) => `${done}/${total} shard files` };

/**
 * progressBar(stream, now, unit): a bar of done/total with elapsed time and ETA, drawn on `stream`
 * (stderr) only once the job has taken longer than a moment. Pass stream = null for no bar.
 */
export function progressBar(stream: NodeJS.WriteStream | null, now: () => number, unit: BarUnit = RUNS): Progress {
  if (!stream) return SILENT;
  const started = now();
  let bar: cliProgress.SingleBar | null = null;
  // Elapsed since the job started, not since the bar appeared.
  const elapsed = () => {
    const s = Math.round((now() - started) / 1000);
    return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  };
  return {
    update(done, total) {
      if (!bar) {
        if (now() - started < DELAY_MS || done >= total) return;
        bar = new cliProgress.SingleBar(
          {
            stream,
            format: `${unit.label} {bar} {percentage}% | {count} | elapsed {elapsed} | ETA {eta_formatted}`,
            hideCursor: true,
            clearOnComplete: true,
            etaBuffer: 20,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done, { elapsed: elapsed(), count: unit.count(done, total) });
        return;
      }
      bar.setTotal(total);
      bar.update(done, { elapsed: elapsed(), count: unit.count(done, total) });
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}

/** A bar on the io's progress stream when stderr is a terminal; silent otherwise. */
export function barOn(io: CliIo, unit: BarUnit = RUNS): Progress {
  return progressBar(io.isTTY ? (io.progressStream ?? null) : null, io.now ?? (() => 0), unit);
}
