// Amazon MSK broker sizes: what each sustains, from AWS's published figures. Standard brokers write
// to an EBS volume, so their write ceiling is the volume's throughput (250 MiB/s unless provisioned
// higher, which only the larger sizes allow) or the instance's EBS bandwidth, whichever is lower.
// Express brokers publish a recommended ingress and egress per size and throttle clients above a
// higher per-broker quota.
//
// Checked against AWS's pages on 2026-12-04 (MSK_SOURCES): partitions per Standard size
// (bestpractices), provisioned storage throughput per size (msk-provision-throughput-management),
// the Express recommended ingress/egress (bestpractices-express) and the Express partition and
// throttle quotas (limits, "Express broker quota"); all agreed with the figures below. The
// instances' baseline EBS bandwidth comes from the EC2 instance-type tables (MSK_SOURCES.ebsBandwidth)
// and was not re-read on that date. The figures, in AWS's units, are data/msk-broker-sizes.json.

import sizes from './data/msk-broker-sizes.json' with { type: 'json' };

export type MskBrokerKind = 'standard' | 'express';

export interface MskBrokerSize {
  id: string;
  kind: MskBrokerKind;
  /** Standard: the instance's baseline EBS bandwidth (bytes/s), which caps what the volume can write. */
  ebsBaselineBytesPerSecond?: number;
  /** Standard: the highest provisioned storage throughput MSK allows on this size (MiB/s); null = not provisionable. */
  provisionedStorageMiBps?: number | null;
  /** Partition replicas (leaders and followers) per broker AWS recommends, and the most that still allow cluster updates. */
  partitionsRecommended: number;
  partitionsMax: number;
  /** Express: the recommended maximum client ingress and egress per broker (bytes/s). */
  ingressBytesPerSecond?: number;
  egressBytesPerSecond?: number;
  /** Express: the per-broker quota above which MSK throttles clients (bytes/s). */
  ingressQuotaBytesPerSecond?: number;
  egressQuotaBytesPerSecond?: number;
}

export const MSK_SOURCES = {
  standardBestPractices: 'https://docs.aws.amazon.com/msk/latest/developerguide/bestpractices.html',
  storageThroughput: 'https://docs.aws.amazon.com/msk/latest/developerguide/msk-provision-throughput-management.html',
  ebsBandwidth: 'https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html#gp_storage-ebs',
  expressBestPractices: 'https://docs.aws.amazon.com/msk/latest/developerguide/bestpractices-express.html',
  quotas: 'https://docs.aws.amazon.com/msk/latest/developerguide/limits.html',
  expressQuotas: 'https://docs.aws.amazon.com/msk/latest/developerguide/limits.html#msk-express-quota',
  storageAutoScaling: 'https://docs.aws.amazon.com/msk/latest/developerguide/msk-autoexpand.html',
  tieredStorage: 'https://docs.aws.amazon.com/msk/latest/developerguide/msk-tiered-storage.html',
} as const;

/** A Standard broker's volume throughput unless storage throughput is provisioned (MiB/s). */
export const MSK_DEFAULT_VOLUME_MIBPS = 250;
/** Largest EBS volume MSK attaches to a Standard broker (bytes; 16,384 GiB). */
export const MSK_MAX_STORAGE_PER_BROKER_BYTES = 16_384 * 2 ** 30;
/** Express clusters always replicate three ways with min.insync.replicas 2, over three zones. */
export const MSK_EXPRESS_FIXED = { replicationFactor: 3, minInsyncReplicas: 2, zones: 3 } as const;

const MBIT = 1_000_000 / 8;
const MB = 1_000_000;
/** A Standard size as AWS states it: baseline EBS bandwidth in Mbit/s, provisionable throughput in MiB/s. */
interface StandardRow {
  id: string;
  ebsBaselineMbps: number;
  provisionedStorageMiBps: number | null;
  partitionsRecommended: number;
  partitionsMax: number;
}
/** An Express size as AWS states it: recommended and quota throughputs in MB/s. */
interface ExpressRow {
  id: string;
  ingressMBps: number;
  egressMBps: number;
  ingressQuotaMBps: number;
  egressQuotaMBps: number;
  partitionsRecommended: number;
  partitionsMax: number;
}
const standard = (r: StandardRow): MskBrokerSize => ({
  id: r.id,
  kind: 'standard',
  ebsBaselineBytesPerSecond: r.ebsBaselineMbps * MBIT,
  provisionedStorageMiBps: r.provisionedStorageMiBps,
  partitionsRecommended: r.partitionsRecommended,
  partitionsMax: r.partitionsMax,
});
const express = (r: ExpressRow): MskBrokerSize => ({
  id: r.id,
  kind: 'express',
  partitionsRecommended: r.partitionsRecommended,
  partitionsMax: r.partitionsMax,
  ingressBytesPerSecond: r.ingressMBps * MB,
  egressBytesPerSecond: r.egressMBps * MB,
  ingressQuotaBytesPerSecond: r.ingressQuotaMBps * MB,
  egressQuotaBytesPerSecond: r.egressQuotaMBps * MB,
});

/** Every MSK provisioned broker size (data/msk-broker-sizes.json), smallest first within each family. */
export const MSK_BROKER_SIZES: readonly MskBrokerSize[] = [...sizes.standard.map(standard), ...sizes.express.map(express)];

export function mskBrokerSize(id: string): MskBrokerSize | undefined {
  return MSK_BROKER_SIZES.find((s) => s.id === id);
}

/**
 * What a Standard broker's volume writes per second at most: the default (or provisioned) volume
 * throughput, capped by the instance's EBS bandwidth.
 */
export function standardStorageBytesPerSecond(size: MskBrokerSize, provisioned = false): number {
  const volumeMiBps = provisioned && size.provisionedStorageMiBps ? size.provisionedStorageMiBps : MSK_DEFAULT_VOLUME_MIBPS;
  return Math.min(volumeMiBps * 2 ** 20, size.ebsBaselineBytesPerSecond ?? Infinity);
}
