// Partition count: enough for the write rate, for every group member the plan runs, and for the
// instances the user may scale to; a multiple of the instance count so each gets an equal share.
// Keyed topics are sized up front: adding partitions later moves keys to other partitions.
import { PLANNING } from '../../knowledge/planning.js';
import type { Priority } from '../../model/requirements.js';
import type { FlowFacts } from '../deconstruct/normalize.js';
import type { ConsumerPlan } from './consumer-plan.js';
import { fmt, fmtBytes } from './decision.js';

export interface PartitionDecision {
  partitions: number;
  why: string;
  /** Set when the arithmetic asked for more than the sanity limit. */
  cappedFrom?: number;
}

export function decidePartitions(flow: FlowFacts, recordBytes: number, plan: ConsumerPlan, brokers: number, priority: Priority = 'balanced'): PartitionDecision {
  const designBytes = plan.designRatePerSecond * recordBytes;
  const forWrites = Math.max(1, Math.ceil(designBytes / PLANNING.partitionWriteBytesPerSecond));
  const writeText = `writes: ${fmt(plan.designRatePerSecond)}/s x ${fmtBytes(recordBytes)} = ${fmtBytes(designBytes)}/s at ~${fmtBytes(PLANNING.partitionWriteBytesPerSecond)}/s per partition → ${forWrites}`;
  if (flow.ordering === 'global') {
    return {
      partitions: 1,
      why: `Global order exists only inside one partition, so 1 partition (${writeText} would be the write need; the single partition's ceiling is called out in the findings).`,
    };
  }
  const members = plan.instances * plan.membersPerInstance;
  const scaleTo = flow.processing.maxInstances ?? plan.instances;
  // Priority cost: no partitions only to spread leadership; each partition costs open files, memory and replication work.
  const spread = priority === 'cost' ? 1 : brokers;
  const need = Math.max(forWrites, members, scaleTo, spread);
  const share = Math.max(plan.instances, 1);
  const rounded = Math.ceil(need / share) * share;
  const parts = [
    writeText,
    `consumers: ${plan.instances} instance(s) x ${plan.membersPerInstance} member(s) = ${members}`,
    flow.processing.maxInstances !== null ? `scale-out: max_instances ${scaleTo}` : undefined,
    priority === 'cost' ? 'priority cost: no extra partitions to spread leadership' : `leadership spread over ${brokers} broker(s): ${spread}`,
  ].filter(Boolean);
  const roundText = rounded !== need ? `; rounded up to ${rounded}, a multiple of ${share} instances so each gets the same share` : '';
  if (rounded > PLANNING.partitionsSanityLimit) {
    return {
      partitions: PLANNING.partitionsSanityLimit,
      cappedFrom: rounded,
      why: `max(${parts.join('; ')}) = ${need}${roundText}; capped at ${PLANNING.partitionsSanityLimit} (see findings).`,
    };
  }
  const keyedNote = flow.key ? ` Keyed by ${flow.key}: size it now, since adding partitions later sends a key's new events to a different partition than its old ones.` : '';
  return { partitions: rounded, why: `max(${parts.join('; ')}) = ${need}${roundText}.${keyedNote}` };
}
