// Each design rule with designs that must and must not raise it (as ESLint's RuleTester tables).
import { DESIGN_RULES } from '../../../src/method/critique/design-rules/index.js';
import { design } from '../../../src/method/design.js';
import type { Flow, Requirements } from '../../../src/model/requirements.js';
import { requirements } from '../helpers.js';
import { type RuleTable, ruleTester } from '../../rules/rule-tester.js';

interface Case { flow?: Partial<Flow>; top?: Partial<Requirements> }
const table: Record<string, Omit<RuleTable<Case>, 'rule'>> = {
  'capacity/downstream-rate-limit': {
    valid: [{ flow: { throughput: { peak_per_second: 50 }, processing: { external_rate_limit_per_second: 100 } } }, { flow: {} }],
    invalid: [
      { flow: { throughput: { average_per_second: 60, peak_per_second: 400 }, processing: { external_rate_limit_per_second: 100 } }, errors: [{ messageId: 'peakSIsAbove', flow: 'events' }] },
      { flow: { throughput: { average_per_second: 150, peak_per_second: 400 }, processing: { external_rate_limit_per_second: 100 } }, errors: [{ messageId: 'evenTheAverageRate', severity: 'error', flow: 'events' }] },
    ],
  },
  'capacity/consumer-throughput': {
    valid: [{ flow: { throughput: { peak_per_second: 100 }, processing: { per_message_ms: { p50: 10, p99: 50 }, max_instances: 4 } } }],
    invalid: [{ flow: { ordering: 'global', throughput: { average_per_second: 2000, peak_per_second: 8000 }, processing: { per_message_ms: { p50: 0.2, p99: 1 } } }, errors: [{ messageId: 'sBelowTheS', flow: 'events' }] }],
  },
  'capacity/cluster-size': {
    valid: [{ flow: { throughput: { peak_per_second: 10000, message_bytes: 1000 } } }],
    invalid: [{ flow: { throughput: { peak_per_second: 200000, message_bytes: 1000 }, processing: { per_message_ms: { p50: 0.01, p99: 0.05 } } }, errors: [{ messageId: 'peakWritesXReplication', flow: 'events' }] }],
  },
  'ordering/global-single-partition': {
    valid: [{ flow: { ordering: 'per-key', key: 'id' } }],
    invalid: [{ flow: { ordering: 'global' }, errors: [{ messageId: 'globalOrderPartitionConsumer', flow: 'events' }] }],
  },
  'ordering/missing-key': {
    valid: [{ flow: { ordering: 'per-key', key: 'id' } }, { flow: { ordering: 'none' } }],
    invalid: [{ flow: { ordering: 'per-key' }, errors: [{ messageId: 'flowNeedsPerKey', flow: 'events' }] }],
  },
  'durability/replication': {
    valid: [{ top: { cluster: { brokers: 3 } } }],
    invalid: [
      { top: { environment: 'development', cluster: { brokers: 1 } }, errors: [{ messageId: 'developmentOnBrokerS', severity: 'info', flow: 'events' }] },
      { top: { environment: 'production', cluster: { brokers: 1 } }, errors: [{ messageId: 'withBrokerSReplication', severity: 'error', flow: 'events' }] },
      { top: { environment: 'production', cluster: { brokers: 2 } }, errors: [{ messageId: 'withBrokerSReplication', flow: 'events' }] },
    ],
  },
  'delivery/exactly-once-external-side-effect': {
    valid: [{ flow: { delivery: 'at-least-once', processing: { side_effects: 'external-api' } } }],
    invalid: [{ flow: { delivery: 'exactly-once', processing: { side_effects: 'external-api' } }, errors: [{ messageId: 'flowAsksForExactly', flow: 'events' }] }, { flow: { delivery: 'exactly-once', processing: { side_effects: 'database' } }, errors: [{ messageId: 'flowAsksForExactly', flow: 'events' }] }],
  },
  'size/large-records': {
    valid: [{ flow: { throughput: { message_bytes: 2000 } } }],
    invalid: [{ flow: { throughput: { message_bytes: 8_000_000 } }, errors: [{ messageId: 'recordsExceedTheMaxRequestSize', flow: 'events' }] }, { flow: { throughput: { message_bytes: 700_000 } }, errors: [{ messageId: 'recordsFitTheDefaults', severity: 'info', flow: 'events' }] }],
  },
  'latency/processing-over-budget': {
    valid: [{ flow: { latency: { end_to_end_p99_ms: 5000 }, processing: { per_message_ms: { p50: 10, p99: 100 } } } }],
    invalid: [{ flow: { latency: { end_to_end_p99_ms: 100 }, processing: { per_message_ms: { p50: 10, p99: 500 } } }, errors: [{ messageId: 'processingP99IsMs', flow: 'events' }] }],
  },
};

ruleTester<Case>({
  name: 'design rules',
  meta: (id) => DESIGN_RULES.get(id)?.meta,
  findings: (rule, { flow, top }) => design(requirements(flow, top)).findings.filter((f) => f.rule === rule),
})('design', Object.entries(table).map(([rule, t]) => ({ rule, ...t })));
