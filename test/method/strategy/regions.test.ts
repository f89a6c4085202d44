// The replication flows of a multi-region design: MirrorMaker 2 creates every topic in the target with
// the cluster's replication, and the design's own critique of that file finds nothing to fix.
import { describe, expect, it } from 'vitest';
import { MM2_REPLICATION_FACTORS } from '../../../src/knowledge/mirror-maker.js';
import { design } from '../../../src/method/design.js';
import { requirements } from '../helpers.js';

describe('regions', () => {
  it.each([
    [3, 'active-passive', '3'],
    [2, 'active-active', '2'],
  ] as const)('%i brokers, %s: every MirrorMaker 2 replication factor is %s, with the reason', (brokers, mode, rf) => {
    const d = design(requirements({}, { cluster: { kafka_version: '3.9', brokers }, regions: { count: 2, mode } }));
    for (const r of d.replication!) {
      expect(MM2_REPLICATION_FACTORS.map((f) => r.config[f.name])).toEqual(MM2_REPLICATION_FACTORS.map(() => rf));
      expect(r.rationale.find((x) => x.setting === 'replication factors')?.why).toMatch(new RegExp(`gets ${rf} replicas.*default 2`));
    }
    expect(d.findings.filter((f) => f.rule.startsWith('mirrormaker/'))).toEqual([]);
  });

  it('three regions, active-active: the flows read together, so each has its way back and no group sync is asked for', () => {
    const d = design(requirements({}, { regions: { count: 3, mode: 'active-active' } }));
    expect(d.replication!.length).toBe(6);
    expect(d.findings.filter((f) => f.rule.startsWith('mirrormaker/'))).toEqual([]);
  });
});
