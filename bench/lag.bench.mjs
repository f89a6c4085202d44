// Evaluates 100,000 partitions with 10-sample windows in one process: Burrow's rules over
// prebuilt windows, and the live pipeline (samples -> Burrow ring + time-lag table -> evaluation).
// Each figure is the median of five runs, as wall-clock time and as CPU time of this process (on a
// shared machine the wall clock also counts time spent waiting for a core).
// Judged: Burrow's rules within 1.2x of the CPU of Burrow's own evaluator on the same input, run
// by bench/burrow-port (a Go port of Burrow's evaluation, built here when Go is installed; without
// Go the figure recorded below is used and the output says so).
import './footer.mjs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { evaluateGroup, LagTracker } from '../dist/index.js';

/** Burrow's port on this input, measured on the machine the README names (used without Go). */
const RECORDED_BURROW_CPU_MS = 150;
const LIMIT = 1.2;

const PARTITIONS = 100_000;
const WINDOW = 10;
const RUNS = 5;
const LIVE_RUNS = 3;
const T0 = 1_700_000_000_000;
const STEP = 30_000;

// Per partition: a producer rate, and a consumer that keeps up, consumes at 70 % of the rate, or
// stops committing after three samples.
const shapes = Array.from({ length: PARTITIONS }, (_, i) => ({ topic: `topic-${i % 50}`, partition: Math.floor(i / 50), rate: 10 + ((i * 7919) % 1000), kind: i % 3 }));
const logEndAt = (s, k) => 1_000_000 + s.rate * 30 * k;
const committedAt = (s, k) => {
  const behind = 1_000_000 - s.rate * 200;
  if (s.kind === 0) return logEndAt(s, k) - ((s.partition + k) % 2) * 10 - 1;
  if (s.kind === 1) return behind + Math.floor(s.rate * 0.7) * 30 * k;
  return behind + s.rate * 30 * Math.min(k, 3);
};

const mid = (times) => [...times].sort((a, b) => a - b)[times.length >> 1].toFixed(0);

/** Runs f and returns its wall and CPU milliseconds. */
function timed(f) {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = f();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000, result };
}

/** Medians of RUNS runs of f; only the last result is kept (as the Go port does), so that earlier ones do not weigh on the collector. */
function median(f) {
  const runs = [];
  let result;
  for (let r = 0; r < RUNS; r++) {
    const run = timed(f);
    result = run.result;
    runs.push({ wall: run.wall, cpu: run.cpu });
  }
  return { wall: mid(runs.map((r) => r.wall)), cpu: mid(runs.map((r) => r.cpu)), cpuRuns: runs.map((r) => r.cpu.toFixed(0)).join(', '), result };
}

// 1. Burrow over prebuilt windows (a commit is stored when the committed offset moves).
const histories = shapes.map((s) => {
  const commits = [];
  const brokerOffsets = [];
  for (let k = 0; k < WINDOW; k++) {
    const end = logEndAt(s, k);
    const c = committedAt(s, k);
    if (commits.length === 0 || commits[commits.length - 1].offset !== c) commits.push({ offset: c, timestamp: T0 + k * STEP, lag: Math.max(0, end - c) });
    brokerOffsets.push(end);
  }
  const window = [...new Array(WINDOW - commits.length).fill(null), ...commits];
  return { topic: s.topic, partition: s.partition, window, brokerOffsets, currentLag: Math.max(0, brokerOffsets[WINDOW - 1] - commits[commits.length - 1].offset) };
});
const burrow = median(() => evaluateGroup(histories, T0 + WINDOW * STEP, { minimumComplete: 0, allowedLag: 0 }));
const counts = {};
for (const p of burrow.result.partitions) counts[p.status] = (counts[p.status] ?? 0) + 1;
console.log(
  `Burrow rules, ${PARTITIONS.toLocaleString('en-US')} partitions x ${WINDOW}-slot windows: ${burrow.wall} ms wall, ${burrow.cpu} ms CPU (medians; CPU of each run in order: ${burrow.cpuRuns}); group ${burrow.result.status}, ${JSON.stringify(counts)}`,
);

/** Burrow's own evaluation of the same input: { cpuMs, group, counts, peakRssMiB }, or undefined without Go. */
function burrowPort() {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'burrow-port');
  const binary = join(mkdtempSync(join(tmpdir(), 'burrow-port-')), 'burrow-port');
  const built = spawnSync('go', ['build', '-o', binary, '.'], { cwd: dir, encoding: 'utf8' });
  if (built.error || built.status !== 0) return undefined;
  const ran = spawnSync(binary, { encoding: 'utf8' });
  return ran.status === 0 ? JSON.parse(ran.stdout) : undefined;
}
const go = burrowPort();
if (go && (go.group !== burrow.result.status || JSON.stringify(go.counts) !== JSON.stringify(Object.fromEntries(Object.entries(counts).sort())))) {
  throw new Error(`the Go port of Burrow answers differently: ${JSON.stringify(go)} against ${JSON.stringify(counts)}`);
}
const burrowCpu = go ? go.cpuMs : RECORDED_BURROW_CPU_MS;
const ratio = Number(burrow.cpu) / burrowCpu;
console.log(
  `Burrow's evaluator (Go port, bench/burrow-port) on the same input: ${burrowCpu.toFixed(0)} ms CPU (median of 5)${go ? `, peak memory ${go.peakRssMiB} MiB, same statuses` : ' (RECORDED figure: Go is not installed here)'}`,
);
console.log(`ours / Burrow's = ${ratio.toFixed(2)} (target <= ${LIMIT}): ${ratio <= LIMIT ? 'met' : 'NOT met'}`);
process.exitCode = ratio <= LIMIT ? 0 : 1;

// 2. The live pipeline: 10 samples of every partition, then one evaluation (Burrow + time lag + reasons).
const samples = Array.from({ length: WINDOW }, (_, k) => ({
  timestamp: T0 + k * STEP,
  groupFound: true,
  partitions: shapes.map((s) => ({ topic: s.topic, partition: s.partition, committed: committedAt(s, k), logEnd: logEndAt(s, k) })),
}));
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
const newTracker = () => new LagTracker({ intervals: WINDOW, tableSize: 60, evaluator: { minimumComplete: 0, allowedLag: 0 } });

/**
 * Heap one tracker holds per partition once every sample is in: the heap after a full collection
 * with the tracker alive, less the heap after one before it was made, over the partitions. Measured
 * before any timed run, whose garbage (and results kept for the figures) would blur the difference.
 */
function trackerBytesPerPartition() {
  gc();
  const before = process.memoryUsage().heapUsed;
  const tracker = newTracker();
  samples.forEach((s) => tracker.add(s));
  gc();
  const held = process.memoryUsage().heapUsed - before;
  if (tracker.evaluate().samples !== WINDOW) throw new Error('the tracker lost samples');
  return held / PARTITIONS;
}
const perPartitionBytes = trackerBytesPerPartition();

const recording = [];
const evaluating = [];
let live;
for (let r = 0; r < LIVE_RUNS; r++) {
  live = undefined;
  gc();
  const tracker = newTracker();
  recording.push(timed(() => samples.forEach((s) => tracker.add(s))));
  const e = timed(() => tracker.evaluate());
  evaluating.push({ wall: e.wall, cpu: e.cpu });
  live = e.result;
}
console.log(
  `live pipeline, ${PARTITIONS.toLocaleString('en-US')} partitions x ${WINDOW} samples: recording ${mid(recording.map((r) => r.wall))} ms wall / ${mid(recording.map((r) => r.cpu))} ms CPU, ` +
    `evaluating (Burrow + time lag + reasons) ${mid(evaluating.map((r) => r.wall))} ms wall / ${mid(evaluating.map((r) => r.cpu))} ms CPU (medians); group ${live.group.status}, max time lag ${live.timeLag.maxTimeLagSeconds?.toFixed(1)} s`,
);
console.log(
  `memory per tracked partition (${WINDOW}-commit ring, ${WINDOW} log-end offsets, time-lag table of up to 60 points; heap held after a full GC): ${(perPartitionBytes / 1024).toFixed(2)} KiB (${((perPartitionBytes * PARTITIONS) / 1048576).toFixed(0)} MiB for ${PARTITIONS.toLocaleString('en-US')})`,
);
