// Each design rule with designs that must and must not raise it (as ESLint's RuleTester tables).
import { describe, expect, it } from 'vitest';
import { design } from '../../../src/method/design.js';
import type { Flow, Requirements } from '../../../src/model/requirements.js';
import { requirements } from '../helpers.js';

interface Case { flow?: Partial<Flow>; top?: Partial<Requirements>; severity?: string }
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
    invalid: [{ flow: { throughput: { peak_per_second: 200000, message_bytes: 1000 }, processing: { per_message_ms: { p50: 0.01, p99: 0.05 } } } }],
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
  'latency/processing-over-budget': {
    valid: [{ flow: { latency: { end_to_end_p99_ms: 5000 }, processing: { per_message_ms: { p50: 10, p99: 100 } } } }],
    invalid: [{ flow: { latency: { end_to_end_p99_ms: 100 }, processing: { per_message_ms: { p50: 10, p99: 500 } } } }],
  },
};

describe.each(Object.entries(table))('%s', (rule, { valid, invalid }) => {
  it.each(valid)('does not fire: %j', ({ flow, top }) => {
    expect(design(requirements(flow, top)).findings.filter((f) => f.rule === rule)).toEqual([]);
  });
  it.each(invalid)('fires: %j', ({ flow, top, severity }) => {
    const hits = design(requirements(flow, top)).findings.filter((f) => f.rule === rule);
    expect(hits.length).toBeGreaterThan(0);
    if (severity) expect(hits[0]!.severity).toBe(severity);
    expect(hits[0]!.message.length).toBeGreaterThan(20);
  });
});
