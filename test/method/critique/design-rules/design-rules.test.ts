// Each design rule with designs that must and must not raise it (as ESLint's RuleTester tables).
import { DESIGN_RULES } from '../../../../src/method/critique/design-rules/index.js';
import { design } from '../../../../src/method/design.js';
import type { Flow, Processor, Requirements } from '../../../../src/model/requirements.js';
import { requirements } from '../../helpers.js';
import { type RuleTable, ruleTester } from '../../rules/rule-tester.js';

/** `copies`: the flow repeated this many times in all (events, events-2, ...). */
interface Case {
  flow?: Partial<Flow>;
  top?: Partial<Requirements>;
  copies?: number;
}
/** Requirements with one stream processor "p" reading the flow "events". */
const proc = (p: Partial<Processor>): Partial<Requirements> => ({ processors: [{ name: 'p', inputs: ['events'], ...p }] });
/** 10 GB of state over 4 tasks: restoring a task takes about 83 s at the planning rate, over the 60 s target. */
const bigState: Partial<Processor> = { inputs: [{ topic: 't', partitions: 4 }], state: { keys: 10_000_000, value_bytes: 1000 }, operations: [{ op: 'count' }], recover_within: '60s' };
/** An Amazon MSK cluster of three brokers, of the given size when stated. */
const msk = (broker_type?: string): Partial<Requirements> => ({ cluster: { kafka_version: '3.9', brokers: 3, platform: 'msk', ...(broker_type ? { broker_type } : {}) } });
/** A flow whose 400 slow consumer instances need 512 partitions. */
const wide: Partial<Flow> = {
  throughput: { average_per_second: 200, peak_per_second: 300, message_bytes: 500 },
  processing: { per_message_ms: { p50: 1000, p99: 3000 }, max_instances: 400 },
  retention: '1h',
};
/** A Confluent Cloud cluster (cluster type not stated). */
const confluent: Partial<Requirements> = { cluster: { kafka_version: '3.9', brokers: 3, platform: 'confluent-cloud' } };
/** A flow at this throughput whose consumers are fast enough not to matter. */
const fast = (throughput: Flow['throughput']): Partial<Flow> => ({ throughput, processing: { per_message_ms: { p50: 0.01, p99: 0.05 } } });
const table: Record<string, Omit<RuleTable<Case>, 'rule'>> = {
  'capacity/downstream-rate-limit': {
    valid: [{ flow: { throughput: { peak_per_second: 50 }, processing: { external_rate_limit_per_second: 100 } } }, { flow: {} }],
    invalid: [
      { flow: { throughput: { average_per_second: 60, peak_per_second: 400 }, processing: { external_rate_limit_per_second: 100 } }, errors: [{ messageId: 'peakSIsAbove', flow: 'events' }] },
      {
        flow: { throughput: { average_per_second: 150, peak_per_second: 400 }, processing: { external_rate_limit_per_second: 100 } },
        errors: [{ messageId: 'evenTheAverageRate', severity: 'error', flow: 'events' }],
      },
    ],
  },
  'capacity/consumer-throughput': {
    valid: [{ flow: { throughput: { peak_per_second: 100 }, processing: { per_message_ms: { p50: 10, p99: 50 }, max_instances: 4 } } }],
    invalid: [
      {
        flow: { ordering: 'global', throughput: { average_per_second: 2000, peak_per_second: 8000 }, processing: { per_message_ms: { p50: 0.2, p99: 1 } } },
        errors: [{ messageId: 'sBelowTheS', flow: 'events' }],
      },
    ],
  },
  'capacity/cluster-size': {
    valid: [{ flow: { throughput: { peak_per_second: 10000, message_bytes: 1000 } } }],
    // 300,000/s x 1 KB x lz4 0.5 x 3 replicas / 3 brokers = 150 MB/s per broker: bandwidth counts compressed bytes
    invalid: [
      {
        flow: { throughput: { peak_per_second: 300000, message_bytes: 1000 }, processing: { per_message_ms: { p50: 0.01, p99: 0.05 } } },
        message: /after compression/,
        errors: [{ messageId: 'peakWritesXReplication', flow: 'events' }],
      },
    ],
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
      // priority cost chose RF 2 for at-most-once data: a stated trade, not a warning
      {
        flow: { delivery: 'at-most-once' },
        top: { priority: 'cost', cluster: { kafka_version: '3.9', brokers: 3 } },
        errors: [{ messageId: 'costChoseTwoReplicas', severity: 'info', flow: 'events' }],
      },
    ],
  },
  'delivery/exactly-once-external-side-effect': {
    valid: [{ flow: { delivery: 'at-least-once', processing: { side_effects: 'external-api' } } }],
    invalid: [
      { flow: { delivery: 'exactly-once', processing: { side_effects: 'external-api' } }, errors: [{ messageId: 'flowAsksForExactly', flow: 'events' }] },
      { flow: { delivery: 'exactly-once', processing: { side_effects: 'database' } }, errors: [{ messageId: 'flowAsksForExactly', flow: 'events' }] },
    ],
  },
  'size/large-records': {
    valid: [{ flow: { throughput: { message_bytes: 2000 } } }],
    invalid: [
      { flow: { throughput: { message_bytes: 8_000_000 } }, errors: [{ messageId: 'recordsExceedTheMaxRequestSize', flow: 'events' }] },
      { flow: { throughput: { message_bytes: 700_000 } }, errors: [{ messageId: 'recordsFitTheDefaults', severity: 'info', flow: 'events' }] },
    ],
  },
  'capacity/disk-per-broker': {
    valid: [
      // 30 d of 1 KB x 1,000/s x 3 replicas, lz4 0.5, over 3 brokers ≈ 1.3 TB on 4 TB disks: 33 %
      {
        flow: { throughput: { average_per_second: 1000, peak_per_second: 2000, message_bytes: 1000 }, retention: '30d' },
        top: { cluster: { kafka_version: '3.9', brokers: 3, disk_per_broker: '4TB' } },
      },
      // no disk stated: a question, not a finding
      { flow: { throughput: { average_per_second: 200000, peak_per_second: 400000, message_bytes: 1000 }, retention: '30d' } },
      // tiered: only local retention counts
      {
        flow: { throughput: { average_per_second: 20000, peak_per_second: 40000, message_bytes: 1000 }, retention: '30d' },
        top: { cluster: { kafka_version: '3.9', brokers: 3, disk_per_broker: '4TB', tiered_storage: true } },
      },
    ],
    invalid: [
      {
        flow: { throughput: { average_per_second: 20000, peak_per_second: 40000, message_bytes: 1000 }, retention: '30d' },
        top: { cluster: { kafka_version: '3.9', brokers: 3, disk_per_broker: '4TB' } },
        message: /does not fit.*brokers/,
        errors: [{ messageId: 'doesNotFit', severity: 'error', flow: 'events' }],
      },
      // lz4 would not fit, zstd (0.35) gives ~3.2 TB of 4 TB: fits, but above the safe fill
      {
        flow: { throughput: { average_per_second: 3500, peak_per_second: 5000, message_bytes: 1000 }, retention: '30d' },
        top: { cluster: { kafka_version: '3.9', brokers: 3, disk_per_broker: '4TB' } },
        message: /75 %/,
        errors: [{ messageId: 'aboveSafeFill', flow: 'events' }],
      },
    ],
  },
  'storage/tiered-storage': {
    valid: [
      { flow: { retention: '30d' }, top: { cluster: { kafka_version: '3.9', brokers: 3, tiered_storage: true } } },
      { flow: { retention: '30d' }, top: { cluster: { kafka_version: '3.3', brokers: 3 } } },
    ],
    invalid: [
      { flow: { retention: '30d' }, top: { cluster: { kafka_version: '3.3', brokers: 3, tiered_storage: true } }, errors: [{ messageId: 'noTieredStorage', severity: 'error', flow: 'events' }] },
      { flow: { retention: '30d' }, top: { cluster: { kafka_version: '3.7', brokers: 3, tiered_storage: true } }, errors: [{ messageId: 'earlyAccess', flow: 'events' }] },
      { flow: { key: 'id', state: true }, top: { cluster: { kafka_version: '3.9', brokers: 3, tiered_storage: true } }, errors: [{ messageId: 'compacted', severity: 'info', flow: 'events' }] },
    ],
  },
  'capacity/source-instances': {
    valid: [{ flow: { throughput: { peak_per_second: 1000, source_instances: 50 } } }, { flow: { throughput: { peak_per_second: 1000 } } }],
    invalid: [
      { flow: { throughput: { peak_per_second: 1000, source_instances: 40000 } }, message: /40,000 producing processes.*producer states/, errors: [{ messageId: 'connections', flow: 'events' }] },
      { flow: { delivery: 'at-most-once', throughput: { peak_per_second: 1000, source_instances: 20000 } }, message: /connections per broker/, errors: [{ messageId: 'connections', flow: 'events' }] },
    ],
  },
  'client/feature-floor': {
    valid: [
      { flow: { delivery: 'exactly-once', processing: { side_effects: 'kafka' } }, top: { client: { language: 'python', library: 'confluent-kafka', library_version: '2.12.0' } } },
      { top: { cluster: { kafka_version: '4.1', brokers: 3 }, client: { language: 'python', library: 'confluent-kafka' } } },
    ],
    invalid: [
      // librdkafka 0.11.6: no idempotent producer (1.0.0); zstd falls back to lz4 before it reaches the floor
      {
        top: { priority: 'cost', client: { language: 'python', library: 'confluent-kafka', library_version: '0.11.6' } },
        message: /idempotence/,
        errors: [{ messageId: 'belowFloor', flow: 'events' }],
      },
    ],
  },
  'client/library-support': {
    valid: [{ top: { client: { language: 'typescript', library: 'confluent-kafka-javascript' } } }],
    invalid: [
      { top: { client: { language: 'typescript', library: 'kafkajs' } }, message: /unmaintained since 2023.*@confluentinc\/kafka-javascript/, errors: [{ messageId: 'unmaintained', flow: 'events' }] },
    ],
  },
  'platform/limits': {
    valid: [{ flow: { throughput: { message_bytes: 900_000 } }, top: { cluster: { kafka_version: '3.9', brokers: 3, platform: 'confluent-cloud' } } }],
    invalid: [
      {
        top: { cluster: { kafka_version: '3.9', brokers: 3, racks: 3, platform: 'confluent-cloud' } },
        message: /Confluent Cloud allows no broker configuration/,
        errors: [{ messageId: 'noBrokerConfigs', severity: 'warning', flow: 'events' }],
      },
      // 9 flows x 512 partitions = 4,608: above Basic and Standard (4,096), within Enterprise (5,000) and Dedicated
      {
        flow: wide,
        copies: 9,
        top: confluent,
        message: /4,608 partitions \(before replication\): on Confluent Cloud only Enterprise, Dedicated clusters hold that many \(Basic, Standard stop at 4,096\)/,
        errors: [{ messageId: 'tierForPartitions', severity: 'warning', flow: 'events' }],
      },
      // 200 flows x 512 = 102,400: above every cluster type (Dedicated holds 100,000)
      { flow: wide, copies: 200, top: confluent, message: /102,400 partitions .*at most 100,000/, errors: [{ messageId: 'partitions', severity: 'error', flow: 'events' }] },
    ],
  },
  'platform/msk-capacity': {
    valid: [
      { flow: { throughput: { peak_per_second: 10000, message_bytes: 1000 } }, top: msk('kafka.m7g.large') },
      // The same load that overloads MSK brokers is not judged by MSK's figures elsewhere.
      { flow: fast({ peak_per_second: 300000, message_bytes: 1000 }), top: { cluster: { kafka_version: '3.9', brokers: 3 } } },
    ],
    invalid: [
      // 300,000/s x 1 KB x 0.5 x RF 3 / 3 = 150 MB/s per volume > min(250 MiB/s, 650 Mbit/s EBS) x 80 % = 65 MB/s; and 30 TB kept per broker > 16 TiB
      {
        flow: fast({ peak_per_second: 300000, message_bytes: 1000 }),
        top: msk('kafka.m5.large'),
        message: /81\.3 MB\/s.*9 brokers carry it.*Options: 9 x kafka\.m5\.large; 3 x kafka\.m7g\.2xlarge; 3 x express\.m7g\.2xlarge/,
        errors: [
          { messageId: 'overloaded', severity: 'error', flow: 'events' },
          { messageId: 'storageCap', severity: 'error', flow: 'events' },
        ],
      },
      // No size stated: the largest kafka.m7g is assumed and still short, so a warning that names the assumption.
      {
        flow: fast({ peak_per_second: 3000000, message_bytes: 1000 }),
        top: msk(),
        message: /kafka\.m7g\.16xlarge assumed/,
        errors: [
          { messageId: 'overloaded', severity: 'warning', flow: 'events' },
          { messageId: 'storageCap', severity: 'error', flow: 'events' },
        ],
      },
      // Express: 50 MB/s compressed / 3 = 16.7 MB/s per broker > 15.6 MB/s recommended, below the 23.4 MB/s throttle quota: degraded, a warning
      {
        flow: fast({ peak_per_second: 100000, message_bytes: 1000 }),
        top: msk('express.m7g.large'),
        message: /throttled above 23\.4 MB\/s.*6 x express\.m7g\.large; 3 x express\.m7g\.xlarge/,
        errors: [{ messageId: 'overloaded', severity: 'warning', flow: 'events' }],
      },
      // 75 MB/s / 3 = 25 MB/s per broker > the 23.4 MB/s quota: MSK throttles the producers, an error
      {
        flow: fast({ peak_per_second: 150000, message_bytes: 1000 }),
        top: msk('express.m7g.large'),
        message: /25 MB\/s per broker/,
        errors: [{ messageId: 'overloaded', severity: 'error', flow: 'events' }],
      },
      {
        flow: { throughput: { average_per_second: 200, peak_per_second: 300, message_bytes: 500 }, processing: { per_message_ms: { p50: 1000, p99: 3000 }, max_instances: 400 }, retention: '1h' },
        top: msk('kafka.t3.small'),
        message: /512 per kafka\.t3\.small broker, above the 300/,
        errors: [{ messageId: 'partitions', severity: 'error', flow: 'events' }],
      },
    ],
  },
  'latency/processing-over-budget': {
    valid: [{ flow: { latency: { end_to_end_p99_ms: 5000 }, processing: { per_message_ms: { p50: 10, p99: 100 } } } }],
    invalid: [{ flow: { latency: { end_to_end_p99_ms: 100 }, processing: { per_message_ms: { p50: 10, p99: 500 } } }, errors: [{ messageId: 'processingP99IsMs', flow: 'events' }] }],
  },
  'streams/not-co-partitioned': {
    valid: [
      {
        top: proc({
          inputs: ['events', { topic: 'table', partitions: 5 }],
          operations: [
            { op: 'select_key', key: 'k' },
            { op: 'join', type: 'stream-table', with: 'table' },
          ],
        }),
      },
      { top: proc({ inputs: ['events', { topic: 'table', partitions: 5 }], operations: [{ op: 'join', type: 'global-table', with: 'table' }] }) },
    ],
    invalid: [
      {
        top: proc({ inputs: ['events', { topic: 'table', partitions: 5 }], operations: [{ op: 'join', type: 'stream-table', with: 'table' }] }),
        errors: [{ messageId: 'joinNotCoPartitioned', flow: 'p' }],
      },
    ],
  },
  'streams/eos-broker-floor': {
    valid: [{ top: proc({ delivery: 'exactly-once' }) }, { top: { ...proc({ delivery: 'at-least-once' }), cluster: { kafka_version: '2.4', brokers: 3 } } }],
    invalid: [{ top: { ...proc({ delivery: 'exactly-once' }), cluster: { kafka_version: '2.4', brokers: 3 } }, errors: [{ messageId: 'brokersTooOld', flow: 'p' }] }],
  },
  'streams/standby-without-peer': {
    valid: [{ top: proc({ ...bigState, instances: 2 }) }, { top: proc({ ...bigState, instances: 1, recover_within: '1h' }) }],
    invalid: [{ top: proc({ ...bigState, instances: 1 }), errors: [{ messageId: 'noPeerForStandby', flow: 'p' }] }],
  },
  'streams/repartition': {
    valid: [{ top: proc({ operations: [{ op: 'map_values' }, { op: 'count' }] }) }],
    invalid: [{ top: proc({ operations: [{ op: 'group_by', key: 'region' }, { op: 'count' }] }), errors: [{ messageId: 'repartitionTopic', flow: 'p' }] }],
  },
  'streams/not-kafka-streams': {
    valid: [{ top: proc({ client: { language: 'java' } }) }],
    invalid: [{ top: proc({ client: { language: 'python' } }), errors: [{ messageId: 'otherLibrary', flow: 'p' }] }],
  },
};

ruleTester<Case>({
  name: 'design rules',
  meta: (id) => DESIGN_RULES.get(id)?.meta,
  findings: (rule, { flow, top, copies = 1 }) => {
    const req = requirements(flow, top);
    const flows = [...req.flows, ...Array.from({ length: copies - 1 }, (_, i) => ({ ...req.flows[0]!, name: `events-${i + 2}` }))];
    return design({ ...req, flows }).findings.filter((f) => f.rule === rule);
  },
})(
  'design',
  Object.entries(table).map(([rule, t]) => ({ rule, ...t })),
);
