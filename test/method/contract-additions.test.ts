// The second-round contract fields (../shared/contracts/design.md "Additions"): accepted,
// validated with the field named, and carried into the normalized facts.
import { describe, expect, it } from 'vitest';
import { parseWithSchema } from '../../src/method/deconstruct/parse.js';
import { byteSizeToBytes, deconstruct } from '../../src/method/deconstruct/normalize.js';
import { UserError } from '../../src/model/errors.js';
import { requirementsSchema } from '../../src/model/requirements.js';

const full = `
name: orders
priority: cost
regions: { count: 2, mode: active-active }
security: { authentication: scram, authorization: acls }
cluster: { brokers: 3, disk_per_broker: 4TB, tiered_storage: true }
client: { language: python, library: confluent-kafka, library_version: "2.12.0" }
flows:
  - name: orders-changes
    source: orders-db
    source_kind: cdc
    consumption: every-instance
    key: order_id
    deletes: true
    deletes_within: 30d
    throughput: { peak_per_second: 100, hot_key_share: 0.3, compression_ratio: 1, source_instances: 40000 }
    processing: { batch_writes: true }
`;

const parse = (text: string) => parseWithSchema(text, 'req.yaml', requirementsSchema);

describe('second-round requirement fields', () => {
  it('reach the facts with their meaning', () => {
    const f = deconstruct(parse(full));
    expect(f.priority).toBe('cost');
    expect(f.regions).toEqual({ count: 2, mode: 'active-active' });
    expect(f.security).toEqual({ authentication: 'scram', authorization: 'acls' });
    expect(f.diskPerBrokerBytes).toBe(4e12);
    expect(f.tieredStorage).toBe(true);
    expect(f.libraryVersion).toBe('2.12.0');
    const flow = f.flows[0]!;
    expect(flow).toMatchObject({ sourceKind: 'cdc', consumption: 'every-instance', deletes: true, deletesWithinMs: 30 * 86_400_000, hotKeyShare: 0.3, compressionRatio: 1, sourceInstances: 40000 });
    expect(flow.processing.batchWrites).toBe(true);
  });

  it('leave the old meaning when absent', () => {
    const f = deconstruct(parse('name: a\nflows: [{ name: x }]\n'));
    expect(f.priority).toBe('balanced');
    expect(f.regions).toBeNull();
    expect(f.flows[0]).toMatchObject({ sourceKind: 'application', consumption: 'group', deletes: false, hotKeyShare: null });
  });

  it.each([
    ['flows:\n  - name: x\n    throughput: { hot_key_share: 1.5 }', 'flows[0].throughput.hot_key_share'],
    ['flows:\n  - name: x\n    source_kind: debezium', 'flows[0].source_kind'],
    ['cluster: { disk_per_broker: 4 terabytes }\nflows: [{ name: x }]', 'cluster.disk_per_broker'],
    ['priority: speed\nflows: [{ name: x }]', 'priority'],
    ['flows:\n  - name: x\n    throughput: { hot_key_shar: 0.3 }', 'flows[0].throughput'],
  ])('rejects %j naming %s', (body, field) => {
    let error: unknown;
    try {
      parse(`name: a\n${body}\n`);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect(String((error as Error).message)).toContain(field);
  });

  it('suggests the field a typo meant', () => {
    expect(() => parse('name: a\nflows:\n  - name: x\n    throughput: { hot_key_shar: 0.3 }\n')).toThrow(/hot_key_share/);
  });

  it('carries an Amazon MSK broker size into the facts', () => {
    expect(deconstruct(parse('name: a\ncluster: { platform: msk, broker_type: express.m7g.xlarge }\nflows: [{ name: x }]\n')).brokerType).toBe('express.m7g.xlarge');
    expect(deconstruct(parse('name: a\nflows: [{ name: x }]\n')).brokerType).toBeNull();
  });

  it.each([
    ['cluster: { platform: msk, broker_type: kafka.m5.larg }', /unknown Amazon MSK broker size.*did you mean kafka\.m5\.large/s],
    ['cluster: { platform: strimzi, broker_type: kafka.m5.large }', /names an Amazon MSK broker size, but the platform is strimzi/],
  ])('refuses %j', (cluster, message) => {
    let error: unknown;
    try {
      deconstruct(parse(`name: a\n${cluster}\nflows: [{ name: x }]\n`));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect(`${(error as UserError).message} ${(error as UserError).problems.map((p) => p.suggestion ?? '').join(' ')}`).toMatch(message);
  });

  it('reads disk sizes in decimal units', () => {
    expect(byteSizeToBytes('500GB')).toBe(5e11);
    expect(byteSizeToBytes('1.5 tb')).toBe(1.5e12);
    expect(byteSizeToBytes(1024)).toBe(1024);
  });
});
