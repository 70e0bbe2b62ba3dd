import {
  mergeShards,
  ShardError,
  type CompareReport,
  type NamedShard,
  type SelectReport,
  type SweepReport,
} from '../experiments/index.js';
import { OpsimError } from './opsimError.js';

/**
 * merge(shards): the report one machine would have produced from a complete set of shard files
 * (`opsim compare|sweep|select --shard k/n`), in any order, each given as its JSON text, the parsed object, or
 * `{ name, shard }` to name it in messages. Throws an OpsimError of kind 'shard' for shards that are
 * edited, from different jobs, repeated or missing. An iterable is read one shard at a time.
 */
export function merge(shards: Iterable<string | object | NamedShard>): CompareReport | SweepReport | SelectReport {
  // A single shard, or nothing, given where a list belongs: named, not a TypeError from the loop below.
  if (
    typeof (shards as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function' ||
    typeof shards === 'string'
  )
    throw new OpsimError('shard', [
      {
        file: 'merge',
        path: '',
        message: 'expected the shard files as a list (an array or another iterable), one entry per shard',
      },
    ]);
  function* named(): Generator<NamedShard> {
    let i = 0;
    for (const s of shards) {
      i++;
      if (
        typeof s === 'object' &&
        s !== null &&
        'name' in s &&
        'shard' in s &&
        typeof (s as NamedShard).name === 'string'
      ) {
        yield s as NamedShard;
      } else if (typeof s === 'string') {
        let parsed: unknown;
        try {
          parsed = JSON.parse(s);
        } catch (err) {
          throw new OpsimError('shard', [
            {
              file: `shard ${i}`,
              path: '',
              message: `not a shard file: not JSON (${oneLine((err as Error).message)})`,
            },
          ]);
        }
        yield { name: `shard ${i}`, shard: parsed };
      } else {
        yield { name: `shard ${i}`, shard: s };
      }
    }
  }
  try {
    return mergeShards(named());
  } catch (err) {
    if (err instanceof ShardError) throw new OpsimError('shard', [{ file: 'merge', path: '', message: err.message }]);
    throw err;
  }
}

/** A parser's message on one line: V8 quotes the start of the text, line breaks and all. */
function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ');
}
