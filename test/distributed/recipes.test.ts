// The recipes of docs/distributed.md, run as their runners would run them: the commands are read from
// the page (so the page cannot drift from what works), each shard is a separate process with the
// runner's variables set, all shards at once, and the merged report must be byte-identical to the same
// experiment on one machine.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve('.');
const opsim = `node ${join(root, 'bin/opsim.js')}`;
const page = readFileSync('docs/distributed.md', 'utf8');
const blocks = (lang: string) =>
  [...page.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
let work = '';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'opsim-recipes-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A folder like a checkout: the bundled scenarios at ./scenarios. */
function checkout(name: string): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  symlinkSync(join(root, 'scenarios'), join(dir, 'scenarios'), 'dir');
  return dir;
}

/** Runs a shell command line as a runner would, with `opsim`/`npx opsim` being this checkout's CLI. */
function sh(command: string, cwd: string, env: Record<string, string> = {}): Promise<string> {
  const line = command.replace(/(^|&&\s*|\|\s*)(?:npx )?opsim /g, `$1${opsim} `);
  return new Promise((done, fail) => {
    const child = spawn('sh', ['-c', line], { cwd, env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => (code === 0 ? done(out) : fail(new Error(`${line}\nexit ${code}: ${err}`))));
  });
}

/** The single-machine command of a shard command: no --shard/--shards/--out, JSON to stdout. */
function singleMachine(command: string): string {
  return `${command.replace(/ --shard auto| --shards \d+| --out \S+/g, '')} --json`;
}

describe('docs/distributed.md', () => {
  it('the GitHub Actions recipe: a matrix of shards, artifacts, a merge job; the merged report is the single-machine report', async () => {
    const workflow = parse(blocks('yaml').find((b) => b.includes('jobs:'))!) as {
      jobs: Record<
        string,
        {
          strategy?: { matrix: { shard: number[] } };
          steps: { run?: string; env?: Record<string, string>; uses?: string; with?: Record<string, unknown> }[];
        }
      >;
    };
    const { shard, merge } = workflow.jobs;
    const matrix = shard.strategy!.matrix.shard;
    const n = matrix.length;
    const fill = (text: string, index: number) =>
      text
        .replace(/\$\{\{ strategy\.job-index \}\}/g, String(index))
        .replace(/\$\{\{ strategy\.job-total \}\}/g, String(n))
        .replace(/\$\{\{ matrix\.shard \}\}/g, String(matrix[index]));
    const runStep = shard.steps.find((s) => s.env !== undefined)!;
    const upload = shard.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    const download = merge.steps.find((s) => s.uses?.startsWith('actions/download-artifact'))!;
    const mergeDir = checkout('gha-merge');
    const artifacts = join(mergeDir, String(download.with!.path));
    mkdirSync(artifacts);
    // Every matrix job at once, each in its own checkout, with the variables the step sets.
    await Promise.all(
      matrix.map(async (_, index) => {
        const dir = checkout(`gha-shard-${index}`);
        const env = Object.fromEntries(Object.entries(runStep.env!).map(([k, v]) => [k, fill(String(v), index)]));
        for (const step of shard.steps)
          if (step.run && !step.run.startsWith('npm ')) await sh(fill(step.run, index), dir, env);
        const file = fill(String(upload.with!.path), index);
        copyFileSync(join(dir, file), join(artifacts, file));
      }),
    );
    for (const step of merge.steps) if (step.run && !step.run.startsWith('npm ')) await sh(step.run, mergeDir);
    const merged = readFileSync(join(mergeDir, 'report.json'), 'utf8');
    const whole = await sh(singleMachine(fill(runStep.run!, 0)), checkout('gha-single'));
    expect(JSON.parse(merged)).toMatchObject({ kind: 'sweep' });
    expect(merged).toBe(whole);
  }, 300_000);

  it('the Kubernetes recipe: an Indexed Job of n pods and a merge step; the merged report is the single-machine report', async () => {
    const job = parse(blocks('yaml').find((b) => b.includes('completionMode: Indexed'))!) as {
      spec: { completions: number; template: { spec: { containers: { command: string[]; args: string[] }[] } } };
    };
    const n = job.spec.completions;
    const container = job.spec.template.spec.containers[0];
    expect(container.command).toEqual(['sh', '-c']);
    const shards = join(work, 'k8s-volume');
    mkdirSync(shards);
    const onVolume = (text: string) => text.replace(/\/shards\//g, `${shards}/`);
    await Promise.all(
      Array.from({ length: n }, (_, index) =>
        sh(onVolume(container.args[0]), checkout(`k8s-pod-${index}`), { JOB_COMPLETION_INDEX: String(index) }),
      ),
    );
    const kubectl = blocks('sh').find((b) => b.includes('kubectl run opsim-merge'))!;
    const overrides = JSON.parse(/--overrides='([^']*)'/.exec(kubectl)![1]) as {
      spec: { containers: { command: string[] }[] };
    };
    const [shell, flag, mergeLine] = overrides.spec.containers[0].command;
    expect([shell, flag]).toEqual(['sh', '-c']);
    const merged = await sh(onVolume(mergeLine), checkout('k8s-merge'));
    const whole = await sh(singleMachine(container.args[0]), checkout('k8s-single'));
    expect(JSON.parse(merged)).toMatchObject({ kind: 'sweep' });
    expect(merged).toBe(whole);
  }, 300_000);
});
