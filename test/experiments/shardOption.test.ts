import { describe, expect, it } from 'vitest';
import { readShard } from '../../src/experiments/shardOption.js';

describe('readShard(text, env, count)', () => {
  it('reads k/n and rejects the rest', () => {
    expect(readShard('2/4')).toEqual({ k: 2, n: 4 });
    expect(() => readShard('5/4')).toThrow(/1 <= k <= n/);
    expect(() => readShard('two')).toThrow(/expected k\/n such as 1\/4, or auto/);
    expect(() => readShard('2/4', {}, 3)).toThrow('--shards 3 disagrees with --shard 2/4');
  });

  it('auto: a Kubernetes Indexed Job gives the 0-based JOB_COMPLETION_INDEX; the count comes from --shards', () => {
    expect(readShard('auto', { JOB_COMPLETION_INDEX: '0' }, 4)).toEqual({ k: 1, n: 4 });
    expect(readShard('auto', { JOB_COMPLETION_INDEX: '3' }, 4)).toEqual({ k: 4, n: 4 });
    expect(() => readShard('auto', { JOB_COMPLETION_INDEX: '3' })).toThrow(
      '--shard auto: Kubernetes Indexed Job (JOB_COMPLETION_INDEX) gives no count of shards; pass --shards <n>',
    );
    expect(() => readShard('auto', { JOB_COMPLETION_INDEX: '4' }, 4)).toThrow(/gives shard 5 of 4/);
  });

  it('auto: an AWS Batch array job gives AWS_BATCH_JOB_ARRAY_INDEX and, when set, AWS_BATCH_JOB_ARRAY_SIZE', () => {
    expect(readShard('auto', { AWS_BATCH_JOB_ARRAY_INDEX: '2', AWS_BATCH_JOB_ARRAY_SIZE: '5' })).toEqual({
      k: 3,
      n: 5,
    });
    expect(readShard('auto', { AWS_BATCH_JOB_ARRAY_INDEX: '2' }, 5)).toEqual({ k: 3, n: 5 });
    expect(() => readShard('auto', { AWS_BATCH_JOB_ARRAY_INDEX: '2', AWS_BATCH_JOB_ARRAY_SIZE: '5' }, 6)).toThrow(
      '--shards 6 disagrees with AWS_BATCH_JOB_ARRAY_SIZE=5',
    );
  });

  it('auto: a Slurm array counts from SLURM_ARRAY_TASK_MIN in steps of SLURM_ARRAY_TASK_STEP', () => {
    expect(
      readShard('auto', { SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '8' }),
    ).toEqual({ k: 1, n: 8 });
    expect(
      readShard('auto', {
        SLURM_ARRAY_TASK_ID: '20',
        SLURM_ARRAY_TASK_MIN: '0',
        SLURM_ARRAY_TASK_STEP: '10',
        SLURM_ARRAY_TASK_COUNT: '4',
      }),
    ).toEqual({ k: 3, n: 4 });
    expect(() =>
      readShard('auto', {
        SLURM_ARRAY_TASK_ID: '15',
        SLURM_ARRAY_TASK_MIN: '0',
        SLURM_ARRAY_TASK_STEP: '10',
        SLURM_ARRAY_TASK_COUNT: '4',
      }),
    ).toThrow(/is not min \+ i × step/);
  });

  it('auto: OPSIM_SHARD_INDEX and OPSIM_SHARD_COUNT (a GitHub Actions matrix, any other runner) come first', () => {
    expect(readShard('auto', { OPSIM_SHARD_INDEX: '1', OPSIM_SHARD_COUNT: '3', JOB_COMPLETION_INDEX: '0' })).toEqual({
      k: 2,
      n: 3,
    });
  });

  it('auto without a runner, or with a value that is not a whole number, says what it expected', () => {
    expect(() => readShard('auto', {})).toThrow(
      '--shard auto: no shard index in the environment; expected one of OPSIM_SHARD_INDEX, JOB_COMPLETION_INDEX, AWS_BATCH_JOB_ARRAY_INDEX, SLURM_ARRAY_TASK_ID (see docs/distributed.md)',
    );
    expect(() => readShard('auto', { OPSIM_SHARD_INDEX: '-1', OPSIM_SHARD_COUNT: '3' })).toThrow(
      '--shard auto: OPSIM_SHARD_INDEX must be a whole number >= 0, got "-1"',
    );
  });
});
