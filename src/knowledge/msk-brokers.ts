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
// and was not re-read on that date.

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
const standard = (id: string, ebsMbps: number, provisioned: number | null, partitionsRecommended: number, partitionsMax: number): MskBrokerSize => ({
  id,
  kind: 'standard',
  ebsBaselineBytesPerSecond: ebsMbps * MBIT,
  provisionedStorageMiBps: provisioned,
  partitionsRecommended,
  partitionsMax,
});
const express = (id: string, ingressMBps: number, egressMBps: number, ingressQuotaMBps: number, egressQuotaMBps: number, partitionsRecommended: number, partitionsMax: number): MskBrokerSize => ({
  id,
  kind: 'express',
  partitionsRecommended,
  partitionsMax,
  ingressBytesPerSecond: ingressMBps * MB,
  egressBytesPerSecond: egressMBps * MB,
  ingressQuotaBytesPerSecond: ingressQuotaMBps * MB,
  egressQuotaBytesPerSecond: egressQuotaMBps * MB,
});

/** Every MSK provisioned broker size, smallest first within each family. */
export const MSK_BROKER_SIZES: readonly MskBrokerSize[] = [
  standard('kafka.t3.small', 174, null, 300, 300),
  standard('kafka.m5.large', 650, null, 1000, 1500),
  standard('kafka.m5.xlarge', 1150, null, 1000, 1500),
  standard('kafka.m5.2xlarge', 2300, null, 2000, 3000),
  standard('kafka.m5.4xlarge', 4750, 593, 4000, 6000),
  standard('kafka.m5.8xlarge', 6800, 850, 4000, 6000),
  standard('kafka.m5.12xlarge', 9500, 1000, 4000, 6000),
  standard('kafka.m5.16xlarge', 13600, 1000, 4000, 6000),
  standard('kafka.m5.24xlarge', 19000, 1000, 4000, 6000),
  standard('kafka.m7g.large', 630, null, 1000, 1500),
  standard('kafka.m7g.xlarge', 1250, null, 1000, 1500),
  standard('kafka.m7g.2xlarge', 2500, 312.5, 2000, 3000),
  standard('kafka.m7g.4xlarge', 5000, 625, 4000, 6000),
  standard('kafka.m7g.8xlarge', 10000, 1000, 4000, 6000),
  standard('kafka.m7g.12xlarge', 15000, 1000, 4000, 6000),
  standard('kafka.m7g.16xlarge', 20000, 1000, 4000, 6000),
  express('express.m7g.large', 15.6, 31.2, 23.4, 58.5, 1000, 1500),
  express('express.m7g.xlarge', 31.2, 62.5, 46.8, 117, 1000, 2000),
  express('express.m7g.2xlarge', 62.5, 125, 93.7, 234.2, 2500, 4000),
  express('express.m7g.4xlarge', 124.9, 249.8, 187.5, 468.7, 6000, 8000),
  express('express.m7g.8xlarge', 250, 500, 375, 937.5, 12000, 16000),
  express('express.m7g.12xlarge', 375, 750, 562.5, 1406.2, 16000, 24000),
  express('express.m7g.16xlarge', 500, 1000, 750, 1875, 20000, 32000),
];

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
