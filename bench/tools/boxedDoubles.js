#!/usr/bin/env node
// Where V8 boxes doubles in the engine's optimised code. A double that meets a tagged value (a
// field first created as undefined, a merge with a constant or with a call's result, an argument
// of a call that was not inlined) is converted to a tagged value: a check whether it fits a small
// integer, and otherwise a heap number allocated. Self time and the sampling heap profiler show
// the cost spread over the callers; this reads it off the machine code. It records one workload
// with Linux `perf` and V8's JIT dump, then lists each hot engine function with the share of its
// samples spent in those conversions and the number of allocation sites it contains.
// Used in docs/performance.md, round 5. Needs `perf` (Debian: apt-get install linux-perf) on x64.
//   node bench/tools/boxedDoubles.js [workload=mmc] [items] [top=12]
// Then, to read one function's code: perf annotate -i <dir>/perf.jit.data --stdio '<symbol>'
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [workload = 'mmc', items = workload === 'tandem' ? '400000' : '2000000', topArg = '12'] = process.argv.slice(2);
const profileWorkload = fileURLToPath(new URL('./profileWorkload.js', import.meta.url));

if (spawnSync('perf', ['--version']).error) {
  console.error('bench/tools/boxedDoubles.js needs Linux perf (Debian: apt-get install linux-perf)');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'opsim-boxes-'));
const run = (cmd, args) =>
  execFileSync(cmd, args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });

// --perf-prof writes jit-<pid>.dump into the working directory; perf inject turns it into symbols.
run('perf', [
  'record',
  '-k',
  '1',
  '-e',
  'cycles',
  '-F',
  '4000',
  '-o',
  'perf.data',
  '--',
  process.execPath,
  '--perf-prof',
  '--perf-prof-unwinding-info',
  profileWorkload,
  workload,
  items,
]);
run('perf', ['inject', '--jit', '-i', 'perf.data', '-o', 'perf.jit.data']);
const report = run('perf', ['report', '-i', 'perf.jit.data', '--no-children', '--sort', 'sym', '--stdio']);

// Optimised (TurboFan) code of the engine: symbols "JS:*name file:///.../dist/core/...".
const functions = [];
for (const line of report.split('\n')) {
  const m = /^\s+([\d.]+)%\s+\[\.\]\s+(JS:\*\S+ file:\/\/\S+\/core\/\S+)/.exec(line);
  if (m) functions.push({ share: Number(m[1]), symbol: m[2] });
}

const rows = [];
for (const f of functions.slice(0, Number(topArg))) {
  const code = run('perf', ['annotate', '-i', 'perf.jit.data', '--stdio', f.symbol]).split('\n');
  const instrs = [];
  for (const l of code) {
    const m = /^\s*([\d.]+)\s+:\s+[0-9a-f]+:\s+(\S+)\s*(.*)$/.exec(l);
    if (m) instrs.push({ pct: Number(m[1]), op: m[2], args: m[3] });
  }
  // The float-to-tagged check: cvttsd2si, cvtsi2sd, ucomisd, then the branches on its result.
  let checkPct = 0;
  let checks = 0;
  for (let i = 0; i + 2 < instrs.length; i++) {
    if (!/cvttsd2si/.test(instrs[i].op) || !/cvtsi2sd/.test(instrs[i + 1].op) || !/ucomisd/.test(instrs[i + 2].op))
      continue;
    checks++;
    let j = i;
    while (j < instrs.length && j < i + 6) checkPct += instrs[j++].pct;
  }
  // Inline allocation: the bump pointer compared with the young generation's limit (root register r13).
  const allocations = instrs.filter((x) => /^cmp/.test(x.op) && /,0x48\(%r13\)$/.test(x.args)).length;
  rows.push({ ...f, name: f.symbol.slice(4).split(' ')[0], checks, checkPct, allocations });
}

console.log(`${workload}, ${items} items: optimised engine functions by share of all samples (perf data in ${dir})`);
console.log('share   function                    float->tagged checks  their share of the function  allocation sites');
for (const r of rows) {
  console.log(
    `${r.share.toFixed(2).padStart(5)}%  ${r.name.padEnd(26)}  ${String(r.checks).padStart(20)}  ${(r.checkPct.toFixed(1) + '%').padStart(27)}  ${String(r.allocations).padStart(16)}`,
  );
}
