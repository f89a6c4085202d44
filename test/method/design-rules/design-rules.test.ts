// Each design rule with designs that must and must not raise it (as ESLint's RuleTester tables).
import { describe, expect, it } from 'vitest';
import { design } from '../../../src/method/design.js';
import type { Flow, Requirements } from '../../../src/model/requirements.js';
import { requirements } from '../helpers.js';

interface Case { flow?: Partial<Flow>; top?: Partial<Requirements>; severity?: string; message?: RegExp }
const table: Record<string, { valid: Case[]; invalid: Case[] }> = {
  'capacity/downstream-rate-limit': {
    valid: [{ flow: { throughput: { peak_per_second: 50 }, processing: { external_rate_limit_per_second: 100 } } }, { flow: {} }],
    invalid: [
      { flow: { throughput: { average_per_second: 60, peak_per_second: 400 }, processing: { external_rate_limit_per_second: 100 } }, severity: 'warning' },
      { flow: { throughput: { average_per_second: 150, peak_per_second: 400 }, processing: { external_rate_limit_per_second: 100 } }, severity: 'error' },
    ],
  },
  'capacity/consumer-throughput': {
    valid: [{ flow: { throughput: { peak_per_second: 100 }, processing: { per_message_ms: { p50: 10, p99: 50 }, max_instances: 4 } } }],
    invalid: [{ flow: { ordering: 'global', throughput: { average_per_second: 2000, peak_per_second: 8000 }, processing: { per_message_ms: { p50: 0.2, p99: 1 } } }, severity: 'warning' }],
  },
  'capacity/cluster-size': {
    valid: [{ flow: { throughput: { peak_per_second: 10000, message_bytes: 1000 } } }],
    invalid: [{ flow: { throughput: { peak_per_second: 300000, message_bytes: 1000 }, processing: { per_message_ms: { p50: 0.01, p99: 0.05 } } }, message: /after compression/ }],
  },
  'ordering/global-single-partition': {
    valid: [{ flow: { ordering: 'per-key', key: 'id' } }],
    invalid: [{ flow: { ordering: 'global' } }],
  },
  'ordering/missing-key': {
    valid: [{ flow: { ordering: 'per-key', key: 'id' } }, { flow: { ordering: 'none' } }],
    invalid: [{ flow: { ordering: 'per-key' }, severity: 'error' }],
  },
  'durability/replication': {
    valid: [{ top: { cluster: { brokers: 3 } } }],
    invalid: [
      { top: { environment: 'development', cluster: { brokers: 1 } }, severity: 'info' },
      { top: { environment: 'production', cluster: { brokers: 1 } }, severity: 'error' },
      { top: { environment: 'production', cluster: { brokers: 2 } }, severity: 'warning' },
    ],
  },
  'delivery/exactly-once-external-side-effect': {
    valid: [{ flow: { delivery: 'at-least-once', processing: { side_effects: 'external-api' } } }],
    invalid: [{ flow: { delivery: 'exactly-once', processing: { side_effects: 'external-api' } } }, { flow: { delivery: 'exactly-once', processing: { side_effects: 'database' } } }],
  },
  'size/large-records': {
    valid: [{ flow: { throughput: { message_bytes: 2000 } } }],
    invalid: [{ flow: { throughput: { message_bytes: 8_000_000 } }, severity: 'warning' }, { flow: { throughput: { message_bytes: 700_000 } }, severity: 'info' }],
  },
  'capacity/disk-per-broker': {
    valid: [
      // 30 d of 1 KB x 1,000/s x 3 replicas, lz4 0.5, over 3 brokers ≈ 1.3 TB on 4 TB disks: 33 %
      { flow: { throughput: { average_per_second: 1000, peak_per_second: 2000, message_bytes: 1000 }, retention: '30d' }, top: { cluster: { kafka_version: '3.9', brokers: 3, disk_per_broker: '4TB' } } },
      // no disk stated: a question, not a finding
      { flow: { throughput: { average_per_second: 200000, peak_per_second: 400000, message_bytes: 1000 }, retention: '30d' } },
      // tiered: only local retention counts
      { flow: { throughput: { average_per_second: 20000, peak_per_second: 40000, message_bytes: 1000 }, retention: '30d' }, top: { cluster: { kafka_version: '3.9', brokers: 3, disk_per_broker: '4TB', tiered_storage: true } } },
    ],
    invalid: [
      { flow: { throughput: { average_per_second: 20000, peak_per_second: 40000, message_bytes: 1000 }, retention: '30d' }, top: { cluster: { kafka_version: '3.9', brokers: 3, disk_per_broker: '4TB' } }, severity: 'error', message: /does not fit.*brokers/ },
      // lz4 would not fit, zstd (0.35) gives ~3.2 TB of 4 TB: fits, but above the safe fill
      { flow: { throughput: { average_per_second: 3500, peak_per_second: 5000, message_bytes: 1000 }, retention: '30d' }, top: { cluster: { kafka_version: '3.9', brokers: 3, disk_per_broker: '4TB' } }, severity: 'warning', message: /75 %/ },
    ],
  },
  'storage/tiered-storage': {
    valid: [{ flow: { retention: '30d' }, top: { cluster: { kafka_version: '3.9', brokers: 3, tiered_storage: true } } }, { flow: { retention: '30d' }, top: { cluster: { kafka_version: '3.3', brokers: 3 } } }],
    invalid: [
      { flow: { retention: '30d' }, top: { cluster: { kafka_version: '3.3', brokers: 3, tiered_storage: true } }, severity: 'error' },
      { flow: { retention: '30d' }, top: { cluster: { kafka_version: '3.7', brokers: 3, tiered_storage: true } }, severity: 'warning', message: /early access/ },
      { flow: { key: 'id', state: true }, top: { cluster: { kafka_version: '3.9', brokers: 3, tiered_storage: true } }, severity: 'info', message: /compacted/ },
    ],
  },
  'capacity/source-instances': {
    valid: [{ flow: { throughput: { peak_per_second: 1000, source_instances: 50 } } }, { flow: { throughput: { peak_per_second: 1000 } } }],
    invalid: [
      { flow: { throughput: { peak_per_second: 1000, source_instances: 40000 } }, message: /40,000 producing processes.*producer states/ },
      { flow: { delivery: 'at-most-once', throughput: { peak_per_second: 1000, source_instances: 20000 } }, message: /connections per broker/ },
    ],
  },
  'client/feature-floor': {
    valid: [
      { flow: { delivery: 'exactly-once', processing: { side_effects: 'kafka' } }, top: { client: { language: 'python', library: 'confluent-kafka', library_version: '2.12.0' } } },
      { top: { cluster: { kafka_version: '4.1', brokers: 3 }, client: { language: 'python', library: 'confluent-kafka' } } },
    ],
    invalid: [
      { top: { priority: 'cost', client: { language: 'python', library: 'confluent-kafka', library_version: '0.11.6' } }, message: /zstd|idempotence/ },
    ],
  },
  'client/library-support': {
    valid: [{ top: { client: { language: 'typescript', library: 'confluent-kafka-javascript' } } }],
    invalid: [{ top: { client: { language: 'typescript', library: 'kafkajs' } }, severity: 'info', message: /unmaintained since 2023.*@confluentinc\/kafka-javascript/ }],
  },
  'platform/limits': {
    valid: [{ flow: { throughput: { message_bytes: 900_000 } }, top: { cluster: { kafka_version: '3.9', brokers: 3, platform: 'confluent-cloud' } } }],
    invalid: [
      { top: { cluster: { kafka_version: '3.9', brokers: 3, racks: 3, platform: 'confluent-cloud' } }, severity: 'warning', message: /Confluent Cloud allows no broker configuration/ },
    ],
  },
  'latency/processing-over-budget': {
    valid: [{ flow: { latency: { end_to_end_p99_ms: 5000 }, processing: { per_message_ms: { p50: 10, p99: 100 } } } }],
    invalid: [{ flow: { latency: { end_to_end_p99_ms: 100 }, processing: { per_message_ms: { p50: 10, p99: 500 } } } }],
  },
};

describe.each(Object.entries(table))('%s', (rule, { valid, invalid }) => {
  it.each(valid)('does not fire: %j', ({ flow, top }) => {
    expect(design(requirements(flow, top)).findings.filter((f) => f.rule === rule)).toEqual([]);
  });
  it.each(invalid)('fires: %j', ({ flow, top, severity, message }) => {
    const hits = design(requirements(flow, top)).findings.filter((f) => f.rule === rule);
    expect(hits.length).toBeGreaterThan(0);
    if (severity) expect(hits[0]!.severity).toBe(severity);
    if (message) expect(hits[0]!.message).toMatch(message);
    expect(hits[0]!.message.length).toBeGreaterThan(20);
  });
});
