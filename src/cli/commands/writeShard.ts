import { readShard, runShard, type Shard, type ShardTask } from '../../experiments/index.js';
import type { Model } from '../../core/index.js';
import type { CliIo } from '../cliIo.js';
import { checkWritable } from '../outputFile.js';
import { parseCount } from '../options.js';
import type { Session } from '../session.js';
import type { ShardOptions } from './commonOptions.js';

/** --shard k/n or auto (with --shards n), read once; null without --shard. */
export function shardOf(io: CliIo, opts: ShardOptions): Shard | null {
  if (opts.out !== undefined) checkWritable(io, '--out', opts.out);
  if (opts.shard === undefined) {
    if (opts.shards !== undefined) throw new RangeError('--shards needs --shard auto (or --shard k/n)');
    return null;
  }
  return readShard(opts.shard, io.env ?? {}, parseCount('--shards', opts.shards));
}

/** Runs one shard and writes its JSON to --out or stdout. Returns the exit code. */
export async function writeShard(
  io: CliIo,
  s: Session,
  task: ShardTask,
  models: Model[],
  shard: Shard,
  out: string | undefined,
  full = false,
): Promise<number> {
  const file = await runShard(task, models, s.pool, shard, (d, t) => s.progress.update(d, t), { full });
  s.progress.stop();
  if (file === null) {
    io.stderr(`opsim: interrupted; shard ${shard.k}/${shard.n} is incomplete and was not written\n`);
    return 1;
  }
  const text = `${JSON.stringify(file)}\n`;
  if (out) io.writeFile(out, text);
  else io.stdout(text);
  return 0;
}
