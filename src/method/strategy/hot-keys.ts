// The busiest key: all its records go to one partition and, with per-key order, through one
// handler at a time. Neither more partitions nor more consumers help it; only the options below do.
import { PLANNING } from '../../knowledge/planning.js';
import type { FlowFacts } from '../deconstruct/normalize.js';
import { fmt, fmtBytes } from '../../model/units.js';
import { serviceTime } from '../queueing/service-time.js';

export interface HotKeyCheck {
  /** Records per second of the busiest key at the design rate. */
  keyRatePerSecond: number;
  /** One key processed serially: 1 / mean service time. */
  serialPerSecond: number;
  /** One partition's comfortable write rate, in records of this flow. */
  partitionPerSecond: number;
  overSerial: boolean;
  overPartition: boolean;
  /** The arithmetic, for rationale and findings. */
  why: string;
  options: string[];
}

/** Null when the flow has no key or the share is not stated. */
export function checkHotKey(flow: FlowFacts, recordBytes: number): HotKeyCheck | null {
  if (flow.key === null || flow.hotKeyShare === null) return null;
  const share = flow.hotKeyShare;
  const keyRate = share * flow.peakPerSecond * flow.growthFactor;
  const service = serviceTime(flow.processing.p50Ms, flow.processing.p99Ms);
  const serialPerSecond = service.perHandlerPerSecond * PLANNING.consumerTargetUtilization;
  const partitionPerSecond = PLANNING.partitionWriteBytesPerSecond / recordBytes;
  const serialMatters = flow.ordering === 'per-key';
  const overSerial = serialMatters && keyRate > serialPerSecond;
  const overPartition = keyRate > partitionPerSecond;
  const why =
    `Busiest ${flow.key}: hot_key_share ${fmt(share)} x ${fmt(flow.peakPerSecond)}/s peak x growth ${fmt(flow.growthFactor)} = ${fmt(keyRate)}/s, all on one partition. ` +
    `One partition takes ~${fmtBytes(PLANNING.partitionWriteBytesPerSecond)}/s / ${fmtBytes(recordBytes)} = ${fmt(partitionPerSecond)} records/s${overPartition ? ' (exceeded)' : ''}` +
    (serialMatters
      ? `; one ${flow.key} handled in order takes 1000 / ${fmt(service.meanMs)} ms mean x ${PLANNING.consumerTargetUtilization} target utilization = ${fmt(serialPerSecond)}/s${overSerial ? ' (exceeded)' : ''}.`
      : '; order is not kept per key, so its records can be handled in parallel.');
  const options = [
    `split the entity: key by a finer id (e.g. ${flow.key} plus a sub-entity) so its load spreads, keeping order only where it is really needed`,
    `salt the key: ${flow.key}#n over n sub-keys spreads it over n partitions, but order then holds only within each sub-key; a reader that needs the ${flow.key}'s order must merge the n streams`,
    `a dedicated topic (or partition range) for the busiest ${flow.key}s, sized and consumed on its own`,
    `faster per-key work: batch the ${flow.key}'s records or make each cheaper, so one handler keeps up (needed ${fmt(keyRate)}/s, now ${fmt(serialPerSecond)}/s)`,
  ];
  return { keyRatePerSecond: keyRate, serialPerSecond, partitionPerSecond, overSerial, overPartition, why, options };
}
