// MirrorMaker 2 files from a design with regions: the dedicated mm2.properties and Strimzi
// KafkaMirrorMaker2 resources carry the design's flows, names, groups and replication factors, and
// critique reads the properties back as a MirrorMaker file without a finding.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { critique } from '../../../src/method/critique/critique.js';
import { readConfigFile } from '../../../src/method/critique/inputs/index.js';
import { design } from '../../../src/method/design.js';
import { generate } from '../../../src/method/generate/index.js';
import { requirementsSchema, type Requirements } from '../../../src/model/requirements.js';

const files = (top: Partial<Requirements>) =>
  generate(
    design(
      requirementsSchema.parse({
        name: 'shop',
        cluster: { kafka_version: '3.9', brokers: 3 },
        client: { language: 'python' },
        flows: [{ name: 'orders', source: 'order-service', sink: 'billing', key: 'order_id' }],
        ...top,
      }),
    ),
    { language: 'python' },
  );
const file = (all: ReturnType<typeof files>, path: string) => all.find((f) => f.path === path);
const settings = (text: string) => new Map(readConfigFile(text, 'replication/mm2.properties')[0]!.entries.map((e) => [e.key, e.value]));

interface MirrorMaker2 {
  metadata: { name: string };
  spec: {
    connectCluster: string;
    mirrors: Array<{
      sourceCluster: string;
      targetCluster: string;
      topicsPattern: string;
      groupsPattern?: string;
      sourceConnector: { config: Record<string, unknown> };
      checkpointConnector: { config: Record<string, unknown> };
    }>;
  };
}
const resources = (text: string) =>
  text
    .split(/^---$/m)
    .slice(1)
    .map((doc) => parse(doc) as MirrorMaker2);

describe('MirrorMaker 2 files', () => {
  it('writes none for a design in one region', () => {
    expect(files({}).filter((f) => f.path.startsWith('replication/'))).toEqual([]);
  });

  it('active-passive: one flow on, the way back off, names and groups as the design says', () => {
    const all = files({ regions: { count: 2, mode: 'active-passive' } });
    const mm2 = settings(file(all, 'replication/mm2.properties')!.contents);
    expect(mm2.get('clusters')).toBe('region-1, region-2');
    expect(mm2.get('region-1->region-2.enabled')).toBe('true');
    expect(mm2.get('region-2->region-1.enabled')).toBe('false');
    // The regex survives the .properties escaping: a literal dot, not "any character".
    expect(mm2.get('region-1->region-2.topics')).toMatch(/^shop\\\.orders/);
    expect(mm2.get('region-1->region-2.groups')).toBe('billing');
    expect(mm2.get('region-1->region-2.sync.group.offsets.enabled')).toBe('true');
    expect(mm2.get('replication.policy.class')).toBe('org.apache.kafka.connect.mirror.DefaultReplicationPolicy');
    // MirrorMaker's own replication.factor default is 2: the copies keep the topic's 3.
    for (const k of ['replication.factor', 'checkpoints.topic.replication.factor', 'offset-syncs.topic.replication.factor', 'config.storage.replication.factor']) expect(mm2.get(k)).toBe('3');
    expect(mm2.get('region-1.bootstrap.servers')).toBe('${env:REGION_1_BOOTSTRAP_SERVERS}');
    const [mm2Resource, ...rest] = resources(file(all, 'replication/strimzi-mirrormaker2.yaml')!.contents);
    expect(rest).toEqual([]);
    expect(mm2Resource!.spec.connectCluster).toBe('region-2');
    expect(mm2Resource!.spec.mirrors.map((m) => [m.sourceCluster, m.targetCluster, m.groupsPattern])).toEqual([['region-1', 'region-2', 'billing']]);
    expect(mm2Resource!.spec.mirrors[0]!.topicsPattern).toMatch(/^shop\\\.orders/);
    expect(mm2Resource!.spec.mirrors[0]!.checkpointConnector.config['sync.group.offsets.enabled']).toBe(true);
  });

  it('active-active: every direction on, groups not synced, one resource per target region', () => {
    const all = files({ regions: { count: 2, mode: 'active-active' } });
    const mm2 = settings(file(all, 'replication/mm2.properties')!.contents);
    expect([mm2.get('region-1->region-2.enabled'), mm2.get('region-2->region-1.enabled')]).toEqual(['true', 'true']);
    expect(mm2.get('region-2->region-1.sync.group.offsets.enabled')).toBe('false');
    expect(resources(file(all, 'replication/strimzi-mirrormaker2.yaml')!.contents).map((r) => r.spec.connectCluster)).toEqual(['region-2', 'region-1']);
  });

  it('before Kafka 3.5 there is no environment config provider nor internal REST listener to use', () => {
    const text = file(files({ cluster: { kafka_version: '3.4', brokers: 3 }, regions: { count: 2 } }), 'replication/mm2.properties')!.contents;
    expect(text).not.toMatch(/\$\{env:|config\.providers|dedicated\.mode\.enable\.internal\.rest/);
    expect(text).toMatch(/no environment config provider/);
  });

  it('critique reads the KafkaMirrorMaker2 resources back as MirrorMaker 2 flows without a finding', () => {
    const strimzi = file(files({ regions: { count: 2, mode: 'active-passive' } }), 'replication/strimzi-mirrormaker2.yaml')!;
    const result = critique([{ text: strimzi.contents, file: strimzi.path }], { kafkaVersion: '3.9' });
    expect(result.reviewed.map((r) => r.kind)).toEqual(['mirrormaker']);
    expect(result.findings).toEqual([]);
  });

  it('critique reads mm2.properties back as a MirrorMaker file without a finding', () => {
    const mm2 = file(files({ regions: { count: 3, mode: 'active-passive' } }), 'replication/mm2.properties')!;
    const result = critique([{ text: mm2.contents, file: mm2.path }], { kafkaVersion: '3.9' });
    expect(result.reviewed.map((r) => r.kind)).toEqual(['mirrormaker']);
    expect(result.findings).toEqual([]);
    expect(settings(mm2.contents).get('region-1->region-3.enabled')).toBe('true');
  });
});
