import type { Rule } from '../../engine.js';
import { bytes, docRef, origin } from '../support.js';

export const recordExceedsFetch: Rule = {
  id: 'size/record-exceeds-fetch',
  severity: 'info',
  summary: 'Records larger than the consumer\'s per-partition fetch size.',
  why: 'Fetch sizes are soft limits: a batch larger than max.partition.fetch.bytes is still returned, but alone, so each fetch brings one oversized batch per partition and throughput falls to a batch per round trip.',
  fix: 'Raise max.partition.fetch.bytes (and fetch.max.bytes) above the largest record batch.',
  refs: [docRef('consumer', 'max.partition.fetch.bytes'), docRef('consumer', 'fetch.max.bytes')],
  kinds: ['consumer'],
  check(ctx) {
    const record = ctx.intent.messageBytes;
    const fetch = ctx.number('max.partition.fetch.bytes');
    if (record === undefined || !(record > fetch)) return [];
    return [{ message: `records of ${bytes(record)} > max.partition.fetch.bytes ${bytes(fetch)}${origin(ctx, 'max.partition.fetch.bytes')}: one batch per partition per fetch`, setting: 'max.partition.fetch.bytes' }];
  },
};
