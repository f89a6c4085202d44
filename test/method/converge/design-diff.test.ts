// Comparing two rounds: each changed decision with before and after, the requirement change that
// caused it, and the findings that came or went.
import { describe, expect, it } from 'vitest';
import { renderChangeLog } from '../../../src/method/converge/change-log.js';
import { diffDesigns, isUnchanged } from '../../../src/method/converge/design-diff.js';
import { diffRequirements } from '../../../src/method/converge/requirements-diff.js';
import { design } from '../../../src/method/design.js';
import { requirementsSchema, type Flow, type Requirements } from '../../../src/model/requirements.js';

function req(flow: Partial<Flow> = {}, top: Partial<Requirements> = {}): Requirements {
  return requirementsSchema.parse({
    name: 'shop',
    cluster: { kafka_version: '3.9', brokers: 3 },
    client: { language: 'java' },
    ...top,
    flows: [
      {
        name: 'orders',
        source: 'checkout',
        sink: 'billing',
        key: 'order_id',
        ordering: 'per-key',
        delivery: 'at-least-once',
        throughput: { average_per_second: 100, peak_per_second: 400, message_bytes: 1000 },
        processing: { per_message_ms: { p50: 5, p99: 50 }, max_instances: 4 },
        ...flow,
      },
    ],
  });
}

function rounds(before: Requirements, after: Requirements) {
  return diffDesigns(design(before), design(after), { previous: before, current: after });
}

describe('diffRequirements', () => {
  it('matches flows by name and reports a new flow once', () => {
    const a = req();
    const b = { ...req({ delivery: 'exactly-once' }), flows: [...req({ delivery: 'exactly-once' }).flows, { name: 'refunds' }] };
    expect(diffRequirements(a, b)).toEqual([
      { field: 'flows[orders].delivery', flow: 'orders', before: 'at-least-once', after: 'exactly-once' },
      { field: 'flows[refunds]', flow: 'refunds', before: null, after: 'present' },
    ]);
  });
});

describe('diffDesigns', () => {
  it('finds nothing between two designs of the same requirements', () => {
    const d = rounds(req(), req());
    expect(isUnchanged(d)).toBe(true);
    expect(d.requirementChanges).toEqual([]);
  });

  it('attributes a claim check to the message size that grew', () => {
    const d = rounds(req(), req({ throughput: { average_per_second: 100, peak_per_second: 400, message_bytes: 8_000_000 } }));
    const claim = d.decisions.find((c) => c.subject === 'pattern claim-check');
    expect(claim).toMatchObject({ setting: 'added', before: null });
    expect(claim!.causes.map((c) => c.field)).toEqual(['flows[orders].throughput.message_bytes']);
  });

  it('attributes compaction to state: true', () => {
    const d = rounds(req(), req({ state: true }));
    const policy = d.decisions.find((c) => c.setting === 'cleanup.policy');
    expect(policy).toMatchObject({ before: 'delete', after: 'compact' });
    expect(policy!.causes.map((c) => c.field)).toContain('flows[orders].state');
    expect(d.decisions.some((c) => c.subject === 'pattern compacted-state-topic' && c.setting === 'added')).toBe(true);
  });

  it('shows replication and findings moving when brokers drop to one', () => {
    const d = rounds(req(), req({}, { cluster: { kafka_version: '3.9', brokers: 1 } }));
    const rf = d.decisions.find((c) => c.setting === 'replicationFactor');
    expect(rf).toMatchObject({ before: '3', after: '1' });
    expect(rf!.causes.map((c) => c.field)).toEqual(['cluster.brokers']);
    expect(d.findingsAppeared.some((f) => f.rule.startsWith('durability/'))).toBe(true);
  });

  it('attributes producer and consumer settings to the delivery guarantee', () => {
    const d = rounds(req({ delivery: 'at-least-once' }), req({ delivery: 'at-most-once' }));
    const producer = d.decisions.filter((c) => c.subject.startsWith('producer'));
    expect(producer.length).toBeGreaterThan(0);
    for (const c of producer) expect(c.causes.map((x) => x.field)).toContain('flows[orders].delivery');
  });

  it('without the previous requirements lists changes without causes', () => {
    const d = diffDesigns(design(req()), design(req({ state: true })));
    expect(d.requirementsKnown).toBe(false);
    expect(d.decisions.length).toBeGreaterThan(0);
    expect(d.decisions.every((c) => c.causes.length === 0)).toBe(true);
  });

  it('renders a change log in text and Markdown', () => {
    const d = rounds(req(), req({ state: true }));
    const md = renderChangeLog(d, 'markdown');
    expect(md).toMatch(/^## Changes since the previous round/);
    expect(md).toContain('`cleanup.policy`: `delete` → `compact`');
    expect(md).toContain('because flows[orders].state added: true');
    expect(renderChangeLog(d, 'text', 'Changes since round 1')).toMatch(/^Changes since round 1\n-+/);
  });
});
