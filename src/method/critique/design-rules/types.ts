// Rules over a whole design (capacity, ordering, durability across flows): the rule kernel's shape
// (method/rules.ts) over the design and the facts it was made from.
import type { Design, TopicDesign } from '../../../model/design.js';
import type { Facts, FlowFacts } from '../../deconstruct/normalize.js';
import type { ConsumerPlan } from '../../strategy/consumer-plan.js';
import type { PartitionDecision } from '../../strategy/partitions.js';
import type { Hit, RuleModule } from '../../rules.js';

export interface FlowPlan {
  flow: FlowFacts;
  plan: ConsumerPlan;
  topic: TopicDesign;
  partitionDecision: PartitionDecision;
}

export interface DesignUnderReview {
  facts: Facts;
  design: Omit<Design, 'findings'>;
  flows: FlowPlan[];
}

/** A flow fact by its requirements path (`flows[2].throughput.average_per_second`), as assumptions name it. */
export function flowField(flow: FlowFacts, path: string): string {
  return `flows[${flow.index}].${path}`;
}

/** What a design rule's hit adds: the flow it is about. */
export interface DesignHitExtra {
  flow: string;
}

export type DesignHit<M extends string = string> = Hit<M> & DesignHitExtra;

/** A design rule: the kernel's shape over the design under review. */
export type DesignRule<M extends string = string> = RuleModule<DesignUnderReview, DesignHitExtra, unknown, M>;

/** Declares a design rule; the message ids its hits name are checked against its messages. */
export function designRule<M extends string>(rule: DesignRule<M>): DesignRule {
  return rule;
}
