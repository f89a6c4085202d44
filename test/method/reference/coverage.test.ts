// Our explanations must cover the settings that matter, read from the catalog, so a new Kafka
// version's new high/medium client setting fails here until someone explains it.
import { describe, expect, it } from 'vitest';
import { allSettingNames, catalogData, settingHistory, type Scope } from '../../../src/knowledge/catalog.js';
import { explanationFor, type ExplanationTable } from '../../../src/knowledge/explanations/index.js';
import { CLIENT_COMMON, EXPLANATIONS_BY_SCOPE } from '../../../src/knowledge/explanations/tables.js';

/** Client settings the tables rank low but that decide delivery, ordering and failure behaviour. */
const LOW_RANKED_THAT_MATTER: Array<[Scope, string]> = [
  ['producer', 'acks'],
  ['producer', 'enable.idempotence'],
  ['producer', 'transactional.id'],
  ['producer', 'transaction.timeout.ms'],
  ['producer', 'max.in.flight.requests.per.connection'],
  ['producer', 'partitioner.adaptive.partitioning.enable'],
  ['producer', 'metadata.max.age.ms'],
  ['producer', 'retry.backoff.ms'],
  ['consumer', 'auto.commit.interval.ms'],
  ['consumer', 'client.rack'],
  ['consumer', 'fetch.max.wait.ms'],
  ['consumer', 'metadata.recovery.strategy'],
  ['streams', 'commit.interval.ms'],
];

/** Broker settings a pipeline designer touches: durability, topic defaults, retention, groups, transactions, racks, compaction. */
const PIPELINE_BROKER_SETTINGS = [
  'default.replication.factor',
  'min.insync.replicas',
  'unclean.leader.election.enable',
  'auto.create.topics.enable',
  'num.partitions',
  'delete.topic.enable',
  'log.retention.ms',
  'log.retention.hours',
  'log.retention.bytes',
  'log.segment.bytes',
  'log.roll.ms',
  'log.cleanup.policy',
  'message.max.bytes',
  'replica.fetch.max.bytes',
  'compression.type',
  'offsets.topic.replication.factor',
  'offsets.topic.num.partitions',
  'offsets.retention.minutes',
  'transaction.state.log.replication.factor',
  'transaction.state.log.min.isr',
  'transaction.max.timeout.ms',
  'transactional.id.expiration.ms',
  'group.initial.rebalance.delay.ms',
  'group.min.session.timeout.ms',
  'group.max.session.timeout.ms',
  'group.coordinator.rebalance.protocols',
  'group.consumer.session.timeout.ms',
  'group.consumer.heartbeat.interval.ms',
  'group.consumer.assignors',
  'broker.rack',
  'replica.selector.class',
  'replica.lag.time.max.ms',
  'log.cleaner.enable',
  'log.cleaner.threads',
  'log.cleaner.min.cleanable.ratio',
  'log.cleaner.delete.retention.ms',
  'log.message.timestamp.type',
  'log.message.timestamp.after.max.ms',
  'remote.log.storage.system.enable',
];

function importantIn(scope: Scope): string[] {
  return catalogData()
    .settings.filter((s) => s.scope === scope && s.runs.some((r) => r.importance !== 'low'))
    .map((s) => s.name);
}

const missing = (scope: Scope, names: string[]) => names.filter((n) => !explanationFor(scope, n));

describe('explanation coverage', () => {
  it.each(['producer', 'consumer'] as const)('explains every %s setting of importance high or medium in any version', (scope) => {
    expect(missing(scope, importantIn(scope))).toEqual([]);
  });

  it('explains every topic setting', () => {
    expect(missing('topic', allSettingNames('topic'))).toEqual([]);
  });

  it('explains the broker settings a pipeline designer touches', () => {
    for (const n of PIPELINE_BROKER_SETTINGS) expect(settingHistory('broker', n), n).toBeDefined();
    expect(missing('broker', PIPELINE_BROKER_SETTINGS)).toEqual([]);
  });

  it('explains every streams and connect setting of importance high or medium, and every group setting', () => {
    expect(missing('streams', importantIn('streams'))).toEqual([]);
    expect(missing('connect', importantIn('connect'))).toEqual([]);
    expect(missing('group', allSettingNames('group'))).toEqual([]);
  });

  it('explains the low-ranked client settings that decide delivery and ordering', () => {
    expect(LOW_RANKED_THAT_MATTER.filter(([s, n]) => !explanationFor(s, n))).toEqual([]);
  });
});

describe('explanation tables', () => {
  const tables: Array<[string, ExplanationTable, Scope[]]> = [
    ...Object.entries(EXPLANATIONS_BY_SCOPE).map(([scope, table]): [string, ExplanationTable, Scope[]] => [scope, table, [scope as Scope]]),
    ['client-common', CLIENT_COMMON, ['producer', 'consumer', 'admin', 'streams', 'connect']],
  ];
  const everyName = new Set(allSettingNames());

  it.each(tables)('%s explains only settings the catalog has in that scope', (_label, table, scopes) => {
    const stale = Object.keys(table).filter((n) => !scopes.some((s) => settingHistory(s, n)));
    expect(stale).toEqual([]);
  });

  it.each(tables)('%s: one line each, and interactions name real settings', (_label, table) => {
    for (const [name, e] of Object.entries(table)) {
      for (const line of [e.what, e.whenToChange, ...(e.notes ?? [])]) {
        expect(line.trim().length, name).toBeGreaterThan(5);
        expect(line, name).not.toMatch(/\n/);
      }
      expect(
        e.interactsWith.filter((n) => !everyName.has(n)),
        name,
      ).toEqual([]);
      expect(e.interactsWith, name).not.toContain(name);
    }
  });
});
