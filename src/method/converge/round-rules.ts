// Rules over two rounds of one design (the kernel's shape, method/rules.ts): what the previous
// round may already have created constrains this one. Kafka adds partitions to a topic but never
// removes them, so a round that asks for fewer partitions than a topic already has cannot be applied
// as a change to that topic.
import { DOCS } from '../../knowledge/planning.js';
import type { Design, Finding } from '../../model/design.js';
import { findingOf, registry, type RuleModule } from '../rules.js';

export interface RoundsUnderReview {
  previous: Design;
  current: Design;
}

/** A round rule's hit names the flow of the topic it is about. */
export type RoundRule = RuleModule<RoundsUnderReview, { flow: string }>;

export const partitionsCannotShrink: RoundRule = {
  meta: {
    id: 'converge/partitions-cannot-shrink',
    severity: 'warning',
    summary: 'A round lowers the partition count of a topic the previous round designed.',
    why: 'Kafka can add partitions to a topic (kafka-topics --alter --partitions) but cannot remove them: the records in a partition have nowhere to go. If the topic was created with the earlier count, the lower count of this round cannot be applied to it.',
    refs: [DOCS.modifyTopic],
    fix: 'Keep the existing count (more partitions than needed still carry the load), or create a new topic with the lower count and move to it: stop the producers of the old topic, let its consumers drain it to zero lag, then switch producers and consumers to the new one.',
    messages: {
      lowered:
        '{{topic}}: this round designs {{now}} partitions, the previous round {{before}}. Kafka cannot shrink a topic, so if {{topic}} exists with {{before}}, {{before}} − {{now}} = {{fewer}} partitions cannot be removed. Either keep {{before}}: {{keep}}; or create a new topic with {{now}} partitions and migrate{{order}}.',
    },
  },
  check({ previous, current }) {
    // Another environment is another cluster: its topics are not this one's.
    if (previous.environment !== current.environment) return [];
    const before = new Map(previous.topics.map((t) => [t.name, t]));
    return current.topics.flatMap((t) => {
      const old = before.get(t.name);
      if (!old || t.partitions >= old.partitions) return [];
      const consumers = current.consumers.filter((c) => c.topic === t.name && c.assignment !== 'every-instance');
      const instances = consumers.reduce((n, c) => Math.max(n, c.instances), 0);
      const keep =
        instances > 0
          ? `the ${instances} consumer instance(s) this round plans still share ${old.partitions} partitions (${Math.floor(old.partitions / instances)}-${Math.ceil(old.partitions / instances)} each), and up to ${old.partitions} instances could share them later`
          : `${old.partitions} partitions carry at least what ${t.partitions} do`;
      return [
        {
          flow: t.flows[0] ?? t.name,
          messageId: 'lowered',
          data: {
            topic: t.name,
            now: t.partitions,
            before: old.partitions,
            fewer: old.partitions - t.partitions,
            keep,
            order: t.key ? ` (drain the old topic before consumers switch, so no ${t.key} has records in both and per-key order holds)` : '',
          },
        },
      ];
    });
  },
};

export const ROUND_RULES = registry<RoundRule>([partitionsCannotShrink]);

export function runRoundRules(input: RoundsUnderReview): Finding[] {
  return ROUND_RULES.all.flatMap((rule) => rule.check(input).map((hit) => ({ ...findingOf(rule.meta, hit), flow: hit.flow })));
}
