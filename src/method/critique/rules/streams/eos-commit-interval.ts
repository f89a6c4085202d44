import { STREAMS_FACTS } from '../../../../knowledge/streams.js';
import { configRule } from '../../engine.js';
import { docRef } from '../support.js';

export const streamsEosCommitInterval = configRule({
  meta: {
    id: 'streams/eos-commit-interval',
    severity: 'info',
    summary: 'Exactly-once with a long commit interval.',
    why: 'Under exactly-once, output becomes visible to read_committed consumers only when the transaction commits, every commit.interval.ms: a long interval is added to end-to-end latency (the exactly-once default is 100 ms).',
    refs: [docRef('streams', 'commit.interval.ms')],
    fix: 'Keep commit.interval.ms near 100 ms unless fewer, larger transactions matter more than latency.',
    messages: {
      longCommitInterval: 'commit.interval.ms={{interval}} with {{guarantee}}: downstream read_committed consumers see results up to {{interval}} ms late',
    },
    kinds: ['streams'],
  },
  check(ctx) {
    const guarantee = ctx.explicit('processing.guarantee')?.value.trim();
    if (!guarantee?.startsWith('exactly_once') || !ctx.explicit('commit.interval.ms')) return [];
    const interval = ctx.number('commit.interval.ms');
    if (!(interval > 10 * STREAMS_FACTS.eosCommitIntervalMs)) return [];
    return [{ messageId: 'longCommitInterval', data: { interval, guarantee }, setting: 'commit.interval.ms' }];
  },
});
