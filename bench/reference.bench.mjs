#!/usr/bin/env node
// Reference latency: search cold (first call builds the index and loads the catalog) and warm,
// and explain. Imports the built package: run `npm run build` first (npm run bench does).
import './footer.mjs';
import { performance } from 'node:perf_hooks';

const t0 = performance.now();
const lib = await import('../dist/index.js');
const importMs = performance.now() - t0;

const time = (fn) => {
  const s = performance.now();
  fn();
  return performance.now() - s;
};
const stats = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return `p50 ${at(0.5).toFixed(3)} ms, p99 ${at(0.99).toFixed(3)} ms, max ${sorted.at(-1).toFixed(3)} ms`;
};

// CPU time next to wall time: on a shared machine the wall clock also counts waiting for a core.
const cpu0 = process.cpuUsage();
const cold = time(() => lib.search('exactly once'));
const coldCpu = process.cpuUsage(cpu0);
const queries = ['exactly once', 'rebalance', 'ordering', 'large messages', 'how do I avoid losing data', 'retention', 'tls certificate', 'consumer too slow'];
const warm = [];
for (let i = 0; i < 200; i++) for (const q of queries) warm.push(time(() => lib.search(q)));

const explainCold = time(() => lib.explain('linger.ms', { kafkaVersion: '3.9', client: 'librdkafka' }));
const names = ['linger.ms', 'acks', 'compression.type', 'queue.buffering.max.ms', 'idempotent', 'session.timeout.ms', 'min.insync.replicas'];
const explainWarm = [];
for (let i = 0; i < 200; i++) for (const n of names) explainWarm.push(time(() => lib.explain(n, { kafkaVersion: '3.6' })));

const changesMs = [];
for (let i = 0; i < 20; i++) changesMs.push(time(() => lib.changes({ from: '3.6', to: '4.1' })));

console.log(`import dist/index.js: ${importMs.toFixed(1)} ms`);
console.log(`search cold (catalog load + index build + query): ${cold.toFixed(2)} ms wall, ${((coldCpu.user + coldCpu.system) / 1000).toFixed(2)} ms CPU`);
console.log(`search warm over ${warm.length} queries: ${stats(warm)}`);
console.log(`explain cold: ${explainCold.toFixed(2)} ms; warm over ${explainWarm.length}: ${stats(explainWarm)}`);
console.log(`changes 3.6 -> 4.1 (all scopes): ${stats(changesMs)}`);
