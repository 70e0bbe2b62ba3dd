// The package as a user gets it: `npm pack` (with its prepack build) in a copy of the project, the
// tarball installed into an empty folder from the npm cache, then the CLI and the library used from
// there. The copy keeps the real prepack (which empties dist/) away from the dist/ other tests run.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'opsim-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const sh = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
  });

describe('the npm package', () => {
  let tarball = '';
  let listed: string[] = [];

  it('npm pack builds dist/ with declarations and ships what a user needs and nothing else', () => {
    const copy = join(work, 'project');
    for (const entry of [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'tsconfig.build.json',
      'README.md',
      'bin',
      'scripts',
      'src',
      'schema',
      'scenarios',
      'docs',
      'examples',
    ]) {
      cpSync(join(root, entry), join(copy, entry), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const out = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', work], copy)) as {
      filename: string;
      files: { path: string }[];
    }[];
    tarball = join(work, out[0].filename);
    listed = out[0].files.map((f) => f.path);
    for (const f of [
      'bin/opsim.js',
      'dist/cli/main.js',
      'dist/worker/nodeWorker.js',
      'dist/bundle/cli/main.js',
      'dist/bundle/worker/nodeWorker.js',
      'dist/api/index.js',
      'dist/api/index.d.ts',
      'schema/opsim-scenario.schema.json',
      'scenarios/validation/mm1.yaml',
      'docs/api.md',
      'README.md',
      'package.json',
    ]) {
      expect(listed).toContain(f);
    }
    expect(listed.filter((f) => /^(src|test|bench|web|scripts)\//.test(f) || f.endsWith('.map'))).toEqual([]);
  }, 300_000);

  it('installs offline from the npm cache into an empty folder; opsim --version, opsim run and the library work there', () => {
    expect(tarball).not.toBe('');
    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'opsim-user', private: true, type: 'module' }));
    sh('npm', ['install', '--prefer-offline', '--no-save', tarball], app);
    expect(readdirSync(join(app, 'node_modules'))).toContain('opsim');
    // No shipped file points at a source map the package does not hold (bundlers and debuggers
    // warn about each one).
    const installed = join(app, 'node_modules', 'opsim', 'dist');
    const dangling = (readdirSync(installed, { recursive: true }) as string[]).filter(
      (f) => f.endsWith('.js') && readFileSync(join(installed, f), 'utf8').includes('//# sourceMappingURL='),
    );
    expect(dangling).toEqual([]);
    const { version } = JSON.parse(
      sh('node', ['-p', 'JSON.stringify(require("./node_modules/opsim/package.json"))'], app),
    ) as { version: string };
    expect(sh('npx', ['--no-install', 'opsim', '--version'], app)).toBe(`${version}\n`);
    const report = JSON.parse(
      sh(
        'npx',
        [
          '--no-install',
          'opsim',
          'run',
          'node_modules/opsim/scenarios/validation/mm1.yaml',
          '--replications',
          '2',
          '--json',
        ],
        app,
      ),
    );
    expect(report).toMatchObject({ format: expect.stringMatching(/^opsim-report\//), kind: 'run', replications: 2 });
    writeFileSync(
      join(app, 'one-line.mjs'),
      "import { run, version, select, optimise, fit, drift, readEventLog } from 'opsim'; const r = await run('opsim: 1\\nname: One\\nhorizon: 1w\\nfunctions: [f]\\npools: { p: { kind: agent, capacity: 1 } }\\nitemTypes: { job: { arrivals: { poisson: 1/h }, entry: s } }\\nsteps: { s: { function: f, serve: [ { pool: p, time: 30m } ], next: d }, d: { kind: exit, outcome: done } }\\n', { replications: 2 }); console.log(version, r.kind, r.replications, [select, optimise, fit, drift, readEventLog].every((f) => typeof f === 'function'));\n",
    );
    expect(sh('node', ['one-line.mjs'], app)).toBe(`${version} run 2 true\n`);
    // Internals stay private: a deep import is refused by the exports map.
    expect(() =>
      sh('node', ['-e', "import('opsim/dist/core/index.js').then(() => console.log('reached'))"], app),
    ).toThrow(/ERR_PACKAGE_PATH_NOT_EXPORTED/);
  }, 300_000);

  it('its declarations type-check a TypeScript user of the API', () => {
    const app = join(work, 'app');
    writeFileSync(join(app, 'user.ts'), USER_TS);
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'es2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['user.ts'],
      }),
    );
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    expect(() => sh('node', [tsc, '-p', 'tsconfig.json'], app)).not.toThrow();
  }, 120_000);
});

// A TypeScript user of the package: it must type-check against the shipped declarations alone.
const USER_TS = `import { compare, loadScenario, OpsimError, run, type CompareReport, type RunReport, type Scenario } from 'opsim';
import { drift, fit, readEventLog, select, type DriftReport, type FitResult, type SelectReport } from 'opsim';

export async function choose(scenario: Scenario, log: string): Promise<[string | null, boolean, string]> {
  const s: SelectReport = await select(scenario, { objective: 'cycleTime', delta: '1h', constraints: ['throughput>=10'] });
  const f: FitResult = await fit(log, { logFile: 'log.csv', validate: false });
  const d: DriftReport = await drift(scenario, readEventLog(log, { format: 'csv' }), { window: '1w' });
  return [s.selected, d.drift, f.scenario];
}

export async function costs(text: string): Promise<number[]> {
  let scenario: Scenario;
  try {
    scenario = loadScenario(text, { file: 'acme.yaml' });
  } catch (err) {
    if (err instanceof OpsimError) return err.issues.map((i) => i.path.length);
    throw err;
  }
  const one: RunReport = await run(scenario, { replications: 2, seed: 7, warmup: 'auto', signal: AbortSignal.timeout(60_000) });
  const all: CompareReport = await compare(scenario, { variants: scenario.variants.slice(0, 1), onProgress: (done, total) => void [done, total] });
  return [one.headline.costPerOutcome.mean, ...all.designs.map((d) => d.headline.costPerOutcome.mean)];
}
`;
