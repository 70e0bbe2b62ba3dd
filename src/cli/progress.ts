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
  return {
    update(done, total) {
      if (!bar) {
        if (now() - started < DELAY_MS || done >= total) return;
        bar = new cliProgress.SingleBar(
          {
            stream,
            format: 'runs {bar} {value}/{total} | elapsed {duration_formatted} | ETA {eta_formatted}',
            hideCursor: true,
            clearOnComplete: true,
            etaBuffer: 20,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done);
        return;
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}
