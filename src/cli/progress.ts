import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

const SILENT: Progress = { update() {}, stop() {} };

/** Wait this long before drawing a bar, so quick jobs print nothing extra. */
const DELAY_MS = 400;

/**
 * progressBar(stream, now): a bar of runs done/total with elapsed time and ETA, drawn on `stream`
 * (stderr) only once the job has taken longer than a moment. Pass stream = null for no bar.
 */
export function progressBar(stream: NodeJS.WriteStream | null, now: () => number): Progress {
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
            // `done` counts the simulated share of replications still running, so the bar moves
            // during one long replication; the count shown is of replications finished.
            format: 'runs {bar} {percentage}% | {runs}/{total} | elapsed {elapsed} | ETA {eta_formatted}',
            hideCursor: true,
            clearOnComplete: true,
            etaBuffer: 20,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done, { elapsed: elapsed(), runs: Math.floor(done) });
        return;
      }
      bar.setTotal(total);
      bar.update(done, { elapsed: elapsed(), runs: Math.floor(done) });
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}
