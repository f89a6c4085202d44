import { DOCS, PLANNING } from '../../../../knowledge/planning.js';
import type { DesignRule } from '../types.js';

/** The arithmetic asked for more partitions than one topic should have. */
export const partitionCount: DesignRule = {
  id: 'capacity/partition-count',
  severity: 'warning',
  summary: 'The partition count needed exceeds the sanity limit for one topic.',
  why: 'Thousands of partitions per topic slow leader elections, rebalances and recovery, and multiply open files and memory on the brokers.',
  fix: 'Process in parallel inside consumers (key-ordered parallel processing) rather than adding partitions, or split the flow by a natural dimension.',
  refs: [DOCS.partitions],
  check({ flows }) {
    return flows.flatMap(({ flow, partitionDecision }) => partitionDecision.cappedFrom === undefined ? [] : [{
      flow: flow.name,
      message: `The arithmetic asks for ${partitionDecision.cappedFrom} partitions; the design caps at ${PLANNING.partitionsSanityLimit}.`,
    }]);
  },
};
