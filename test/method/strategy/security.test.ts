// Security decisions: protocol and mechanism by environment, platform and stated authentication;
// ACLs per service; quotas only where a neighbour or a backfill justifies them.
import { describe, expect, it } from 'vitest';
import { numericDefault } from '../../../src/knowledge/catalog.js';
import { PLANNING } from '../../../src/knowledge/planning.js';
import { design } from '../../../src/method/design.js';
import { covers, deriveAcls, mergeAcls } from '../../../src/method/strategy/acls.js';
import { busiestBrokerShare } from '../../../src/method/strategy/quotas.js';
import { decideSecurity } from '../../../src/method/strategy/security.js';
import type { Acl } from '../../../src/model/design.js';
import { requirementsSchema, type Flow, type Requirements } from '../../../src/model/requirements.js';
import { facts, requirements } from '../helpers.js';

type Top = Partial<Requirements>;
const env = (environment: Requirements['environment'], platform = 'self-managed', security?: Requirements['security']): Top => ({
  environment,
  cluster: { kafka_version: '3.9', brokers: environment === 'development' ? 1 : 3, platform: platform as never },
  ...(security ? { security } : {}),
});

describe('decideSecurity', () => {
  it.each([
    ['production self-managed, nothing stated', env('production'), 'SASL_SSL', 'SCRAM-SHA-512', 'scram', 'acls'],
    ['production MSK suggests IAM', env('production', 'msk'), 'SASL_SSL', 'AWS_MSK_IAM', 'iam', 'acls'],
    ['production Confluent Cloud: API keys over PLAIN', env('production', 'confluent-cloud'), 'SASL_SSL', 'PLAIN', 'plain', 'acls'],
    ['production Strimzi: SCRAM users', env('production', 'strimzi'), 'SASL_SSL', 'SCRAM-SHA-512', 'scram', 'acls'],
    ['production Aiven: client certificates', env('production', 'aiven'), 'SSL', null, 'mtls', 'acls'],
    ['production Redpanda: SCRAM', env('production', 'redpanda'), 'SASL_SSL', 'SCRAM-SHA-512', 'scram', 'acls'],
    ['staging is protected like production', env('staging'), 'SASL_SSL', 'SCRAM-SHA-512', 'scram', 'acls'],
    ['development self-managed: plaintext', env('development'), 'PLAINTEXT', null, 'none', 'none'],
    ['development on Confluent Cloud is still TLS + API keys', env('development', 'confluent-cloud'), 'SASL_SSL', 'PLAIN', 'plain', 'none'],
    ['stated oauth', env('production', 'self-managed', { authentication: 'oauth' }), 'SASL_SSL', 'OAUTHBEARER', 'oauth', 'acls'],
    ['stated mtls', env('production', 'self-managed', { authentication: 'mtls' }), 'SSL', null, 'mtls', 'acls'],
    ['stated scram in development: no TLS', env('development', 'self-managed', { authentication: 'scram' }), 'SASL_PLAINTEXT', 'SCRAM-SHA-512', 'scram', 'none'],
    ['stated none in production: TLS, no identity', env('production', 'self-managed', { authentication: 'none', authorization: 'none' }), 'SSL', null, 'none', 'none'],
  ] as const)('%s', (_name, top, protocol, mechanism, authentication, authorization) => {
    const d = decideSecurity(facts({}, top));
    expect(d.security).toMatchObject({ protocol, mechanism, authentication, authorization });
  });

  it('states the defaults it chose as assumptions, and says nothing it was told', () => {
    expect(decideSecurity(facts({}, env('production', 'msk'))).assumptions.map((a) => [a.field, a.value])).toEqual([
      ['security.authentication', 'iam'],
      ['security.authorization', 'acls'],
    ]);
    expect(decideSecurity(facts({}, env('production', 'msk', { authentication: 'scram', authorization: 'acls' }))).assumptions).toEqual([]);
  });

  it('mTLS asks the broker for client certificates and maps their names to services', () => {
    const why = decideSecurity(facts({}, env('production', 'self-managed', { authentication: 'mtls' }))).security.rationale.find((r) => r.setting === 'ssl.client.auth')?.why;
    expect(why).toMatch(/required/);
    expect(why).toMatch(/ssl\.principal\.mapping\.rules/);
  });

  it('a development design says what changes for production', () => {
    const why = decideSecurity(facts({}, env('development', 'msk'))).security.rationale.find((r) => r.setting === 'production')?.why;
    expect(why).toMatch(/SASL_SSL with AWS_MSK_IAM instead of PLAINTEXT/);
  });

  it.each([
    ['IAM outside MSK', env('production', 'self-managed', { authentication: 'iam' }), /does not offer AWS IAM/],
    ['SCRAM on Confluent Cloud', env('production', 'confluent-cloud', { authentication: 'scram' }), /does not offer SASL\/SCRAM/],
    ['ACLs without authentication', env('production', 'self-managed', { authentication: 'none', authorization: 'acls' }), /User:ANONYMOUS/],
  ] as const)('asks when %s', (_name, top, question) => {
    expect(decideSecurity(facts({}, top)).questions.join('\n')).toMatch(question);
  });
});

const grants = (flow: Partial<Flow>, top: Top = {}) => design(requirements(flow, { ...env('production'), ...top })).acls!;
const find = (acls: Acl[], principal: string, resourceType: Acl['resourceType'], name: string) => acls.find((a) => a.principal === principal && a.resourceType === resourceType && a.name === name);

describe('deriveAcls', () => {
  it('gives the producer WRITE and DESCRIBE on its topic, the consumer READ and DESCRIBE on it and READ on its group, and nothing else', () => {
    const acls = grants({ delivery: 'at-least-once' });
    expect(acls.map((a) => [a.principal, a.resourceType, a.name, a.patternType, a.operations])).toEqual([
      ['User:svc', 'topic', 'app.events', 'literal', ['WRITE', 'DESCRIBE']],
      ['User:worker', 'topic', 'app.events', 'literal', ['READ', 'DESCRIBE']],
      ['User:worker', 'group', 'worker', 'literal', ['READ']],
    ]);
    expect(acls.every((a) => a.why.length > 20)).toBe(true);
  });

  it('grants IdempotentWrite on the cluster only before Kafka 3.0', () => {
    expect(find(grants({}, { cluster: { kafka_version: '2.8', brokers: 3 } }), 'User:svc', 'cluster', 'kafka-cluster')?.operations).toEqual(['IDEMPOTENT_WRITE']);
    expect(find(grants({}), 'User:svc', 'cluster', 'kafka-cluster')).toBeUndefined();
  });

  it('grants a transactional processor its ids by prefix, and the consumer writes its dead letters', () => {
    const d = design(requirementsWith2Flows());
    const processor = d.producers.find((p) => p.config['transactional.id'])!;
    const tx = d.acls!.find((a) => a.resourceType === 'transactional-id')!;
    expect(tx).toMatchObject({ principal: `User:${processor.source}`, patternType: 'prefixed', name: `${processor.source}-`, operations: ['WRITE', 'DESCRIBE'] });
    for (const dlt of d.topics.filter((t) => t.role === 'dead-letter')) {
      expect(d.acls!.some((a) => a.name === dlt.name && a.operations.includes('WRITE'))).toBe(true);
    }
  });

  it('development without authorization grants nothing', () => {
    expect(design(requirements({}, env('development'))).acls).toEqual([]);
  });

  it('reads what other steps add: a Streams application by its application.id, connectors through the Connect principal', () => {
    const f = facts({}, env('production'));
    const d = design(requirements({}, env('production')));
    const streamsConsumer = { ...d.consumers[0]!, config: { 'application.id': 'enricher', 'processing.guarantee': 'exactly_once_v2' } };
    const acls = deriveAcls(f, {
      ...d,
      consumers: [streamsConsumer],
      connectors: [{ name: 'orders-cdc', flow: 'events', kind: 'source', class: 'io.debezium.connector.postgresql.PostgresConnector', config: {}, rationale: [] }],
    });
    expect(find(acls, 'User:worker', 'topic', 'enricher-')).toMatchObject({ patternType: 'prefixed', operations: ['CREATE', 'READ', 'WRITE', 'DESCRIBE', 'DELETE'] });
    expect(find(acls, 'User:worker', 'transactional-id', 'enricher')).toMatchObject({ patternType: 'prefixed' });
    expect(find(acls, 'User:app-connect', 'topic', 'app.events')?.operations).toEqual(['WRITE', 'DESCRIBE']);
    expect(find(acls, 'User:svc', 'topic', 'app.events')).toBeUndefined();
    expect(find(acls, 'User:app-connect', 'group', 'connect-')).toMatchObject({ patternType: 'prefixed', operations: ['READ'] });
  });

  it('merges grants on one resource and matches prefixes and wildcards', () => {
    const base: Acl = { principal: 'User:a', resourceType: 'topic', name: 't', patternType: 'literal', operations: ['READ'], why: 'x' };
    expect(mergeAcls([base, { ...base, operations: ['DESCRIBE'], why: 'y' }])).toEqual([{ ...base, operations: ['READ', 'DESCRIBE'], why: 'x y' }]);
    expect(covers({ ...base, name: 'app-', patternType: 'prefixed' }, { ...base, name: 'app-1' })).toBe(true);
    expect(covers({ ...base, name: '*', operations: ['ALL'] }, { ...base, operations: ['WRITE'] })).toBe(true);
    expect(covers(base, { ...base, operations: ['WRITE'] })).toBe(false);
    expect(covers(base, { ...base, principal: 'User:b' })).toBe(false);
  });
});

/** Requirements with several flows (the shared helper builds one). */
function withFlows(top: Top): Requirements {
  return requirementsSchema.parse({ name: 'app', client: { language: 'java' }, ...top });
}

function requirementsWith2Flows(): Requirements {
  return withFlows({
    ...env('production'),
    flows: [
      { name: 'requests', source: 'checkout', sink: 'processor', key: 'id', delivery: 'exactly-once', processing: { side_effects: 'kafka' } },
      { name: 'results', source: 'processor', sink: 'ledger', key: 'id', delivery: 'exactly-once', processing: { per_message_ms: { p50: 100, p99: 5000 }, side_effects: 'database' } },
    ],
  } as Top);
}

describe('planQuotas', () => {
  const two = (noisy: Partial<Flow>, quiet: Partial<Flow> = {}): Top =>
    ({
      ...env('production'),
      flows: [
        { name: 'telemetry', source: 'devices', sink: 'archiver', throughput: { peak_per_second: 50_000, message_bytes: 1000 }, ...noisy },
        { name: 'alerts', source: 'monitor', sink: 'pager', throughput: { peak_per_second: 50, message_bytes: 500 }, latency: { end_to_end_p99_ms: 200 }, ...quiet },
      ],
    }) as Top;

  it('caps a producer far louder than a latency-sensitive flow at its planned peak per broker, with the arithmetic', () => {
    const d = design(withFlows(two({})));
    const topic = d.topics.find((t) => t.flows.includes('telemetry') && t.role === 'events')!;
    const { share } = busiestBrokerShare(topic.partitions, 3);
    expect(d.quotas).toHaveLength(1);
    expect(d.quotas![0]).toMatchObject({ principal: 'User:devices', producerByteRate: Math.ceil(topic.sizing.peakBytesPerSecond * share * PLANNING.quotaHeadroom) });
    expect(d.quotas![0]!.why).toMatch(/x 1\.5 headroom = .* per broker/);
  });

  it('sets none when no flow is latency-sensitive or the neighbour is not much quieter', () => {
    expect(design(withFlows(two({}, { latency: { end_to_end_p99_ms: 60_000 } }))).quotas).toEqual([]);
    expect(design(withFlows(two({ throughput: { peak_per_second: 200, message_bytes: 1000 } }))).quotas).toEqual([]);
  });

  it('caps a CDC backfill beside a latency-sensitive flow even when its steady rate is modest', () => {
    const q = design(withFlows(two({ source_kind: 'cdc', throughput: { peak_per_second: 100, message_bytes: 500 } }))).quotas!;
    // A CDC flow is written by the Debezium connector, so the quota is on the Connect workers' principal.
    expect(q.map((x) => x.principal)).toEqual(['User:app-connect']);
    expect(q[0]!.why).toMatch(/snapshot or backfill/);
  });

  it('gives a flow written by thousands of processes a request percentage from its share of the bytes', () => {
    const d = design(
      withFlows(
        two(
          { throughput: { peak_per_second: 500, message_bytes: 200, source_instances: 40_000 } },
          { throughput: { peak_per_second: 5000, message_bytes: 500 }, latency: { end_to_end_p99_ms: 60_000 } },
        ),
      ),
    );
    const bytes = (flow: string) => d.topics.find((t) => t.flows.includes(flow) && t.role === 'events')!.sizing.peakBytesPerSecond;
    const share = bytes('telemetry') / (bytes('telemetry') + bytes('alerts'));
    // (io + network threads) x 100 % per broker, the flow's share of the bytes, the planned headroom.
    const capacity = (numericDefault('broker', 'num.io.threads', '3.9') + numericDefault('broker', 'num.network.threads', '3.9')) * 100;
    expect(d.quotas).toEqual([expect.objectContaining({ principal: 'User:devices', requestPercentage: Math.ceil(capacity * share * PLANNING.quotaHeadroom) })]);
    const q = d.quotas!;
    expect(q[0]!.why).toMatch(/num\.io\.threads \+ num\.network\.threads/);
  });

  it('the busiest broker leads ceil(partitions / brokers) partitions', () => {
    expect(busiestBrokerShare(12, 3).share).toBe(4 / 12);
    expect(busiestBrokerShare(4, 3).share).toBe(2 / 4);
    expect(busiestBrokerShare(1, 3).share).toBe(1);
  });
});
