#!/usr/bin/env node
// critique of 1,000 generated config files in one process (target: >= 2,000 files per second).
// Files mix every input format and kind, healthy and broken, so every rule runs.
import './footer.mjs';
import { critique } from '../dist/index.js';

const FILES = 1000;
const pick = (i, list) => list[i % list.length];

function generate(i) {
  const n = (base, spread) => base + ((i * 7919) % spread);
  const makers = [
    () => ({
      file: `producer-${i}.properties`,
      text: `bootstrap.servers=k${i}:9092\nacks=${pick(i, ['all', '1', '-1', '0'])}\nenable.idempotence=${i % 3 ? 'true' : 'false'}\nlinger.ms=${n(0, 200)}\nbatch.size=${n(16384, 65536)}\ndelivery.timeout.ms=${n(20000, 200000)}\nmax.in.flight.requests.per.connection=${n(1, 8)}\ncompression.type=${pick(i, ['zstd', 'lz4', 'none', 'gzip'])}\n`,
    }),
    () => ({
      file: `consumer-${i}.properties`,
      text: `bootstrap.servers=k:9092\ngroup.id=g${i}\nenable.auto.commit=${i % 2 ? 'true' : 'false'}\nmax.poll.records=${n(10, 1000)}\nsession.timeout.ms=${n(6000, 60000)}\nheartbeat.interval.ms=${n(1000, 20000)}\nisolation.level=${pick(i, ['read_committed', 'read_uncommitted'])}\nauto.offset.reset=${pick(i, ['earliest', 'latest'])}\n`,
    }),
    () => ({
      file: `server-${i}.properties`,
      text: `process.roles=broker\nnode.id=${i}\ncontroller.quorum.voters=1@c1:9093,2@c2:9093,3@c3:9093\nlisteners=PLAINTEXT://:9092\nlog.dirs=/data\ndefault.replication.factor=${n(1, 3)}\nmin.insync.replicas=${n(1, 3)}\noffsets.topic.replication.factor=${n(1, 3)}\nunclean.leader.election.enable=${i % 5 === 0}\n`,
    }),
    () => ({
      file: `rdkafka-${i}.json`,
      text: JSON.stringify({ 'bootstrap.servers': 'k:9092', 'enable.idempotence': i % 2 === 0, acks: pick(i, ['all', 1]), 'linger.ms': n(0, 100), 'queue.buffering.max.ms': n(0, 100) }, null, 2),
    }),
    () => ({
      file: `kafkajs-${i}.json`,
      text: JSON.stringify(
        { clientId: `c${i}`, brokers: ['k:9092'], producer: { idempotent: i % 2 === 0, maxInFlightRequests: n(1, 5) }, consumer: { groupId: `g${i}`, sessionTimeout: n(6000, 40000) } },
        null,
        2,
      ),
    }),
    () => ({
      file: `strimzi-${i}.yaml`,
      text: `apiVersion: kafka.strimzi.io/v1\nkind: Kafka\nmetadata:\n  name: c${i}\nspec:\n  kafka:\n    version: 3.9.0\n    replicas: ${n(1, 5)}\n    config:\n      offsets.topic.replication.factor: ${n(1, 3)}\n      min.insync.replicas: ${n(1, 3)}\n---\napiVersion: kafka.strimzi.io/v1\nkind: KafkaTopic\nmetadata:\n  name: t${i}\n  labels:\n    strimzi.io/cluster: c${i}\nspec:\n  partitions: 6\n  replicas: ${n(1, 3)}\n  config:\n    retention.ms: ${n(3600000, 604800000)}\n`,
    }),
    () => ({
      file: `topic-${i}.sh`,
      text: `kafka-topics.sh --create --topic t${i} --partitions 6 --replication-factor ${n(1, 3)} --config min.insync.replicas=${n(1, 3)} --config cleanup.policy=${pick(i, ['delete', 'compact'])} --config retention.ms=${n(1000, 100000)}\n`,
    }),
  ];
  return makers[i % makers.length]();
}

const files = Array.from({ length: FILES }, (_, i) => generate(i));
const options = { kafkaVersion: '3.9', intent: { delivery: 'at-least-once', processingP99Ms: 50 } };

// Warm the catalog caches and the JIT on other generated files, as a long-running process would be.
for (let i = 0; i < 300; i++) critique([generate(FILES + i)], options);
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
let findings = 0;
for (const f of files) findings += critique([f], options).findings.length;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const rate = FILES / seconds;
// On a shared machine wall time includes waiting for a core; CPU time is what the work costs.
console.log(
  `critique: ${FILES} files in ${(seconds * 1000).toFixed(0)} ms wall = ${rate.toFixed(0)} files/s; ${(cpuSeconds * 1000).toFixed(0)} ms CPU = ${(FILES / cpuSeconds).toFixed(0)} files/s per core (${findings} findings; target >= 2000 files/s) ${FILES / cpuSeconds >= 2000 ? 'OK (per core)' : 'BELOW TARGET'}`,
);
// The same files in one call, as `critique *.properties` runs them (cross-file pairing included).
const batchStart = process.hrtime.bigint();
const batch = critique(files, options);
const batchSeconds = Number(process.hrtime.bigint() - batchStart) / 1e9;
console.log(`critique: ${FILES} files in one call: ${(batchSeconds * 1000).toFixed(0)} ms wall = ${(FILES / batchSeconds).toFixed(0)} files/s (${batch.findings.length} findings)`);
// Pass on CPU time: wall time on a shared machine measures the neighbours as much as the work.
process.exitCode = FILES / cpuSeconds >= 2000 ? 0 : 1;

// The configs Apache Kafka, Strimzi and Confluent really ship (../shared/outside/shipped), read
// and critiqued in one process, repeated so the figure is not all warm-up.
{
  const { readdirSync, readFileSync, statSync } = await import('node:fs');
  const { join } = await import('node:path');
  const root = new URL('../../shared/outside/shipped/', import.meta.url).pathname;
  const walk = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  // Each file has a sidecar NAME.expect.json (the shared corpus' expectations): configs only.
  const shipped = walk(root)
    .filter((file) => !file.endsWith('.expect.json') && !file.endsWith('README.md'))
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  const ROUNDS = 30;
  // Warm as the generated files are (about 300 files first): the figure is the steady rate.
  for (let r = 0; r < 10; r++) for (const f of shipped) critique([f], { kafkaVersion: '3.9' });
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < ROUNDS; r++) for (const f of shipped) critique([f], { kafkaVersion: '3.9' });
  const c = process.cpuUsage(cpu0);
  const perCore = (shipped.length * ROUNDS) / ((c.user + c.system) / 1e6);
  console.log(`critique of shipped configs: ${shipped.length} files x ${ROUNDS} = ${perCore.toFixed(0)} files/s per core (target >= 2000) ${perCore >= 2000 ? 'OK' : 'BELOW TARGET'}`);
  if (perCore < 2000) process.exitCode = 1;
}

// Did-you-mean at scale: 100,000 unknown keys in one file.
{
  const text = Array.from({ length: 100_000 }, (_, i) => `unknown.key.n${i % 500}x${i}=1`).join('\n');
  const cpu0 = process.cpuUsage();
  const found = critique([{ file: 'misspelt.properties', text }], { kafkaVersion: '3.9' }).findings.length;
  const c = process.cpuUsage(cpu0);
  const seconds = (c.user + c.system) / 1e6;
  console.log(`critique of 100,000 unknown keys: ${seconds.toFixed(2)} s CPU (${found} findings; target < 2 s) ${seconds < 2 ? 'OK' : 'BELOW TARGET'}`);
  if (seconds >= 2) process.exitCode = 1;
}
