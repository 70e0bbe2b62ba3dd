// Ctrl-C during opsim fit's validation or opsim drift's prediction intervals: the command stops
// between replications, says what it was doing, writes nothing and exits 1 (no stack trace).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runCli } from './memoryIo.js';

const root = new URL('../../', import.meta.url);
const files = {
  'receipt.csv': readFileSync(new URL('test/fixtures/event-logs/receipt.csv', root), 'utf8'),
  'receipt.yaml': readFileSync(new URL('scenarios/fitted/receipt.yaml', root), 'utf8'),
};

/** An io whose Ctrl-C is pressed as soon as a command listens for it. */
const pressedAtOnce = {
  onInterrupt: (handler: () => void) => {
    setTimeout(handler, 0);
    return () => {};
  },
};

describe('Ctrl-C during the event-log commands', () => {
  test('fit stops its validation, writes no scenario and exits 1', async () => {
    const r = await runCli(['fit', 'receipt.csv', '--out', 'out.yaml', '--replications', '3'], files, pressedAtOnce);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('opsim: interrupted while validating the fitted scenario; nothing written\n');
    expect(r.written['out.yaml']).toBeUndefined();
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('drift stops its prediction intervals, prints no table and exits 1', async () => {
    const r = await runCli(
      ['drift', 'receipt.yaml', '--observed', 'receipt.csv', '--replications', '3'],
      files,
      pressedAtOnce,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('opsim: interrupted while simulating the prediction intervals; nothing to report\n');
    expect(r.stdout).toBe('');
  });

  test('without Ctrl-C both run to the end', async () => {
    const r = await runCli(['fit', 'receipt.csv', '--out', 'out.yaml', '--replications', '2'], files);
    expect(r.code).toBe(0);
    expect(r.written['out.yaml']).toContain('# Fitted by opsim fit from receipt.csv');
  });
});
