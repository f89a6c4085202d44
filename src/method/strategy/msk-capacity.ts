// Amazon MSK: how many brokers of which size carry the design. Standard brokers are bounded by
// their volume's write throughput (every replica is a write), Express brokers by the client
// ingress and egress AWS recommends per size. Brokers come in multiples of the availability zones.
import { MSK_BROKER_SIZES, MSK_DEFAULT_VOLUME_MIBPS, MSK_EXPRESS_FIXED, mskBrokerSize, standardStorageBytesPerSecond, type MskBrokerSize } from '../../knowledge/msk-brokers.js';
import { PLANNING } from '../../knowledge/planning.js';
import type { Design } from '../../model/design.js';
import { fmt, fmtBytes } from '../../model/units.js';

export interface MskLoad {
  /** Client writes at peak, compressed (bytes/s). */
  ingress: number;
  /** Writes to broker volumes: ingress x replication factor per topic (bytes/s). */
  replicatedWrites: number;
  /** Client reads at peak: each topic's ingress x the consumer groups (or instances reading everything) on it. */
  egress: number;
  /** Partition replicas in the cluster. */
  replicas: number;
}

export interface MskFit {
  size: MskBrokerSize;
  brokers: number;
  /** Whether the load fits this many brokers of this size. */
  fits: boolean;
  /** Brokers of this size the load needs (a multiple of the zones). */
  brokersNeeded: number;
  /** The arithmetic, for rationale and findings. */
  arithmetic: string;
  /** Partition replicas per broker, to hold against AWS's recommendation for the size. */
  replicasPerBroker: number;
}

type Sized = Pick<Design, 'topics' | 'consumers'>;

export function mskLoad(design: Sized): MskLoad {
  let ingress = 0;
  let replicatedWrites = 0;
  let egress = 0;
  let replicas = 0;
  for (const t of design.topics) {
    const bytes = t.sizing.peakBytesPerSecond * (t.sizing.compressionRatio ?? 1);
    ingress += bytes;
    replicatedWrites += bytes * t.replicationFactor;
    replicas += t.partitions * t.replicationFactor;
    const readers = design.consumers.filter((c) => c.topic === t.name).reduce((n, c) => n + (c.assignment === 'every-instance' ? c.instances : 1), 0);
    egress += bytes * readers;
  }
  return { ingress, replicatedWrites, egress, replicas };
}

const roundUpTo = (n: number, step: number) => Math.max(step, Math.ceil(n / step) * step);

/** How `brokers` brokers of `size` carry `load`; `zones` is the availability-zone count. */
export function mskFit(size: MskBrokerSize, load: MskLoad, brokers: number, zones: number): MskFit {
  if (size.kind === 'express') {
    const zonesX = Math.max(zones, MSK_EXPRESS_FIXED.zones);
    const inPer = load.ingress / brokers;
    const outPer = load.egress / brokers;
    const needed = roundUpTo(Math.max(load.ingress / size.ingressBytesPerSecond!, load.egress / size.egressBytesPerSecond!), zonesX);
    return {
      size,
      brokers,
      brokersNeeded: needed,
      replicasPerBroker: load.replicas / brokers,
      fits: inPer <= size.ingressBytesPerSecond! && outPer <= size.egressBytesPerSecond!,
      arithmetic: `${size.id}: ingress ${fmtBytes(load.ingress)}/s / ${brokers} = ${fmtBytes(inPer)}/s per broker (recommended at most ${fmtBytes(size.ingressBytesPerSecond!)}/s, throttled above ${fmtBytes(size.ingressQuotaBytesPerSecond!)}/s), egress ${fmtBytes(load.egress)}/s / ${brokers} = ${fmtBytes(outPer)}/s (recommended at most ${fmtBytes(size.egressBytesPerSecond!)}/s, throttled above ${fmtBytes(size.egressQuotaBytesPerSecond!)}/s); ${needed} brokers carry it (a multiple of ${zonesX} zones)`,
    };
  }
  const ceiling = standardStorageBytesPerSecond(size) * PLANNING.storageWriteShare;
  const perBroker = load.replicatedWrites / brokers;
  const needed = roundUpTo(load.replicatedWrites / ceiling, zones);
  return {
    size,
    brokers,
    brokersNeeded: needed,
    replicasPerBroker: load.replicas / brokers,
    fits: perBroker <= ceiling,
    arithmetic: `${size.id}: replicated writes ${fmtBytes(load.replicatedWrites)}/s / ${brokers} = ${fmtBytes(perBroker)}/s per broker volume, against ${fmtBytes(standardStorageBytesPerSecond(size))}/s (min(the volume's ${MSK_DEFAULT_VOLUME_MIBPS} MiB/s, the instance's EBS bandwidth ${fmtBytes(size.ebsBaselineBytesPerSecond!)}/s)) x ${fmt(PLANNING.storageWriteShare * 100)} % for writes = ${fmtBytes(ceiling)}/s; ${needed} brokers carry it (a multiple of ${zones} zones)`,
  };
}

/** The smallest current-generation Standard size (kafka.m7g) that carries the load on `brokers` brokers. */
export function smallestFittingStandard(load: MskLoad, brokers: number, zones: number): MskFit | undefined {
  return MSK_BROKER_SIZES.filter((s) => s.kind === 'standard' && s.id.startsWith('kafka.m7g.'))
    .map((s) => mskFit(s, load, brokers, zones))
    .find((f) => f.fits && f.replicasPerBroker <= f.size.partitionsRecommended);
}

/** The smallest Express size that carries the load on `brokers` brokers. */
export function smallestFittingExpress(load: MskLoad, brokers: number, zones: number): MskFit | undefined {
  return MSK_BROKER_SIZES.filter((s) => s.kind === 'express')
    .map((s) => mskFit(s, load, brokers, zones))
    .find((f) => f.fits && f.replicasPerBroker <= f.size.partitionsRecommended);
}

export interface MskChoice {
  fit: MskFit;
  /** True when cluster.broker_type was not given and the size was chosen here. */
  assumed: boolean;
}

/**
 * The broker size the design is checked against: the stated one, or the smallest kafka.m7g size
 * that carries the load on the planned brokers (the largest when none does).
 */
export function mskBrokerChoice(brokerType: string | null, load: MskLoad, brokers: number, zones: number): MskChoice {
  const stated = brokerType === null ? undefined : mskBrokerSize(brokerType);
  if (stated) return { fit: mskFit(stated, load, brokers, zones), assumed: false };
  const largest = MSK_BROKER_SIZES.filter((s) => s.kind === 'standard' && s.id.startsWith('kafka.m7g.')).at(-1)!;
  return { fit: smallestFittingStandard(load, brokers, zones) ?? mskFit(largest, load, brokers, zones), assumed: true };
}

/** Availability zones the brokers spread over: the stated racks, else three (MSK's usual layout). */
export function mskZones(racks: number | null): number {
  return racks ?? MSK_EXPRESS_FIXED.zones;
}
