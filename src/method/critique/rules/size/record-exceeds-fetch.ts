import { configRule } from '../../engine.js';
import { docRef, recordsAbove } from '../support.js';

export const recordExceedsFetch = configRule({
  meta: {
    id: 'size/record-exceeds-fetch',
    severity: 'info',
    summary: "Records larger than the consumer's per-partition fetch size.",
    why: 'Fetch sizes are soft limits: a batch larger than max.partition.fetch.bytes is still returned, but alone, so each fetch brings one oversized batch per partition and throughput falls to a batch per round trip.',
    refs: [docRef('consumer', 'max.partition.fetch.bytes'), docRef('consumer', 'fetch.max.bytes')],
    fix: 'Raise max.partition.fetch.bytes (and fetch.max.bytes) above the largest record batch.',
    messages: {
      recordsOfMaxPartitionFetchBytesOne: 'records of {{record}} > max.partition.fetch.bytes {{max}}{{origin}}: one batch per partition per fetch',
    },
    kinds: ['consumer'],
  },
  check: (ctx) => recordsAbove(ctx, 'max.partition.fetch.bytes', 'recordsOfMaxPartitionFetchBytesOne'),
});
