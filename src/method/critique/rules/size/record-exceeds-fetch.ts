import { configRule } from '../../engine.js';
import { docRef, origin } from '../support.js';
import { fmtConfigBytes } from '../../../../model/units.js';

export const recordExceedsFetch = configRule({
  meta: {
    id: 'size/record-exceeds-fetch',
    severity: 'info',
    summary: 'Records larger than the consumer\'s per-partition fetch size.',
    why: 'Fetch sizes are soft limits: a batch larger than max.partition.fetch.bytes is still returned, but alone, so each fetch brings one oversized batch per partition and throughput falls to a batch per round trip.',
    fix: 'Raise max.partition.fetch.bytes (and fetch.max.bytes) above the largest record batch.',
    refs: [docRef('consumer', 'max.partition.fetch.bytes'), docRef('consumer', 'fetch.max.bytes')],
    kinds: ['consumer'],
    messages: {
      recordsOfMaxPartitionFetchBytesOne: 'records of {{record}} > max.partition.fetch.bytes {{fetch}}{{origin}}: one batch per partition per fetch',
    },
  },
  check(ctx) {
    const record = ctx.intent.messageBytes;
    const fetch = ctx.number('max.partition.fetch.bytes');
    if (record === undefined || !(record > fetch)) return [];
    return [{ messageId: 'recordsOfMaxPartitionFetchBytesOne', data: { record: fmtConfigBytes(record), fetch: fmtConfigBytes(fetch), origin: origin(ctx, 'max.partition.fetch.bytes') }, setting: 'max.partition.fetch.bytes' }];
  },
});
