// Partition count: enough for the write rate, for every group member the plan runs, and for the
// instances the user may scale to; a multiple of the instance count so each gets an equal share.
// Keyed topics are sized up front: adding partitions later moves keys to other partitions.
import { PLANNING } from '../../knowledge/planning.js';
import type { Priority } from '../../model/requirements.js';
import type { FlowFacts } from '../deconstruct/normalize.js';
import type { ConsumerPlan } from './consumer-plan.js';
import { fmt, fmtBytes } from '../../model/units.js';

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
  // Keyed topics cannot grow later without moving keys: give the write need headroom now.
  const keyed = flow.key !== null;
  const headroom = keyed ? PLANNING.keyedPartitionHeadroom : 1;
  const forGrowth = Math.max(1, Math.ceil((designBytes * headroom) / PLANNING.partitionWriteBytesPerSecond));
  const members = plan.assignment === 'every-instance' ? 1 : plan.instances * plan.membersPerInstance;
  const scaleTo = plan.assignment === 'every-instance' ? 1 : (flow.processing.maxInstances ?? plan.instances);
  // Priority cost: no partitions only to spread leadership; each partition costs open files, memory and replication work.
  const spread = priority === 'cost' ? 1 : brokers;
  const need = Math.max(forGrowth, members, scaleTo, spread);
  // Every-instance readers each take all partitions: there is no share to even out.
  const share = plan.assignment === 'every-instance' ? 1 : Math.max(plan.instances, 1);
  const rounded = Math.ceil(need / share) * share;
  const parts = [
    keyed ? `${writeText}; with ${headroom}x headroom for keyed growth ${fmtBytes(designBytes * headroom)}/s → ${forGrowth}` : writeText,
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
  const keyedNote = keyed
    ? ` Keyed by ${flow.key}: adding partitions later changes hash(key) mod partitions, so a ${flow.key}'s new events land on a different partition than its old ones (order across the change breaks, and a compacted topic keeps two latest values); hence ${headroom}x the write need now, beyond growth_factor ${fmt(flow.growthFactor)}.`
    : '';
  return { partitions: rounded, why: `max(${parts.join('; ')}) = ${need}${roundText}.${keyedNote}` };
}
