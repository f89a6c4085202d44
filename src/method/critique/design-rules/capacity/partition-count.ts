import { DOCS, PLANNING } from '../../../../knowledge/planning.js';
import { designRule } from '../types.js';

/** The arithmetic asked for more partitions than one topic should have. */
export const partitionCount = designRule({
  meta: {
    id: 'capacity/partition-count',
    severity: 'warning',
    summary: 'The partition count needed exceeds the sanity limit for one topic.',
    why: 'Thousands of partitions per topic slow leader elections, rebalances and recovery, and multiply open files and memory on the brokers.',
    refs: [DOCS.partitions],
    fix: 'Process in parallel inside consumers (key-ordered parallel processing) rather than adding partitions, or split the flow by a natural dimension.',
    messages: {
      theArithmeticAsksFor: 'The arithmetic asks for {{cappedFrom}} partitions; the design caps at {{partitionsSanityLimit}}.',
    },
  },
  check({ flows }) {
    return flows.flatMap(({ flow, partitionDecision }) =>
      partitionDecision.cappedFrom === undefined
        ? []
        : [
            {
              flow: flow.name,
              messageId: 'theArithmeticAsksFor',
              data: { cappedFrom: partitionDecision.cappedFrom, partitionsSanityLimit: PLANNING.partitionsSanityLimit },
            },
          ],
    );
  },
});
