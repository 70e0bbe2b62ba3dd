// Micro-benchmark of the generators seedrandom offers, for docs/performance.md: the cost of one
// uniform draw (alea's 32-bit prng() and 53-bit double(), xor4096, the default ARC4), and the cost
// of creating a stream, which the engine pays once per (seed, replication, stream name).
// Each generator is timed in its own process so that no call site has seen another generator
// (a polymorphic call site would slow whichever is measured later).
// Run: node bench/tools/micro/rngMicro.js
import seedrandom from 'seedrandom';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from '../../lib/median.js';
import { cpuNow } from '../../lib/cpuTimer.js';

const DRAWS = 5_000_000;
const STREAMS = 20_000;

function drawRate(make, pick) {
  const rng = make('micro');
  const next = pick(rng);
  let sink = 0;
  const t0 = cpuNow();
  for (let i = 0; i < DRAWS; i++) sink += next();
  const ms = cpuNow() - t0;
  if (sink < 0) console.log(sink);
  return DRAWS / ms / 1000; // million draws per second
}

function createCost(make) {
  let sink = 0;
  const t0 = cpuNow();
  for (let i = 0; i < STREAMS; i++) sink += make(`opsim-bench:${i}:service:review:support-team`)();
  const ms = cpuNow() - t0;
  if (sink < 0) console.log(sink);
  return (ms * 1000) / STREAMS; // microseconds per stream
}

const generators = {
  'alea prng()': [(s) => seedrandom.alea(s), (r) => r],
  'alea double()': [(s) => seedrandom.alea(s), (r) => r.double],
  'xor4096 prng()': [(s) => seedrandom.xor4096(s), (r) => r],
  'ARC4 (default) prng()': [(s) => seedrandom(s), (r) => r],
  'ARC4 (default) quick()': [(s) => seedrandom(s), (r) => r.quick],
  'Math.random (unseeded, reference)': [() => Math.random, (r) => r],
};

function measure(name) {
  const [make, pick] = generators[name];
  const rates = [];
  for (let i = 0; i < 5; i++) rates.push(drawRate(make, pick));
  const creates = [];
  for (let i = 0; i < 3; i++) creates.push(createCost(make));
  return {
    generator: name,
    'M draws/s (median of 5)': median(rates).toFixed(1),
    'µs per new stream': median(creates).toFixed(2),
  };
}

const one = process.argv[2];
if (one) {
  process.stdout.write(JSON.stringify(measure(one)));
} else {
  const self = fileURLToPath(import.meta.url);
  console.table(
    Object.keys(generators).map((name) =>
      JSON.parse(execFileSync(process.execPath, [self, name], { encoding: 'utf8' })),
    ),
  );
}
