// One flow's main topic: name, key, partitions, replication, retention and cleanup, size limits
// and the disk it will take. Every number carries its arithmetic.
import { numericDefault } from '../../knowledge/catalog.js';
import { DOCS, PLANNING } from '../../knowledge/planning.js';
import type { TopicDesign } from '../../model/design.js';
import type { Facts, FlowFacts } from '../deconstruct/normalize.js';
import type { ConsumerPlan } from './consumer-plan.js';
import { emptyDecision, merge, topicSetting } from './decision.js';
import { fmt, fmtBytes, fmtMs } from '../../model/units.js';
import { checkHotKey } from './hot-keys.js';
import { decidePartitions, type PartitionDecision } from './partitions.js';
import type { ReplicationDecision } from './replication.js';
import { decideTieredStorage, planDisk, type CompressionDecision } from './storage.js';

export function topicName(facts: Facts, flow: FlowFacts): string {
  return `${facts.name}.${flow.name}`;
}

/** The bytes one record takes in the log: the payload, or its claim-check reference. */
export function recordBytes(flow: FlowFacts): number {
  return flow.messageBytes > PLANNING.claimCheckAboveBytes ? PLANNING.claimCheckReferenceBytes : flow.messageBytes;
}

export interface TopicPlan {
  topic: TopicDesign;
  partitionDecision: PartitionDecision;
}

export function designTopic(facts: Facts, flow: FlowFacts, plan: ConsumerPlan, replication: ReplicationDecision, compression: CompressionDecision): TopicPlan {
  const v = facts.kafkaVersion;
  const bytes = recordBytes(flow);
  const partitionDecision = decidePartitions(flow, bytes, plan, facts.brokers, facts.priority);
  const hot = checkHotKey(flow, bytes);
  const rationale = [
    keyRationale(flow),
    ...(hot ? [{ setting: 'hot key', why: `${hot.why}${hot.overPartition || hot.overSerial ? ' It cannot keep up: see findings.' : ' It keeps up.'}`, refs: [DOCS.partitions] }] : []),
    { setting: 'partitions', why: partitionDecision.why, refs: [DOCS.partitions] },
    { setting: 'replicationFactor', why: replication.why, refs: replication.refs },
  ];
  const d = emptyDecision();
  merge(d, topicSetting('min.insync.replicas', String(replication.minInsyncReplicas), replication.minIsrWhy, v, replication.refs));

  if (flow.state) {
    const policy = flow.retentionMs < 0 ? 'compact' : 'compact,delete';
    merge(
      d,
      topicSetting(
        'cleanup.policy',
        policy,
        flow.retentionMs < 0
          ? `Consumers need the latest value per ${flow.key}: compaction keeps the newest record of every key for as long as the topic lives; a record with a null value (tombstone) deletes a key.`
          : `Latest value per ${flow.key}, but only for ${fmtMs(flow.retentionMs)}: compaction keeps the newest record per key, and deletion drops keys not updated within the retention.`,
        v,
        [DOCS.compaction],
      ),
    );
    if (flow.retentionMs >= 0) merge(d, topicSetting('retention.ms', String(flow.retentionMs), `retention ${fmtMs(flow.retentionMs)} as asked.`, v));
    merge(d, compactionSettings(flow, v));
  } else {
    merge(d, topicSetting('cleanup.policy', 'delete', 'An event stream: old segments are deleted once past retention.', v));
    merge(
      d,
      topicSetting(
        'retention.ms',
        String(flow.retentionMs),
        flow.retentionMs < 0 ? 'Kept forever, as asked: disk grows without bound (see sizing).' : `${fmtMs(flow.retentionMs)} as asked (${flow.retentionMs} ms).`,
        v,
      ),
    );
  }
  const segmentDefault = numericDefault('topic', 'segment.ms', v);
  if (!flow.state && flow.retentionMs > 0 && flow.retentionMs < segmentDefault) {
    const segment = Math.max(PLANNING.minSegmentMs, Math.floor(flow.retentionMs / 4));
    merge(
      d,
      topicSetting(
        'segment.ms',
        String(segment),
        `Retention deletes whole segments, and a segment is only closed after segment.ms (default ${fmtMs(segmentDefault)}): with ${fmtMs(flow.retentionMs)} retention a quiet partition would keep records for up to ${fmtMs(segmentDefault + flow.retentionMs)}. Segments of retention / 4 = ${fmtMs(segment)} bound that to ${fmtMs(flow.retentionMs + segment)}.`,
        v,
      ),
    );
  }
  if (facts.environment === 'production' && flow.delivery !== 'at-most-once') {
    merge(
      d,
      topicSetting(
        'unclean.leader.election.enable',
        'false',
        'An out-of-sync replica must never become leader: it would silently drop acknowledged writes. False is the default; pinning it on the topic keeps a broker-wide override from changing it.',
        v,
        [DOCS.replication],
      ),
    );
  }
  const topicLimit = numericDefault('topic', 'max.message.bytes', v);
  if (bytes > topicLimit) {
    merge(
      d,
      topicSetting('max.message.bytes', String(Math.ceil(bytes * 1.1)), `Records of ${fmtBytes(bytes)} exceed the ${fmtBytes(topicLimit)} default; 10 % headroom for headers and batch overhead.`, v),
    );
  }

  const { tiered, why: notTiered } = decideTieredStorage(facts, flow);
  if (tiered) {
    for (const [name, value] of Object.entries(tiered.config))
      merge(
        d,
        topicSetting(
          name,
          value,
          name === 'remote.storage.enable'
            ? tiered.why
            : `${fmtMs(tiered.localRetentionMs)} on broker disks (priority ${facts.priority}): enough for consumers to catch up and for a broker to be replaced from its peers without reading the remote tier.`,
          v,
        ),
      );
  } else if (notTiered) {
    d.rationale.push({ setting: 'remote.storage.enable', why: notTiered, refs: [] });
  }

  const peakBytesPerSecond = plan.designRatePerSecond * bytes;
  const averageBytes = flow.averagePerSecond * flow.growthFactor * bytes;
  const diskBytes = flow.retentionMs < 0 ? null : averageBytes * (flow.retentionMs / 1000) * replication.replicationFactor;
  const segmentMs = d.config['segment.ms'] ? Number(d.config['segment.ms']) : null;
  const disk = planDisk({
    facts,
    flow,
    recordBytes: bytes,
    partitions: partitionDecision.partitions,
    replicationFactor: replication.replicationFactor,
    compression,
    localRetentionMs: tiered?.localRetentionMs ?? null,
    segmentMs,
  });
  const raw = compression.ratio === 1 && compression.ratioStated ? 'as written (payloads arrive compressed)' : 'raw, before compression';
  rationale.push({
    setting: 'sizing',
    why:
      diskBytes === null
        ? `Peak ${fmt(plan.designRatePerSecond)}/s x ${fmtBytes(bytes)} = ${fmtBytes(peakBytesPerSecond)}/s. Kept forever${flow.state ? ' and compacted: the size is the number of distinct keys x record size' : ''}, so disk depends on ${flow.state ? 'the key count' : 'time'} (see questions). ${disk.why}`
        : `Peak ${fmt(plan.designRatePerSecond)}/s x ${fmtBytes(bytes)} = ${fmtBytes(peakBytesPerSecond)}/s. Retained: average ${fmt(flow.averagePerSecond * flow.growthFactor)}/s x ${fmtBytes(bytes)} x ${fmt(flow.retentionMs / 1000)} s retention x ${replication.replicationFactor} replicas = ${fmtBytes(diskBytes)} ${raw}. ${disk.why}`,
    refs: [],
  });
  rationale.push(...d.rationale);
  return {
    partitionDecision,
    topic: {
      name: topicName(facts, flow),
      flows: [flow.name],
      role: 'events',
      partitions: partitionDecision.partitions,
      replicationFactor: replication.replicationFactor,
      key: flow.key,
      config: d.config,
      sizing: { peakBytesPerSecond, diskBytes, diskBytesPerBroker: disk.bytesPerBroker, compressionRatio: compression.ratio, compression: compression.codec },
      rationale,
    },
  };
}

/**
 * A compacted topic that deletes (tombstones) and must forget within a deadline: when the broker may
 * drop a tombstone, how soon an erased value is physically gone, and how much a rebuild reads.
 */
function compactionSettings(flow: FlowFacts, v: string) {
  const d = emptyDecision();
  d.rationale.push({
    setting: 'key (compaction)',
    why: `Compaction keeps the latest record per key, so every record needs a ${flow.key}: the broker rejects records without a key on a compacted topic.`,
    refs: [DOCS.compaction],
  });
  if (flow.deletes) {
    const dflt = numericDefault('topic', 'delete.retention.ms', v);
    const keep = Math.max(dflt, PLANNING.cacheAbsenceMs);
    merge(
      d,
      topicSetting(
        'delete.retention.ms',
        String(keep),
        `A delete is a tombstone (the ${flow.key} with a null value). The cleaner drops tombstones delete.retention.ms after compacting them; a reader that is away longer (a cache resuming from its checkpoint, a slow rebuild) never sees the delete and keeps the ${flow.key} forever. ${fmtMs(keep)} = max(default ${fmtMs(dflt)}, ${fmtMs(PLANNING.cacheAbsenceMs)} assumed longest absence of a reader).`,
        v,
        [DOCS.compaction],
      ),
    );
  }
  if (flow.deletesWithinMs !== null) {
    const within = flow.deletesWithinMs;
    const fileDelay = numericDefault('topic', 'file.delete.delay.ms', v);
    const half = Math.max(PLANNING.minSegmentMs, Math.floor((within * PLANNING.erasureBudgetShare) / 2));
    const total = half + half + fileDelay;
    const fits = total <= within;
    const sum = `segment.ms ${fmtMs(half)} (the tombstone's segment closes; the cleaner never touches the active one) + max.compaction.lag.ms ${fmtMs(half)} (the cleaner must compact it by then) + file.delete.delay.ms ${fmtMs(fileDelay)} (old segment files removed) = ${fmtMs(total)}`;
    const why = `Erased data must be gone within ${fmtMs(within)}: ${sum}, ${fits ? `within ${fmtMs(within)}, leaving ${fmtMs(within - total)} for a busy cleaner` : `MORE than ${fmtMs(within)}: segments shorter than ${fmtMs(PLANNING.minSegmentMs)} cost too much; erase outside Kafka (crypto-shredding) or relax the deadline`}. Replicas and consumers' own copies must forget too; the tombstone itself (the ${flow.key}) stays for delete.retention.ms.`;
    merge(d, topicSetting('segment.ms', String(half), why, v, [DOCS.compactionGuarantees]));
    merge(d, topicSetting('max.compaction.lag.ms', String(half), `See segment.ms: ${fmtMs(half)} = ${PLANNING.erasureBudgetShare} x ${fmtMs(within)} / 2.`, v, [DOCS.compactionGuarantees]));
  }
  if (flow.consumption === 'every-instance') {
    const ratio = PLANNING.rebuildDirtyRatio;
    merge(
      d,
      topicSetting(
        'min.cleanable.dirty.ratio',
        String(ratio),
        `Every instance rebuilds by reading the whole topic: a rebuild reads up to 1 / (1 - dirty ratio) x the live ${flow.key}s. The 0.5 default allows 2x; ${ratio} keeps it to ${fmt(1 / (1 - ratio))}x at the cost of more frequent cleaning.`,
        v,
        [DOCS.compaction],
      ),
    );
  }
  return d;
}

function keyRationale(flow: FlowFacts): { setting: string; why: string; refs: string[] } {
  const refs = [DOCS.ordering];
  if (flow.ordering === 'per-key' && flow.key) {
    return {
      setting: 'key',
      why: `Order is kept only within a partition. Keying by ${flow.key} sends every event of one ${flow.key} to the same partition, so they are read in the order written.`,
      refs,
    };
  }
  if (flow.ordering === 'per-key') {
    return { setting: 'key', why: 'Per-key order was asked but no key was named: without a key, events of one entity spread over partitions and lose their order (see questions).', refs };
  }
  if (flow.ordering === 'global') {
    return { setting: 'key', why: `Global order: one partition, so the key does not affect order${flow.key ? ` (${flow.key} is kept for consumers)` : ''}.`, refs };
  }
  if (flow.state) return { setting: 'key', why: `Compaction keeps the latest record per key, so records are keyed by ${flow.key}.`, refs: [DOCS.compaction] };
  return {
    setting: 'key',
    why: "Order does not matter: records carry no key, so the producer's sticky partitioner fills batches evenly and no hot key can overload one partition. Identifiers stay in the payload.",
    refs,
  };
}
