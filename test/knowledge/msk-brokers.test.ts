import { describe, expect, it } from 'vitest';
import { MSK_BROKER_SIZES, mskBrokerSize, standardStorageBytesPerSecond } from '../../src/knowledge/msk-brokers.js';

const MiB = 2 ** 20;

describe('Amazon MSK broker sizes', () => {
  it.each([
    // The instance's EBS bandwidth is lower than the volume's 250 MiB/s on the small sizes...
    ['kafka.m5.large', false, 650e6 / 8],
    ['kafka.m7g.xlarge', false, 1250e6 / 8],
    // ...and higher on the large ones, where the volume caps unless throughput is provisioned.
    ['kafka.m5.2xlarge', false, 250 * MiB],
    ['kafka.m7g.4xlarge', false, 250 * MiB],
    ['kafka.m7g.8xlarge', true, 1000 * MiB],
    // Provisioned, capped again by the instance: 4,750 Mbit/s = 593.75 MB/s < 593 MiB/s; 5,000 Mbit/s < 625 MiB/s.
    ['kafka.m5.4xlarge', true, 4750e6 / 8],
    ['kafka.m7g.4xlarge', true, 5000e6 / 8],
    // Not provisionable: the default volume throughput stays.
    ['kafka.m5.2xlarge', true, 250 * MiB],
  ] as const)('%s (provisioned %s) writes at most %d bytes/s', (id, provisioned, expected) => {
    expect(standardStorageBytesPerSecond(mskBrokerSize(id)!, provisioned)).toBeCloseTo(expected, 0);
  });

  it.each([
    ['express.m7g.large', 15.6e6, 31.2e6],
    ['express.m7g.16xlarge', 500e6, 1000e6],
  ] as const)('%s: recommended ingress %d, egress %d bytes/s', (id, ingress, egress) => {
    expect(mskBrokerSize(id)).toMatchObject({ kind: 'express', ingressBytesPerSecond: ingress, egressBytesPerSecond: egress });
  });

  // AWS limits page, Express broker quota: the throttle quota and the partition counts per size.
  it.each([
    ['express.m7g.large', 23.4e6, 58.5e6, 1000, 1500],
    ['express.m7g.4xlarge', 187.5e6, 468.7e6, 6000, 8000],
    ['express.m7g.16xlarge', 750e6, 1875e6, 20000, 32000],
  ] as const)('%s: throttled above %d in / %d out bytes/s; %d partitions recommended, %d at most', (id, inQuota, outQuota, recommended, max) => {
    expect(mskBrokerSize(id)).toMatchObject({ ingressQuotaBytesPerSecond: inQuota, egressQuotaBytesPerSecond: outQuota, partitionsRecommended: recommended, partitionsMax: max });
  });

  it('holds each size once, with the figures its kind needs', () => {
    expect(new Set(MSK_BROKER_SIZES.map((s) => s.id)).size).toBe(MSK_BROKER_SIZES.length);
    for (const s of MSK_BROKER_SIZES) {
      expect(s.partitionsMax).toBeGreaterThanOrEqual(s.partitionsRecommended);
      if (s.kind === 'express') {
        expect(s.egressBytesPerSecond).toBeGreaterThan(s.ingressBytesPerSecond!);
        expect(s.ingressQuotaBytesPerSecond).toBeGreaterThan(s.ingressBytesPerSecond!);
        expect(s.egressQuotaBytesPerSecond).toBeGreaterThan(s.egressBytesPerSecond!);
      }
    }
  });
});
