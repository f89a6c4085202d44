// The two examples for failure handling, hot keys and caches, through the same doors a user takes
// (the MCP design tool's text entry, the text report): their facts, not their whole text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { designTool } from '../../src/mcp/tools/design.js';
import { designFor } from '../../src/capabilities/design.js';
import { renderDesign } from '../../src/method/report/design-report.js';
import { contractJsonSchema } from '../../src/model/contract.js';
import type { Design } from '../../src/model/design.js';

const load = (name: string) => {
  const text = readFileSync(new URL(`../../examples/${name}.yaml`, import.meta.url), 'utf8');
  const d: Design = designFor({ name: `${name}.yaml`, content: text });
  return { text, d, report: renderDesign(d, 'text') };
};

describe('examples/account-ledger.yaml: a per-key ledger with a hot key', () => {
  const { d, report } = load('account-ledger');
  it('halts on a permanent error, no dead-letter or retry topic', () => {
    expect(d.topics.map((t) => t.role)).toEqual(['events']);
    expect(d.patterns.map((p) => p.id)).toContain('halt-on-error');
    expect(d.patterns.map((p) => p.id)).not.toContain('dead-letter-topic');
    expect(d.findings.map((f) => f.rule)).not.toContain('ordering/dead-letter-breaks-order');
  });
  it('reports the hot account with the arithmetic and the options', () => {
    const hot = d.findings.find((f) => f.rule === 'capacity/hot-key')!;
    expect(hot.severity).toBe('error');
    expect(hot.message).toMatch(/0\.25 x 2,000\/s peak x growth 1 = 500\/s/);
    expect(hot.message).toMatch(/split the entity.*salt the key.*dedicated topic.*faster per-key work/);
    expect(report).toMatch(/capacity\/hot-key/);
  });
  it('keyed partitions with headroom, the librdkafka partitioner, and the consumer layout', () => {
    expect(d.topics[0]!.rationale.find((r) => r.setting === 'partitions')!.why).toMatch(/2x headroom/);
    expect(d.producers[0]!.config['partitioner']).toBe('murmur2_random');
    const c = d.consumers[0]!;
    expect(c.assignment).toBe('group');
    expect(c.membersPerInstance).toBe(1);
    expect(c.handlersPerInstance! * c.instances).toBeGreaterThanOrEqual(1);
    expect(c.rationale.find((r) => r.setting === 'permanent errors')!.why).toMatch(/Halt/);
  });
});

describe('examples/session-cache.yaml: a compacted cache with erasure', () => {
  const { text, d } = load('session-cache');
  const topic = d.topics[0]!;
  it('every instance reads every partition, no group', () => {
    const c = d.consumers[0]!;
    expect([c.assignment, c.instances, c.membersPerInstance]).toEqual(['every-instance', 12, 1]);
    expect(c.rationale.find((r) => r.setting === 'assignment')!.why).toMatch(/assign\(\) with every partition.*per million/);
    expect(topic.partitions).toBe(3);
  });
  it('erasure within 30 d, tombstones kept for the slowest reader, rebuild-friendly dirty ratio', () => {
    expect(topic.config).toMatchObject({
      'cleanup.policy': 'compact',
      'delete.retention.ms': '604800000',
      'segment.ms': '648000000',
      'max.compaction.lag.ms': '648000000',
      'min.cleanable.dirty.ratio': '0.2',
    });
    expect(topic.rationale.find((r) => r.setting === 'segment.ms')!.why).toMatch(/= 15 d, within 30 d/);
  });
  it('the MCP design tool and the contract accept the new fields', async () => {
    const out = await designTool.run({ requirements: text }, { roots: [], clusters: {}, allowWrites: false });
    expect(JSON.stringify(out)).toMatch(/every-instance/);
    const schema = JSON.stringify(contractJsonSchema('requirements'));
    for (const field of ['hot_key_share', 'consumption', 'deletes_within']) expect(schema).toContain(field);
  });
});
