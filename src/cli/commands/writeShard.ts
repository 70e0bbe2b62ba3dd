import { runShard, type ShardTask, parseShard } from '../../experiments/index.js';
import type { Model } from '../../core/index.js';
import type { CliIo } from '../cliIo.js';
import type { Session } from '../session.js';

/** Runs one shard and writes its JSON to --out or stdout. Returns the exit code. */
export async function writeShard(io: CliIo, s: Session, task: ShardTask, models: Model[], shardText: string, out: string | undefined): Promise<number> {
  const shard = parseShard(shardText);
  const file = await runShard(task, models, s.pool, shard, (d, t) => s.progress.update(d, t));
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
