import { describe, expect, it } from 'vitest';
import { decideCompression, decideTieredStorage, planDisk } from '../../../src/method/strategy/storage.js';
import type { Flow, Requirements } from '../../../src/model/requirements.js';
import { facts } from '../helpers.js';

const compressionOf = (flow: Partial<Flow>, top: Partial<Requirements> = {}) => {
  const f = facts(flow, top);
  return decideCompression(f, f.flows[0]!, f.flows[0]!.messageBytes, 3);
};
const busy = { average_per_second: 5000, peak_per_second: 10000, message_bytes: 1000 };

describe('decideCompression', () => {
  it.each([
    // flow, top, codec, ratio, why pattern
    [{ throughput: busy }, {}, 'lz4', 0.5, /lz4 cuts network/],
    [{ throughput: busy, schema: { format: 'avro' as const } }, {}, 'lz4', 0.75, /binary/],
    [{ throughput: busy }, { priority: 'cost' as const }, 'zstd', 0.35, /priority cost/],
    [{ throughput: busy }, { priority: 'latency' as const }, 'lz4', 0.5, /priority latency/],
    [{ throughput: { ...busy, compression_ratio: 1 } }, { priority: 'cost' as const }, 'none', 1, /already compressed/],
    [{ throughput: { ...busy, compression_ratio: 0.95 } }, {}, 'none', 0.95, /already compressed/],
    [{ throughput: { ...busy, compression_ratio: 0.2 } }, { priority: 'cost' as const }, 'zstd', 0.2, /compression_ratio 0.2 as stated/],
    [{ throughput: { peak_per_second: 10, message_bytes: 500 } }, {}, 'none', 1, /left off/],
    [{ throughput: busy }, { regions: { count: 2 } }, 'zstd', 0.35, /2 regions/],
    // lz4 output would fill more than 75 % of 1 TB per broker: zstd
    [{ throughput: busy, retention: '30d' }, { cluster: { kafka_version: '3.9', brokers: 3, disk_per_broker: '4TB' } }, 'zstd', 0.35, /above 75 %/],
    // zstd floor: kafkajs has no built-in zstd, librdkafka before 1.0 none at all
    [{ throughput: busy }, { priority: 'cost' as const, client: { language: 'typescript' as const, library: 'kafkajs' } }, 'lz4', 0.5, /cannot write zstd/],
    [{ throughput: busy }, { priority: 'cost' as const, client: { language: 'python' as const, library: 'confluent-kafka', library_version: '0.11.6' } }, 'lz4', 0.5, /cannot write zstd/],
  ] as const)('%j %j -> %s x%s', (flow, top, codec, ratio, why) => {
    const c = compressionOf(flow as Partial<Flow>, top as Partial<Requirements>);
    expect(c.codec).toBe(codec);
    expect(c.ratio).toBe(ratio);
    expect(c.why).toMatch(why);
  });

  it('states an assumed ratio as an assumption, never a stated one', () => {
    expect(compressionOf({ throughput: busy }).assumption?.field).toBe('flows[0].throughput.compression_ratio');
    expect(compressionOf({ throughput: { ...busy, compression_ratio: 0.4 } }).assumption).toBeUndefined();
  });
});

describe('planDisk', () => {
  const plan = (flow: Partial<Flow>, top: Partial<Requirements>, partitions: number, localRetentionMs: number | null = null) => {
    const f = facts(flow, top);
    const compression = decideCompression(f, f.flows[0]!, f.flows[0]!.messageBytes, 3);
    return { compression, disk: planDisk({ facts: f, flow: f.flows[0]!, recordBytes: f.flows[0]!.messageBytes, partitions, replicationFactor: 3, compression, localRetentionMs, segmentMs: null }) };
  };

  it('is all replicas x retention x compression / brokers, plus one open segment per partition replica', () => {
    // 3,000/s peak x 1 KB = 3 MB/s, above the compression threshold: lz4 at 0.5
    const { compression, disk } = plan({ throughput: { average_per_second: 1000, peak_per_second: 3000, message_bytes: 1000 }, retention: '1d' }, { cluster: { kafka_version: '3.9', brokers: 3 } }, 6);
    expect(compression.codec).toBe('lz4');
    const retained = 1000 * 1000 * 0.5 * 86400 * 3;
    // open segment: min(1 GiB, 500 KB/s / 6 x 7 d) = 1 GiB per replica, 18 replicas
    const open = 1073741824 * 18;
    expect(disk.bytesPerBroker).toBeCloseTo((retained + open) / 3, 0);
    expect(disk.why).toMatch(/per partition replica/);
    expect(disk.why).not.toMatch(/before compression/);
  });

  it('with a stated ratio of 1 says the payloads arrive compressed, not "before compression"', () => {
    const { disk } = plan({ throughput: { average_per_second: 1000, peak_per_second: 3000, message_bytes: 1000, compression_ratio: 1 }, retention: '1d' }, {}, 6);
    expect(disk.why).toMatch(/payloads arrive compressed/);
    expect(disk.why).not.toMatch(/before compression/);
  });

  it('counts only local retention with tiered storage, and names the remote tier', () => {
    const flow = { throughput: { average_per_second: 1000, peak_per_second: 3000, message_bytes: 1000 }, retention: '30d' };
    const local = plan(flow, {}, 6, 86_400_000).disk;
    const all = plan(flow, {}, 6).disk;
    expect(local.bytesPerBroker!).toBeLessThan(all.bytesPerBroker! / 10);
    expect(local.why).toMatch(/Remote tier/);
  });
});

describe('decideTieredStorage', () => {
  it.each([
    // top, flow, tiered?, why pattern
    [{ cluster: { kafka_version: '3.9', brokers: 3, tiered_storage: true } }, { retention: '30d' }, true, null],
    [{ cluster: { kafka_version: '3.9', brokers: 3 } }, { retention: '30d' }, false, null],
    [{ cluster: { kafka_version: '3.3', brokers: 3, tiered_storage: true } }, { retention: '30d' }, false, /has none/],
    [{ cluster: { kafka_version: '3.9', brokers: 3, tiered_storage: true } }, { key: 'id', state: true }, false, /compacted/],
    [{ cluster: { kafka_version: '3.9', brokers: 3, tiered_storage: true } }, { retention: '2d' }, false, /under 3 x/],
    [{ cluster: { kafka_version: '3.9', brokers: 3, tiered_storage: true, platform: 'redpanda' } }, { retention: '30d' }, false, /redpanda.remote.write/],
    [{ cluster: { kafka_version: '3.9', brokers: 3, tiered_storage: true, platform: 'confluent-cloud' } }, { retention: '30d' }, false, /tiered by the service/],
  ] as const)('%j %j -> tiered %s', (top, flow, tiered, why) => {
    const f = facts(flow as Partial<Flow>, top as Partial<Requirements>);
    const d = decideTieredStorage(f, f.flows[0]!);
    expect(d.tiered !== null).toBe(tiered);
    if (why) expect(d.why).toMatch(why);
  });

  it('keeps less local retention for cost than for durability', () => {
    const local = (priority: 'cost' | 'durability') => {
      const f = facts({ retention: '90d' }, { priority, cluster: { kafka_version: '4.0', brokers: 3, tiered_storage: true } });
      return decideTieredStorage(f, f.flows[0]!).tiered!.localRetentionMs;
    };
    expect(local('cost')).toBeLessThan(local('durability'));
  });
});
