// Evaluates 100,000 partitions with 10-sample windows in one process: Burrow's rules over
// prebuilt windows, and the live pipeline (samples -> Burrow ring + time-lag table -> evaluation).
// Each figure is the median of five runs (the machine may be shared).
import { performance } from 'node:perf_hooks';
import { evaluateGroup, LagTracker } from '../dist/index.js';

const PARTITIONS = 100_000;
const WINDOW = 10;
const RUNS = 5;
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

function median(f) {
  const times = [];
  let result;
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    result = f();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[RUNS >> 1].toFixed(0), min: times[0].toFixed(0), result };
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
console.log(`Burrow rules, ${PARTITIONS.toLocaleString('en-US')} partitions x ${WINDOW}-slot windows: ${burrow.ms} ms median (min ${burrow.min} ms); group ${burrow.result.status}, ${JSON.stringify(counts)}`);

// 2. The live pipeline: 10 samples of every partition, then one evaluation (Burrow + time lag + reasons).
const samples = Array.from({ length: WINDOW }, (_, k) => ({
  timestamp: T0 + k * STEP,
  groupFound: true,
  partitions: shapes.map((s) => ({ topic: s.topic, partition: s.partition, committed: committedAt(s, k), logEnd: logEndAt(s, k) })),
}));
const recordTimes = [];
const evaluateTimes = [];
let live;
for (let r = 0; r < RUNS; r++) {
  const tracker = new LagTracker({ intervals: WINDOW, tableSize: 60, evaluator: { minimumComplete: 0, allowedLag: 0 } });
  let start = performance.now();
  for (const s of samples) tracker.add(s);
  recordTimes.push(performance.now() - start);
  start = performance.now();
  live = tracker.evaluate();
  evaluateTimes.push(performance.now() - start);
}
const mid = (times) => [...times].sort((a, b) => a - b)[RUNS >> 1].toFixed(0);
const add = { ms: mid(recordTimes) };
const evaluation = { ms: mid(evaluateTimes), min: Math.min(...evaluateTimes).toFixed(0) };

console.log(`live pipeline, ${PARTITIONS.toLocaleString('en-US')} partitions x ${WINDOW} samples: recording ${add.ms} ms, evaluating ${evaluation.ms} ms median (min ${evaluation.min} ms); group ${live.group.status}, max time lag ${live.timeLag.maxTimeLagSeconds?.toFixed(1)} s`);
