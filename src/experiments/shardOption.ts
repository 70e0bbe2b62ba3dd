// `--shard k/n` or `--shard auto`, read once. `auto` takes the shard's index and the number of shards
// from the environment a batch runner gives each task of an array job, so that one command line serves
// every task. The environment is passed in (this layer reads no process): the CLI passes process.env.

export interface Shard {
  /** 1-based index of this shard. */
  k: number;
  /** Number of shards. */
  n: number;
}

/** The runners `--shard auto` understands, in the order they are tried: the variables of each, and whether they give the count. */
export const SHARD_RUNNERS = [
  {
    name: 'opsim (OPSIM_SHARD_INDEX, OPSIM_SHARD_COUNT)',
    index: 'OPSIM_SHARD_INDEX',
    count: 'OPSIM_SHARD_COUNT',
    base: 0,
  },
  { name: 'Kubernetes Indexed Job (JOB_COMPLETION_INDEX)', index: 'JOB_COMPLETION_INDEX', count: null, base: 0 },
  {
    name: 'AWS Batch array job (AWS_BATCH_JOB_ARRAY_INDEX)',
    index: 'AWS_BATCH_JOB_ARRAY_INDEX',
    count: 'AWS_BATCH_JOB_ARRAY_SIZE',
    base: 0,
  },
  {
    name: 'Slurm job array (SLURM_ARRAY_TASK_ID)',
    index: 'SLURM_ARRAY_TASK_ID',
    count: 'SLURM_ARRAY_TASK_COUNT',
    base: null,
  },
] as const;

type Env = Readonly<Record<string, string | undefined>>;

/**
 * readShard(text, env, count): `k/n`, or `auto` read from env. `count` is `--shards n`: required where
 * the runner does not say how many tasks there are (Kubernetes), checked against the runner's count
 * where it does. Throws a RangeError that names the option and what was expected.
 */
export function readShard(text: string, env: Env = {}, count?: number): Shard {
  if (count !== undefined && (!Number.isInteger(count) || count < 1))
    throw new RangeError(`--shards: expected a whole number >= 1, got ${count}`);
  if (text.trim() !== 'auto') {
    const m = /^(\d+)\/(\d+)$/.exec(text.trim());
    if (!m) throw new RangeError(`--shard: expected k/n such as 1/4, or auto, got "${text}"`);
    const shard = { k: Number(m[1]), n: Number(m[2]) };
    if (shard.n < 1 || shard.k < 1 || shard.k > shard.n)
      throw new RangeError(`--shard: expected 1 <= k <= n, got "${text}"`);
    if (count !== undefined && count !== shard.n)
      throw new RangeError(`--shards ${count} disagrees with --shard ${text}`);
    return shard;
  }
  const runner = SHARD_RUNNERS.find((r) => env[r.index] !== undefined && env[r.index] !== '');
  if (!runner) {
    throw new RangeError(
      `--shard auto: no shard index in the environment; expected one of ${SHARD_RUNNERS.map((r) => r.index).join(', ')} (see docs/distributed.md)`,
    );
  }
  const index = whole(runner.index, env[runner.index]!);
  let k: number;
  let n: number | undefined;
  if (runner.base === null) {
    // Slurm numbers array tasks as the user asked (--array=1-8, or 0-30:10): the shard is the task's
    // position among them, counted from SLURM_ARRAY_TASK_MIN in steps of SLURM_ARRAY_TASK_STEP.
    const min = env.SLURM_ARRAY_TASK_MIN === undefined ? 0 : whole('SLURM_ARRAY_TASK_MIN', env.SLURM_ARRAY_TASK_MIN);
    const step =
      env.SLURM_ARRAY_TASK_STEP === undefined ? 1 : whole('SLURM_ARRAY_TASK_STEP', env.SLURM_ARRAY_TASK_STEP);
    if (index < min || step < 1 || (index - min) % step !== 0) {
      throw new RangeError(
        `--shard auto: SLURM_ARRAY_TASK_ID=${index} is not min + i × step (SLURM_ARRAY_TASK_MIN=${min}, SLURM_ARRAY_TASK_STEP=${step})`,
      );
    }
    k = (index - min) / step + 1;
  } else {
    k = index + 1;
  }
  if (runner.count !== null && env[runner.count] !== undefined && env[runner.count] !== '')
    n = whole(runner.count, env[runner.count]!);
  if (n !== undefined && count !== undefined && n !== count)
    throw new RangeError(`--shards ${count} disagrees with ${runner.count}=${n}`);
  n ??= count;
  if (n === undefined) throw new RangeError(`--shard auto: ${runner.name} gives no count of shards; pass --shards <n>`);
  if (n < 1 || k > n)
    throw new RangeError(`--shard auto: ${runner.index} gives shard ${k} of ${n}; expected 1 <= k <= n`);
  return { k, n };
}

function whole(name: string, text: string): number {
  const v = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(v))
    throw new RangeError(`--shard auto: ${name} must be a whole number >= 0, got "${text}"`);
  return v;
}
