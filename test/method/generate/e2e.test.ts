// End to end: the generated Python (confluent-kafka) and TypeScript (kafkajs) producer and
// consumer run against the local Kafka-protocol broker and deliver every record of a keyed stream,
// in order per key. Needs the broker build (scripts/setup.d/broker.sh) and python3-confluent-kafka
// (scripts/setup.d/generate.sh); without them the test is skipped locally and fails in CI.
import { execFile } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLocalBroker, type LocalBroker } from '../../../src/cluster/local-broker.js';
import { generate } from '../../../src/method/generate/index.js';
import { designFromText, ordersRequirements } from './requirements.js';
import { brokerAvailable, confluentKafkaAvailable, SYSTEM_PYTHON, toolAvailable, writeFiles } from './tools.js';

const run = promisify(execFile);

const REQUIREMENTS = ordersRequirements('e2e-orders', '{ kafka_version: "3.9", brokers: 3 }');
// Slow keyed work: the design adds key-ordered parallel handlers, deduplication and a dead-letter topic.
const PARALLEL_REQUIREMENTS = `
name: e2e-tasks
environment: development
cluster: { kafka_version: "3.9", brokers: 3 }
flows:
  - name: tasks
    source: api
    sink: worker
    key: task_id
    ordering: per-key
    delivery: at-least-once
    throughput: { average_per_second: 50, peak_per_second: 400, message_bytes: 300 }
    retention: 1d
    processing: { per_message_ms: { p50: 50, p99: 200 }, max_instances: 2, side_effects: database }
    schema: { format: json, evolves: false }
`;
const MESSAGES = 200;
const KEYS = 10;

const hasBroker = brokerAvailable();
const hasPython = hasBroker && confluentKafkaAvailable();
const hasKafkaPython = hasBroker && toolAvailable('python3-kafka (kafka-python)', SYSTEM_PYTHON, ['-c', 'import kafka']);

interface Delivered {
  key: string;
  seq: number;
  partition: number;
}

/** Every record arrived exactly as often as it was sent, and each key's records in the order sent. */
function checkDelivery(stdout: string): void {
  const records = stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Delivered);
  const seqs = new Set(records.map((r) => r.seq));
  expect(seqs.size).toBe(MESSAGES);
  for (let seq = 0; seq < MESSAGES; seq++) expect(seqs.has(seq)).toBe(true);
  const byKey = new Map<string, Delivered[]>();
  for (const r of records) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
  expect(byKey.size).toBe(KEYS);
  for (const [key, list] of byKey) {
    expect(
      list.map((r) => r.seq),
      `order of ${key}`,
    ).toEqual([...list.map((r) => r.seq)].sort((a, b) => a - b));
    expect(new Set(list.map((r) => r.partition)).size, `${key} stays on one partition`).toBe(1);
  }
}

describe.runIf(hasBroker)('generated programs against the local broker', () => {
  const design = designFromText(REQUIREMENTS, 'e2e.yaml');
  const parallelDesign = designFromText(PARALLEL_REQUIREMENTS, 'e2e-parallel.yaml');
  let broker: LocalBroker;
  let env: NodeJS.ProcessEnv;

  // A fresh cluster per program, so each consumer reads only what its own producer wrote.
  beforeEach(async () => {
    broker = await startLocalBroker({
      brokers: 3,
      topics: [...design.topics, ...parallelDesign.topics].map((t) => ({ name: t.name, partitions: t.partitions, replicationFactor: t.replicationFactor })),
    });
    env = { ...process.env, KAFKA_BOOTSTRAP_SERVERS: broker.bootstrap, KEY_COUNT: String(KEYS) };
  }, 60_000);

  afterEach(async () => {
    await broker?.stop();
  });

  it.runIf(hasPython)(
    'Python (confluent-kafka): every record arrives, in order per key',
    async () => {
      const root = writeFiles(generate(design, { language: 'python' }), 'e2e-py');
      const dir = join(root, 'python');
      await run(SYSTEM_PYTHON, ['orders_producer.py'], { cwd: dir, env: { ...env, MESSAGE_COUNT: String(MESSAGES) }, timeout: 60_000 });
      const consumer = await run(SYSTEM_PYTHON, ['orders_consumer.py'], { cwd: dir, env: { ...env, MAX_MESSAGES: String(MESSAGES) }, timeout: 90_000 });
      checkDelivery(consumer.stdout);
    },
    180_000,
  );

  it.runIf(hasPython)(
    'Python (confluent-kafka) with key-ordered parallel handlers: every record arrives, in order per key',
    async () => {
      expect(parallelDesign.patterns.map((p) => p.id)).toContain('key-ordered-parallel-processing');
      const root = writeFiles(generate(parallelDesign, { language: 'python' }), 'e2e-par');
      const dir = join(root, 'python');
      expect(readFileSync(join(dir, 'tasks_consumer.py'), 'utf8')).toContain('class Lanes:');
      await run(SYSTEM_PYTHON, ['tasks_producer.py'], { cwd: dir, env: { ...env, MESSAGE_COUNT: String(MESSAGES) }, timeout: 60_000 });
      const consumer = await run(SYSTEM_PYTHON, ['tasks_consumer.py'], { cwd: dir, env: { ...env, MAX_MESSAGES: String(MESSAGES) }, timeout: 90_000 });
      checkDelivery(consumer.stdout);
    },
    180_000,
  );

  it.runIf(hasKafkaPython)(
    'Python (kafka-python): every record arrives, in order per key',
    async () => {
      const root = writeFiles(generate(design, { language: 'python', library: 'kafka-python' }), 'e2e-kpy');
      const dir = join(root, 'python');
      await run(SYSTEM_PYTHON, ['orders_producer.py'], { cwd: dir, env: { ...env, MESSAGE_COUNT: String(MESSAGES) }, timeout: 60_000 });
      const consumer = await run(SYSTEM_PYTHON, ['orders_consumer.py'], { cwd: dir, env: { ...env, MAX_MESSAGES: String(MESSAGES) }, timeout: 90_000 });
      checkDelivery(consumer.stdout);
    },
    180_000,
  );

  it.each([
    ['keyed', false],
    ['key-ordered parallel', true],
  ] as const)(
    'TypeScript (kafkajs), %s: every record arrives, in order per key',
    async (_kind, parallel) => {
      const chosen = parallel ? parallelDesign : design;
      const flow = chosen.producers[0]!.flow;
      const root = writeFiles(generate(chosen, { language: 'typescript' }), 'e2e-ts');
      const dir = join(root, 'typescript');
      symlinkSync(join(import.meta.dirname, '../../../node_modules'), join(dir, 'node_modules'), 'dir');
      await run(process.execPath, [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: dir, timeout: 120_000 });
      await run(process.execPath, [`dist/${flow}-producer.js`], { cwd: dir, env: { ...env, MESSAGE_COUNT: String(MESSAGES) }, timeout: 60_000 });
      const consumer = await run(process.execPath, [`dist/${flow}-consumer.js`], { cwd: dir, env: { ...env, MAX_MESSAGES: String(MESSAGES) }, timeout: 90_000 });
      checkDelivery(consumer.stdout);
    },
    240_000,
  );
});
