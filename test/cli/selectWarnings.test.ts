// A selection ranks on means and never asks whether a design is overloaded: here, ranking on how busy
// the server is picks the overloaded base. Its report must carry the warnings run and compare give
// that design, from the replications the procedure used, and show them under "Selected:"; a design
// that is not overloaded carries none.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TINY_FILE, TINY_OVERLOADED_YAML, TINY_YAML } from '../experiments/tinyScenario.js';
import { runCli } from './memoryIo.js';

const files = { [TINY_FILE]: TINY_OVERLOADED_YAML };
const busiest = ['select', TINY_FILE, '--objective', 'max:utilisation:server', '--delta', '1%'];

interface Design {
  name: string;
  status: string;
  replications: number;
  warnings: { kind: string; subjects: string[]; text: string }[];
}

describe('opsim select warns of an overloaded pick', () => {
  it("carries the selected design's warnings, the same as compare's over the same replications", async () => {
    const r = await runCli([...busiest, '--variants', 'extra-server', '--json'], files);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { selected: string; designs: Design[] };
    expect(report.selected).toBe('base');
    const [base, extra] = report.designs;
    expect(base.warnings.map((w) => [w.kind, w.subjects[0]])).toEqual([
      ['poolSaturated', 'server'],
      ['backlogGrowing', 'work'],
    ]);
    expect(extra.warnings).toEqual([]);
    // Common random numbers and no constraint: the procedure used replications 0..n-1 of the file's
    // seed, which compare runs as well.
    const compare = await runCli(
      ['compare', TINY_FILE, '--variants', 'extra-server', '--replications', String(base.replications), '--json'],
      files,
    );
    expect(JSON.parse(compare.stdout).designs[0].warnings).toEqual(base.warnings);
  });

  it('prints them under "Selected:", before the guarantee, and in the CSV', async () => {
    const r = await runCli([...busiest, '--variants', 'extra-server'], files);
    expect(r.stdout).toMatch(
      /\nSelected: base\n! Pool server is busy 100\.0% of its available hours \(above 95\.0%\)[^!]*\n! Work in progress grew through the observation window: [^!]*\n\nWith probability at least 95%/,
    );
    const csv = await runCli([...busiest, '--variants', 'extra-server', '--csv'], files);
    expect(csv.stdout).toMatch(/^# Warnings\ndesign,kind,subjects,warning\nbase,poolSaturated,server,/);
  });

  it('names the warnings of a design still in contention', async () => {
    // `same` is the base under another name: the two tie, both overloaded.
    const r = await runCli([...busiest, '--variants', 'same'], files);
    expect(r.stdout).toMatch(/\n! same \(still in contention\): Pool server is busy 100\.0%/);
  });

  it('shows no warning when the selected design is not overloaded', async () => {
    const r = await runCli(['select', TINY_FILE, '--objective', 'cycleTime', '--delta', '3m'], {
      [TINY_FILE]: TINY_YAML,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Selected: extra-server\nWith probability at least 95%');
    expect(r.stdout).not.toContain('\n! ');
    const json = await runCli(['select', TINY_FILE, '--objective', 'cycleTime', '--delta', '3m', '--json'], {
      [TINY_FILE]: TINY_YAML,
    });
    for (const d of JSON.parse(json.stdout).designs as Design[]) expect(d.warnings).toEqual([]);
  });

  it('suggests a limit on lost work for a pick that loses it, and the limit works', async () => {
    // support-vp's base loses 2.9% of its tickets waiting for a VP over budget; ranking on the work
    // abandoned (a pick no one would make, but one that selects it) picks it.
    const file = 'scenarios/company/support-vp.yaml';
    const vp = { [file]: readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8') };
    const picked = await runCli(['select', file, '--objective', 'max:abandonedPerWeek', '--delta', '1'], vp);
    expect(picked.stdout).toMatch(/\nSelected: base\n/);
    expect(picked.stdout.replace(/\n/g, ' ')).toContain(
      "add --constraint 'budgetUse:vp-support<=95%' --constraint 'lostShare<=2%' to the command.",
    );
    // lostShare is the workLost warning's own figure: the base fails the limit, the weekly review meets it.
    const limited = JSON.parse(
      (await runCli(['select', file, '--delta', '0.5', '--constraint', 'lostShare<=2%', '--json'], vp)).stdout,
    ) as { selected: string; designs: (Design & { constraints: Record<string, { mean: number }> })[] };
    expect(limited.selected).toBe('weekly-refund-review');
    const [base, weekly] = limited.designs;
    expect(base.status).toBe('infeasible');
    expect(base.constraints.lostShare.mean).toBeGreaterThan(0.02);
    expect(weekly.constraints.lostShare.mean).toBe(0);
  }, 60_000);
});
