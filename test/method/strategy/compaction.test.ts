// Compacted state topics that delete and must forget by a deadline, and the librdkafka partitioner.
import { describe, expect, it } from 'vitest';
import { design } from '../../../src/method/design.js';
import type { Flow } from '../../../src/model/requirements.js';
import { requirements } from '../helpers.js';

const cache = (extra: Partial<Flow> = {}) => design(requirements({ key: 'customer_id', state: true, ...extra })).topics[0]!;
const why = (t: { rationale: { setting: string; why: string }[] }, s: string) => t.rationale.find((r) => r.setting === s)?.why ?? '';

describe('compacted topics with deletes', () => {
  it.each<[string, Partial<Flow>, Record<string, string | undefined>]>([
    ['no deletes: compaction defaults', {}, { 'delete.retention.ms': undefined, 'max.compaction.lag.ms': undefined, 'min.cleanable.dirty.ratio': undefined }],
    ['deletes: tombstones kept for the slowest reader (7 d)', { deletes: true }, { 'delete.retention.ms': '604800000', 'max.compaction.lag.ms': undefined }],
    ['erasure within 30 d: 7.5 d segments + 7.5 d lag', { deletes: true, deletes_within: '30d' }, { 'segment.ms': '648000000', 'max.compaction.lag.ms': '648000000' }],
    ['every-instance rebuilds: dirty ratio 0.2', { consumption: 'every-instance' }, { 'min.cleanable.dirty.ratio': '0.2' }],
  ])('%s', (_name, flow, expected) => {
    const t = cache(flow);
    for (const [k, v] of Object.entries(expected)) expect(t.config[k], k).toBe(v);
  });

  it('shows the erasure sum and whether it fits', () => {
    expect(why(cache({ deletes: true, deletes_within: '30d' }), 'segment.ms')).toMatch(
      /segment\.ms 7\.5 d.*\+ max\.compaction\.lag\.ms 7\.5 d.*\+ file\.delete\.delay\.ms 1 min .*= 15 d.*within 30 d/,
    );
    expect(why(cache({ deletes: true, deletes_within: '10m' }), 'segment.ms')).toMatch(/MORE than 10 min/);
  });

  it('says null keys are rejected', () => {
    expect(why(cache(), 'key (compaction)')).toMatch(/rejects records without a key/);
  });
});

describe('librdkafka partitioner on keyed topics', () => {
  const producer = (library: string, language: 'python' | 'java', flow: Partial<Flow>) => design(requirements(flow, { client: { language, library } })).producers[0]!;
  it.each<[string, 'python' | 'java', Partial<Flow>, string | undefined]>([
    ['confluent-kafka', 'python', { key: 'id', ordering: 'per-key' }, 'murmur2_random'],
    ['confluent-kafka', 'python', { ordering: 'none' }, undefined],
    ['kafka-clients', 'java', { key: 'id', ordering: 'per-key' }, undefined],
  ])('%s (%s) %j -> %s', (library, language, flow, value) => {
    expect(producer(library, language, flow).config['partitioner']).toBe(value);
  });
});
