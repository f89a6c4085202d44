// Rules over a whole design (capacity, ordering, durability across flows). Same data-like shape
// as the config rules, but they read the design and the facts it was made from.
import type { Design, Severity, TopicDesign } from '../../../model/design.js';
import type { Facts, FlowFacts } from '../../deconstruct/normalize.js';
import type { ConsumerPlan } from '../../strategy/consumer-plan.js';
import type { PartitionDecision } from '../../strategy/partitions.js';

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

export interface DesignHit {
  flow: string;
  message: string;
  fix?: string;
  severity?: Severity;
}

export interface DesignRule {
  id: string;
  severity: Severity;
  summary: string;
  why: string;
  fix: string;
  refs: string[];
  check(input: DesignUnderReview): DesignHit[];
}
