// Storage and cost: the codec (from the payload, the stated compression ratio and the priority),
// the bytes each broker keeps on disk and each partition replica holds, and tiered storage where
// retention outgrows the brokers' disks. Every figure carries its arithmetic.
import { compareVersions, numericDefault } from '../../knowledge/catalog.js';
import { featureSupport } from '../../knowledge/clients.js';
import { PLANNING } from '../../knowledge/planning.js';
import { platformFacts } from '../../knowledge/platforms.js';
import type { Assumption } from '../../model/design.js';
import type { Facts, FlowFacts } from '../deconstruct/normalize.js';
import { fmt, fmtBytes, fmtMs } from '../../model/units.js';

export type Codec = 'none' | 'lz4' | 'zstd';

export interface CompressionDecision {
  codec: Codec;
  /** Compressed / raw size, applied to bandwidth and disk. */
  ratio: number;
  /** True when the ratio is the user's compression_ratio, false for our rule of thumb. */
  ratioStated: boolean;
  why: string;
  assumption?: Assumption;
}

/** Tiered storage is production-ready from this Kafka version (early access from 3.6). */
export const TIERED_STORAGE_GA = '3.9';
export const TIERED_STORAGE_EARLY_ACCESS = '3.6';

const pct = (share: number) => `${fmt(Math.round(share * 1000) / 10)} %`;

/** Raw bytes the flow keeps, all replicas, full retention (null: kept forever). */
export function rawRetainedBytes(flow: FlowFacts, recordBytes: number, replicationFactor: number): number | null {
  if (flow.retentionMs < 0) return null;
  return flow.averagePerSecond * flow.growthFactor * recordBytes * (flow.retentionMs / 1000) * replicationFactor;
}

/**
 * The producer's codec. Payloads that arrive compressed get none; otherwise zstd where bytes cost
 * most (priority cost, disks that would not hold lz4's output, bytes crossing regions), lz4 where
 * CPU or latency does, and nothing for a trickle that compression would not change.
 */
export function decideCompression(facts: Facts, flow: FlowFacts, recordBytes: number, replicationFactor: number): CompressionDecision {
  const stated = flow.compressionRatio;
  const designBytes = flow.peakPerSecond * flow.growthFactor * recordBytes;
  if (stated !== null && stated >= PLANNING.alreadyCompressedRatio) {
    return {
      codec: 'none',
      ratio: stated,
      ratioStated: true,
      why: `compression_ratio ${fmt(stated)}: the payloads arrive already compressed (or encrypted), so a codec would spend producer CPU to save ${pct(1 - stated)} at most; records are sent as they are. Bandwidth and disk are sized at the record size${stated < 1 ? ` x ${fmt(stated)}` : ''}.`,
    };
  }
  const kind = flow.schema.format === 'avro' || flow.schema.format === 'protobuf' ? 'binary' : 'text';
  const kindText = kind === 'binary' ? `${flow.schema.format} (binary, already compact)` : `${flow.schema.format} (text-like)`;
  const ratioOf = (codec: 'lz4' | 'zstd') => stated ?? PLANNING.assumedCompressionRatio[kind][codec];
  const raw = rawRetainedBytes(flow, recordBytes, replicationFactor);
  const diskTight = facts.diskPerBrokerBytes !== null && raw !== null && (raw * ratioOf('lz4')) / facts.brokers > facts.diskPerBrokerBytes * PLANNING.diskSafeFill;

  let codec: Codec;
  let reason: string;
  if (facts.priority === 'latency') {
    codec = 'lz4';
    reason = 'priority latency: lz4 compresses and decompresses fastest, so batches leave sooner and consumers spend least CPU';
  } else if (facts.priority === 'cost') {
    codec = 'zstd';
    reason = 'priority cost: zstd gives the smallest batches (network, replication and disk are what cost most), for more producer CPU than lz4';
  } else if (diskTight) {
    codec = 'zstd';
    reason = `with lz4 the retained data would take ${fmtBytes((raw! * ratioOf('lz4')) / facts.brokers)} per broker, above ${pct(PLANNING.diskSafeFill)} of the ${fmtBytes(facts.diskPerBrokerBytes!)} disk: zstd's smaller batches are worth its CPU`;
  } else if (facts.regions !== null && facts.regions.count > 1) {
    codec = 'zstd';
    reason = `${facts.regions.count} regions: every byte is also replicated across regions, where transfer is billed, so zstd's smaller batches pay for its CPU`;
  } else if (designBytes < PLANNING.compressionFromBytesPerSecond) {
    return {
      codec: 'none',
      ratio: 1,
      ratioStated: false,
      why: `${fmtBytes(designBytes)}/s at peak is below ${fmtBytes(PLANNING.compressionFromBytesPerSecond)}/s: compression would save little network or disk, so it is left off${stated !== null ? ` (sizes are the raw records; the stated ratio ${fmt(stated)} applies only with a codec)` : ''}.`,
    };
  } else {
    codec = 'lz4';
    reason = `${fmtBytes(designBytes)}/s at peak: lz4 cuts network and disk at a small CPU cost`;
  }

  let floorNote = '';
  if (codec === 'zstd') {
    const support = featureSupport(facts.library, facts.libraryVersion, 'zstd');
    if (support.available === 'no') {
      codec = 'lz4';
      floorNote = ` ${facts.library}${facts.libraryVersion ? ` ${facts.libraryVersion}` : ''} cannot write zstd (${support.floor.note}), so lz4.`;
    } else if (support.available === 'unknown' && support.floor.since !== '0.0.0') {
      floorNote = ` zstd needs ${facts.library} ${support.floor.since} or later (${support.floor.note}); the library version is not stated.`;
    }
  }
  const ratio = ratioOf(codec as 'lz4' | 'zstd');
  const ratioText = stated !== null ? `compression_ratio ${fmt(stated)} as stated` : `about ${fmt(ratio)} of the raw size assumed for ${kindText} with ${codec}`;
  return {
    codec,
    ratio,
    ratioStated: stated !== null,
    why: `${reason}.${floorNote} Compression works per batch, so fuller batches (linger) compress better; ${ratioText}: ${fmtBytes(designBytes)}/s at peak becomes ~${fmtBytes(designBytes * ratio)}/s on the network and on disk.`,
    ...(stated === null ? { assumption: { field: `flows[${flow.index}].throughput.compression_ratio`, value: ratio, why: `not given; ${ratioText}` } } : {}),
  };
}

export interface TieredDecision {
  /** Topic settings to write (remote.storage.enable, local.retention.ms). */
  config: Record<string, string>;
  localRetentionMs: number;
  why: string;
}

/**
 * Tiered storage (KIP-405) for a flow, when remote storage is available, the version has it, the
 * topic is not compacted, and retention is long enough for local retention to be a small part.
 * Returns null (with the reason in `why`) when the topic keeps everything on broker disks.
 */
export function decideTieredStorage(facts: Facts, flow: FlowFacts): { tiered: TieredDecision | null; why: string | null } {
  if (facts.tieredStorage !== true) return { tiered: null, why: null };
  const platform = platformFacts(facts.platform);
  if (platform.tieredStorage === 'own' || facts.platform === 'confluent-cloud') {
    return { tiered: null, why: `Tiered storage on ${platform.name} is not set per topic with KIP-405 settings: ${platform.notes.find((n) => /[Tt]iered|[Ss]torage is/.test(n)) ?? ''}` };
  }
  if (flow.state) return { tiered: null, why: 'Tiered storage is not used: it does not support compacted topics (KIP-405), and this topic is compacted.' };
  if (compareVersions(facts.kafkaVersion, TIERED_STORAGE_EARLY_ACCESS) < 0) {
    return { tiered: null, why: `Tiered storage is not used: Kafka ${facts.kafkaVersion} has none (early access from ${TIERED_STORAGE_EARLY_ACCESS}, production-ready from ${TIERED_STORAGE_GA}).` };
  }
  const localTarget = PLANNING.tieredLocalRetentionMs[facts.priority];
  if (flow.retentionMs >= 0 && flow.retentionMs < localTarget * PLANNING.tieredWorthFactor) {
    return { tiered: null, why: `Tiered storage is not used: retention ${fmtMs(flow.retentionMs)} is under ${PLANNING.tieredWorthFactor} x the ${fmtMs(localTarget)} that would stay local anyway.` };
  }
  const localRetentionMs = localTarget;
  const retentionText = flow.retentionMs < 0 ? 'kept forever' : `${fmtMs(flow.retentionMs)} retention`;
  const maturity =
    compareVersions(facts.kafkaVersion, TIERED_STORAGE_GA) < 0 ? ` Kafka ${facts.kafkaVersion} has it as early access only (production-ready from ${TIERED_STORAGE_GA}; see findings).` : '';
  return {
    why: null,
    tiered: {
      config: { 'remote.storage.enable': 'true', 'local.retention.ms': String(localRetentionMs) },
      localRetentionMs,
      why: `${retentionText}, remote storage available: segments older than local.retention.ms ${fmtMs(localRetentionMs)} (priority ${facts.priority}) move to remote storage, so broker disks hold ${fmtMs(localRetentionMs)} and the rest is read back from the remote tier on demand (slower first bytes for old reads). local.retention.bytes stays -2 (follows retention.bytes). Brokers need remote.log.storage.system.enable=true, a RemoteStorageManager plugin (remote.log.storage.manager.class.name/.class.path, e.g. an S3 plugin) and the remote log metadata manager (default topic-based) set up before topics can enable it.${maturity}`,
    },
  };
}

export interface DiskPlan {
  /** All replicas, full retention, after compression (null: kept forever). */
  storedBytes: number | null;
  /** Bytes each broker holds on its own disks (local retention when tiered), plus open segments. */
  bytesPerBroker: number | null;
  why: string;
}

/**
 * Disk the topic takes per broker: average rate x retention on disk x replicas x compression,
 * spread over the brokers, plus the segment each partition replica is still writing (retention
 * only deletes closed segments).
 */
export function planDisk(input: {
  facts: Facts;
  flow: FlowFacts;
  recordBytes: number;
  partitions: number;
  replicationFactor: number;
  compression: CompressionDecision;
  localRetentionMs: number | null;
  segmentMs: number | null;
}): DiskPlan {
  const { facts, flow, recordBytes, partitions, replicationFactor: rf, compression, localRetentionMs, segmentMs } = input;
  const rate = flow.averagePerSecond * flow.growthFactor;
  const storedPerSecond = rate * recordBytes * compression.ratio;
  const ratioText =
    compression.codec === 'none'
      ? compression.ratio < 1
        ? ` x ${fmt(compression.ratio)} (stated)`
        : compression.ratioStated
          ? ' (stated ratio 1: payloads arrive compressed)'
          : ' (no codec)'
      : ` x ${fmt(compression.ratio)} ${compression.codec}${compression.ratioStated ? ' (stated)' : ' (assumed)'}`;
  if (flow.retentionMs < 0 && localRetentionMs === null) {
    return {
      storedBytes: null,
      bytesPerBroker: null,
      why: `On disk: ${fmt(rate)}/s x ${fmtBytes(recordBytes)}${ratioText} = ${fmtBytes(storedPerSecond)}/s per replica, kept forever: disk grows without bound${flow.state ? ' until compaction keeps one record per key (size = distinct keys x record size)' : ''}.`,
    };
  }
  const storedBytes = flow.retentionMs < 0 ? null : storedPerSecond * (flow.retentionMs / 1000) * rf;
  const onDiskMs = localRetentionMs ?? flow.retentionMs;
  const local = storedPerSecond * (onDiskMs / 1000) * rf;
  const segmentBytes = numericDefault('topic', 'segment.bytes', facts.kafkaVersion);
  const rollMs = segmentMs ?? numericDefault('topic', 'segment.ms', facts.kafkaVersion);
  const perPartitionPerSecond = storedPerSecond / partitions;
  const openSegment = Math.min(segmentBytes, perPartitionPerSecond * (rollMs / 1000));
  const open = openSegment * partitions * rf;
  const bytesPerBroker = (local + open) / facts.brokers;
  const replicaBytes = (local + open) / (partitions * rf);
  const retained = `${fmt(rate)}/s x ${fmtBytes(recordBytes)}${ratioText} x ${fmtMs(onDiskMs)}${localRetentionMs !== null ? ' local retention' : ''} x ${rf} replicas = ${fmtBytes(local)}`;
  const openText = `+ the open segment of each of ${partitions * rf} partition replicas (min(segment.bytes ${fmtBytes(segmentBytes)}, ${fmtBytes(perPartitionPerSecond)}/s x segment.ms ${fmtMs(rollMs)}) = ${fmtBytes(openSegment)} each, as retention deletes only closed segments) = ${fmtBytes(open)}`;
  const remote = localRetentionMs !== null && storedBytes !== null ? ` Remote tier: ${fmtBytes(storedBytes / rf)} (one copy; the object store replicates).` : '';
  return {
    storedBytes,
    bytesPerBroker,
    why: `On disk: ${retained} ${openText}; over ${facts.brokers} broker(s) = ${fmtBytes(bytesPerBroker)} per broker, ${fmtBytes(replicaBytes)} per partition replica.${remote}`,
  };
}
