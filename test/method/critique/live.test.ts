// critique of a live cluster: the non-default configs DescribeConfigs returns are judged by the
// same rules as config files, topics against the broker that answered.
import { describe, expect, it } from 'vitest';
import { critique } from '../../../src/method/critique/critique.js';
import { liveConfigFiles, type LiveConfigs } from '../../../src/method/critique/live.js';

describe('critique of live configs', () => {
  const live: LiveConfigs = {
    brokerId: 2,
    broker: { 'broker.id': '2', 'default.replication.factor': '3', 'min.insync.replicas': '2', 'log.dirs': 'C:\\kafka\\logs' },
    topics: [
      { name: 'orders', config: { 'unclean.leader.election.enable': 'true', 'min.insync.replicas': '1' } },
      { name: 'audit', config: {} },
    ],
  };

  it('reads the broker as a broker and each topic as a topic, values intact', () => {
    const result = critique(liveConfigFiles(live));
    expect(result.reviewed.map((r) => [r.file, r.kind, r.settings])).toEqual([
      ['broker-2.properties', 'broker', 4],
      ['topic orders', 'topic', 2],
      ['topic audit', 'topic', 0],
    ]);
    expect(liveConfigFiles(live)[0]!.text).toContain('log.dirs=C:\\\\kafka\\\\logs\n');
  });

  it('finds on the live topic what it finds in the same config file', () => {
    const live1 = critique(liveConfigFiles(live))
      .findings.filter((f) => f.file === 'topic orders')
      .map((f) => f.rule)
      .sort();
    const asFiles = critique([
      { file: 'broker-2.properties', text: 'broker.id=2\ndefault.replication.factor=3\nmin.insync.replicas=2\nlog.dirs=C:\\\\kafka\\\\logs\n' },
      { file: 'topic orders', text: 'min.insync.replicas=1\nunclean.leader.election.enable=true\n', kind: 'topic' },
    ])
      .findings.filter((f) => f.file === 'topic orders')
      .map((f) => f.rule)
      .sort();
    expect(live1).toEqual(asFiles);
    expect(live1).toContain('durability/unclean-leader-election');
  });
});
