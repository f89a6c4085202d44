import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/method/generate/index.js';
import { ALL_DESIGNS, notificationDesign, paymentsDesign, telemetryDesign } from './fixtures.js';
import { SYSTEM_PYTHON, toolAvailable, writeFiles } from './tools.js';

const hasPython = toolAvailable('python3', SYSTEM_PYTHON, ['--version']);
const hasPyflakes = hasPython && toolAvailable('pyflakes (Debian python3-pyflakes)', SYSTEM_PYTHON, ['-m', 'pyflakes', '--version']);

/** py_compile for syntax, then pyflakes for undefined names and unused imports. */
function checkPython(root: string, scripts: string[]): void {
  execFileSync(SYSTEM_PYTHON, ['-m', 'py_compile', ...scripts], { stdio: 'pipe' });
  if (!hasPyflakes) return;
  try {
    execFileSync(SYSTEM_PYTHON, ['-m', 'pyflakes', ...scripts], { stdio: 'pipe', encoding: 'utf8' });
  } catch (e) {
    throw new Error(`pyflakes in ${root}:\n${(e as { stdout?: string }).stdout ?? ''}`);
  }
}

describe('generated Python (confluent-kafka)', () => {
  it.runIf(hasPython).each(ALL_DESIGNS.map((d) => [d.name, d] as const))('%s byte-compiles and passes pyflakes', (_name, design) => {
    const files = generate(design, { language: 'python' });
    const root = writeFiles(files, 'py');
    const scripts = files.filter((f) => f.path.endsWith('.py')).map((f) => `${root}/${f.path}`);
    expect(scripts.length).toBeGreaterThan(1);
    checkPython(root, scripts);
  });

  it.runIf(hasPython).each(ALL_DESIGNS.map((d) => [d.name, d] as const))('%s with kafka-python byte-compiles and passes pyflakes, or is refused for its transactions', (_name, design) => {
    const transactional = design.producers.some((p) => p.config['transactional.id'] !== undefined);
    if (transactional) {
      expect(() => generate(design, { language: 'python', library: 'kafka-python' })).toThrow(/kafka-python cannot run the transactions/);
      return;
    }
    const files = generate(design, { language: 'python', library: 'kafka-python' });
    const root = writeFiles(files, 'kpy');
    checkPython(
      root,
      files.filter((f) => f.path.endsWith('.py')).map((f) => `${root}/${f.path}`),
    );
  });

  it('writes kafka-python keyword arguments, and keeps order without idempotence', () => {
    const producer = generate(notificationDesign, { language: 'python', library: 'kafka-python' }).find((f) => f.path === 'python/notifications_producer.py')!.contents;
    expect(producer).toContain('"linger_ms": 5,');
    expect(producer).toMatch(/# enable.idempotence=true not set: kafka-python 2.0 has no idempotent producer/);
    expect(producer).toContain('"max_in_flight_requests_per_connection": 1,');
  });

  it('translates settings to librdkafka names with the reason on each line', () => {
    const producer = generate(notificationDesign, { language: 'python' }).find((f) => f.path === 'python/notifications_producer.py')!;
    expect(producer.contents).toMatch(/"acks": "all",\s+# a notification must survive/);
    expect(producer.contents).toMatch(/"enable.idempotence": True,\s+# librdkafka defaults to false/);
    expect(producer.contents).toContain('"linger.ms": 5,');
  });

  it('commits after processing, with dead letters, dedupe and a rate limit for an at-least-once flow', () => {
    const consumer = generate(notificationDesign, { language: 'python' }).find((f) => f.path === 'python/notifications_consumer.py')!.contents;
    expect(consumer).toContain('DEAD_LETTER_TOPIC = "notification-service.notifications.dlt"');
    expect(consumer).toContain('"partition.assignment.strategy": "cooperative-sticky"');
    expect(consumer).toMatch(/# max.poll.records=50 not set: librdkafka [0-9.]+ reads max.poll.records only for share consumers/);
    expect(consumer).toContain('BATCH_SIZE = 50');
    expect(consumer).toContain('RATE_LIMIT_PER_SECOND = float(os.environ.get("RATE_LIMIT_PER_SECOND", "100"))');
    expect(consumer).toContain('seen_events');
    expect(consumer.indexOf('handle(msg, side_producer)')).toBeLessThan(consumer.indexOf('done[(msg.topic(), msg.partition())] = msg.offset() + 1'));
    expect(consumer).toContain('on_revoke=on_revoke');
  });

  it('uses a transaction with sendOffsetsToTransaction for read-process-write', () => {
    const files = generate(paymentsDesign, { language: 'python' });
    expect(files.map((f) => f.path)).not.toContain('python/payment_results_producer.py');
    const processor = files.find((f) => f.path === 'python/payment_requests_consumer.py')!.contents;
    for (const call of ['init_transactions()', 'begin_transaction()', 'send_offsets_to_transaction(', 'commit_transaction()', 'abort_transaction()']) {
      expect(processor).toContain(call);
    }
    expect(processor).toContain('"transactional.id": "payment-processor-" + INSTANCE_ID,');
    expect(processor).toContain('"isolation.level": "read_committed"');
  });

  it('runs key-ordered parallel handlers that commit below the first unfinished record', () => {
    const design = ALL_DESIGNS.find((d) => d.name === 'notification-service' && d.patterns.some((p) => p.id === 'key-ordered-parallel-processing'))!;
    const consumer = generate(design, { language: 'python' }).find((f) => f.path === 'python/notifications_consumer.py')!.contents;
    expect(consumer).toContain('HANDLERS = int(os.environ.get("HANDLERS", "4"))');
    expect(consumer).toContain('lane = zlib.crc32(msg.key() or b"") % len(self.queues)');
    expect(consumer).toContain('commit(lanes.committable())');
    expect(generate(design, { language: 'python', library: 'kafka-python' }).find((f) => f.path === 'python/README.md')!.contents).toMatch(
      /`key-ordered-parallel-processing` \(notifications\): the Python \(kafka-python\) consumer handles one record at a time/,
    );
  });

  it('commits before processing for an at-most-once flow', () => {
    const consumer = generate(telemetryDesign, { language: 'python' }).find((f) => f.path === 'python/gauges_consumer.py')!.contents;
    expect(consumer.indexOf('consumer.commit(offsets=next_offsets(good)')).toBeLessThan(consumer.indexOf('handle(msg, None)'));
  });
});
