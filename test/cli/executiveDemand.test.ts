// An executive's demand adds up in the Executives table: escalations received = decided + gave up
// waiting + turned away + left by an SLA + the change in those waiting. Exec-budget.yaml with an
// SLA on its escalation step: 5 escalations arrive each Monday, the 2 budgeted hours decide 2, and
// the SLA takes the other 3 out after 100 h, so each week reads received 5, decided 2, left by SLA 3.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { runCli } from './memoryIo.js';

const doc = parse(readFileSync('scenarios/validation/exec-budget.yaml', 'utf8'));
doc.steps.decide.sla = { limit: '100h', escalateTo: 'dropped' };
doc.steps.dropped = { kind: 'exit', outcome: 'rejected' };
const files = { 'sla-exec.yaml': stringify(doc) };

describe('the Executives table', () => {
  it('accounts for every escalation received: decided, or taken out by an SLA', async () => {
    const r = await runCli(['run', 'sla-exec.yaml'], files);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.startsWith('Executives'));
    const header = lines[at + 1].trim().split(/\s{2,}/);
    const row = lines
      .slice(at + 3)
      .find((l) => l.startsWith('ceo'))!
      .trim()
      .split(/\s{2,}/);
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('received')).toBe('5.00');
    expect(cell('decided')).toBe('2.00');
    expect(cell('left by SLA')).toBe('3.00');
    expect(cell('abandoned waiting')).toBe('0');
    expect(cell('turned away')).toBe('0');
    expect(cell('waiting at end')).toBe('0');
  });
});

describe('the Pools table', () => {
  const read = (file: string) => ({ [file]: readFileSync(file, 'utf8') });
  it("says where a forum chair's decisions are, since they are not its tasks", async () => {
    const file = 'scenarios/validation/forum.yaml';
    const r = await runCli(['run', file, '--replications', '2'], read(file));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      "\nPools (after warm-up; an executive's tasks are its ad-hoc decisions, decisions at forums are under Executives)\n",
    );
  });

  it('has no such note when no executive chairs a forum', async () => {
    const r = await runCli(['run', 'sla-exec.yaml'], files);
    expect(r.stdout).toContain('\nPools (after warm-up)\n');
  });
});
