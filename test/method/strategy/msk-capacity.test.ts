import { describe, expect, it } from 'vitest';
import { mskBrokerSize } from '../../../src/knowledge/msk-brokers.js';
import { design } from '../../../src/method/design.js';
import { mskFit, type MskLoad } from '../../../src/method/strategy/msk-capacity.js';
import { requirements } from '../helpers.js';

const load = (ingressMB: number, rf: number, readers: number, replicas = 300): MskLoad => ({
  ingress: ingressMB * 1e6,
  replicatedWrites: ingressMB * 1e6 * rf,
  egress: ingressMB * 1e6 * readers,
  replicas,
});

describe('mskFit', () => {
  it.each([
    // Standard: replicated writes / brokers against min(250 MiB/s, EBS bandwidth) x 80 %.
    // kafka.m5.large: 650 Mbit/s = 81.25 MB/s x 0.8 = 65 MB/s per broker.
    ['kafka.m5.large', load(60, 3, 1), 3, true, 3],
    ['kafka.m5.large', load(70, 3, 1), 3, false, 6],
    // kafka.m7g.2xlarge: the volume's 250 MiB/s (262 MB/s) x 0.8 = 210 MB/s per broker.
    ['kafka.m7g.2xlarge', load(200, 3, 1), 3, true, 3],
    // Express: client ingress and egress per broker, RF not counted; brokers in threes.
    ['express.m7g.large', load(45, 3, 2), 3, true, 3],
    ['express.m7g.large', load(45, 3, 3), 3, false, 6],
  ] as const)('%s with %o on %i brokers: fits %s, %i needed', (id, l, brokers, fits, needed) => {
    const f = mskFit(mskBrokerSize(id)!, l, brokers, 3);
    expect([f.fits, f.brokersNeeded]).toEqual([fits, needed]);
  });
});

describe('an MSK design without a broker size', () => {
  const assumption = (peak: number) =>
    design(
      requirements(
        { throughput: { peak_per_second: peak, message_bytes: 1000 }, processing: { per_message_ms: { p50: 0.01, p99: 0.05 } } },
        { cluster: { kafka_version: '3.9', brokers: 3, platform: 'msk' } },
      ),
    ).assumptions.find((a) => a.field === 'cluster.broker_type');

  it('assumes the smallest kafka.m7g size that carries it, and says the arithmetic', () => {
    // 10,000/s x 1 KB x 0.5 (lz4, assumed) x RF 3 / 3 = 5 MB/s per broker: the smallest size carries it.
    expect(assumption(10_000)).toMatchObject({ value: 'kafka.m7g.large', why: expect.stringMatching(/smallest kafka\.m7g size.*per broker volume/) });
  });

  it('says when even the largest does not', () => {
    expect(assumption(3_000_000)).toMatchObject({ value: 'kafka.m7g.16xlarge', why: expect.stringMatching(/no kafka\.m7g size carries/) });
  });
});
