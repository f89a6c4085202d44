import { DOCS } from '../../../../knowledge/planning.js';
import { groupBy } from '../../../../model/lookup.js';
import { appliesOrderedState } from '../../../strategy/failure-handling.js';
import { designRule } from '../types.js';

/** Side paths that let later records of a key overtake a failed one. */
const OVERTAKING_PATTERNS = ['dead-letter-topic', 'retry-topics'];

/**
 * Reads the design document (its side topics and patterns), not the strategy that made it, so it
 * catches a dead-letter path however it got there (a previous round, a hand edit, a merge).
 */
export const deadLetterBreaksOrder = designRule({
  meta: {
    id: 'ordering/dead-letter-breaks-order',
    severity: 'error',
    summary: 'A dead-letter or retry topic on a flow whose records must be applied in order.',
    why: 'A record sent aside lets the next record of its key (or of the stream) be applied first; replaying it later writes old state over new. A dead letter never keeps per-key order.',
    refs: [DOCS.ordering, DOCS.semantics],
    fix: 'Retry transient errors in place with the partition paused; for permanent ones halt the partition and alert (state, ledgers, global order) or park the key with its later records (per-key order without state).',
    messages: {
      appliesStateOutOfOrder:
        'Flow "{{name}}" needs {{ordering}} order and {{effect}}, but failed records leave the partition ({{what}}): the next record of {{order}} is applied while the failed one waits, and a replay writes old state over new.',
      replaysOutOfOrder:
        'Flow "{{name}}" needs {{ordering}} order, but failed records leave the partition ({{what}}): the next record of {{order}} is applied while the failed one waits, and a replay arrives out of order.',
    },
  },
  check({ design, flows }) {
    const topicsOf = groupBy(design.topics, (t) => t.flows);
    const patternsOf = groupBy(design.patterns, (p) => p.flows);
    return flows.flatMap(({ flow }) => {
      if (flow.ordering === 'none') return [];
      const patterns = patternsOf.get(flow.name) ?? [];
      if (patterns.some((p) => p.id === 'park-key')) return [];
      const sideTopics = (topicsOf.get(flow.name) ?? []).filter((t) => /dead|dlt|dlq|retry/i.test(`${t.role} ${t.name}`));
      const sidePatterns = patterns.filter((p) => OVERTAKING_PATTERNS.includes(p.id));
      if (sideTopics.length === 0 && sidePatterns.length === 0) return [];
      const what = [...sidePatterns.map((p) => p.id), ...sideTopics.map((t) => t.name)].join(', ');
      const state = appliesOrderedState(flow);
      const order = flow.ordering === 'global' ? 'the stream' : `a ${flow.key ?? 'key'}`;
      const data = { name: flow.name, ordering: flow.ordering, what, order };
      return [
        state
          ? {
              flow: flow.name,
              messageId: 'appliesStateOutOfOrder' as const,
              data: { ...data, effect: flow.state ? 'keeps state' : flow.ordering === 'global' ? 'depends on every record' : 'writes a database' },
            }
          : {
              flow: flow.name,
              severity: 'warning' as const,
              messageId: 'replaysOutOfOrder' as const,
              data,
              fix: 'Park the key (its later records wait behind the failed one) instead of skipping the record.',
            },
      ];
    });
  },
});
