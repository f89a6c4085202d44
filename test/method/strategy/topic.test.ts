import { describe, expect, it } from 'vitest';
import { design } from '../../../src/method/design.js';
import type { Flow } from '../../../src/model/requirements.js';
import { requirements } from '../helpers.js';

const mainTopic = (flow: Partial<Flow>) => design(requirements(flow)).topics[0]!;

describe('main topic', () => {
  it.each([
    // retention, expected segment.ms (undefined: the 7-day default is already shorter than retention)
    ['1h', '900000'],
    ['3d', '64800000'],
    ['7d', undefined],
    ['30d', undefined],
    ['5m', '600000'],
  ])('retention %s -> segment.ms %s, so records do not outlive retention by a week', (retention, segment) => {
    expect(mainTopic({ retention }).config['segment.ms']).toBe(segment);
  });

  it.each([
    [{ retention: '3d' }, 'delete', '259200000'],
    [{ retention: 'forever' }, 'delete', '-1'],
    [{ key: 'id', state: true }, 'compact', undefined],
    [{ key: 'id', state: true, retention: '30d' }, 'compact,delete', '2592000000'],
  ] as const)('%j -> cleanup.policy %s, retention.ms %s', (flow, policy, retention) => {
    const t = mainTopic(flow);
    expect(t.config['cleanup.policy']).toBe(policy);
    expect(t.config['retention.ms']).toBe(retention);
  });

  it('sizes disk from the average rate, retention and replicas, and shows the sum', () => {
    const t = mainTopic({ throughput: { average_per_second: 100, peak_per_second: 300, message_bytes: 1000 }, retention: '1d' });
    expect(t.sizing.diskBytes).toBe(100 * 1000 * 86400 * 3);
    expect(t.sizing.peakBytesPerSecond).toBe(300 * 1000);
    expect(t.rationale.find((r) => r.setting === 'sizing')!.why).toMatch(/100\/s x 1 KB x 86,400 s retention x 3 replicas = 25.9 GB/);
  });

  it('keys only when order or compaction needs it', () => {
    expect(mainTopic({ key: 'user_id', ordering: 'none' }).key).toBeNull();
    expect(mainTopic({ key: 'user_id', ordering: 'per-key' }).key).toBe('user_id');
  });
});
