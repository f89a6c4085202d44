// The what-if analysis on the classic rebalance-loop case, and the small pieces it stands on.
import { describe, expect, it } from 'vitest';
import { numericDefault } from '../../../src/knowledge/catalog.js';
import { PLANNING } from '../../../src/knowledge/planning.js';
import { svgChart, sparkline } from '../../../src/method/diagnose/chart.js';
import { consumerSettingsFromText, resolveConsumerSettings } from '../../../src/method/diagnose/consumer-settings.js';
import { cohorts, shareLimit, trajectory } from '../../../src/method/queueing/fluid.js';
import { whatIf } from '../../../src/method/diagnose/whatif.js';
import { UserError } from '../../../src/model/errors.js';

describe('the classic case: 500 records x 2 s p99 against a 300 s poll interval', () => {
  const consumer = resolveConsumerSettings([], 'kafka-clients', '3.9');
  const report = whatIf({ arrivalPerSecond: 400, processing: { p50Ms: 50, p99Ms: 2000 }, instances: 6, partitions: 12, rateLimitPerSecond: 100, consumer });

  it('reads the defaults from the catalog', () => {
    expect(report.pollLoop.batchRecords).toBe(numericDefault('consumer', 'max.poll.records', '3.9'));
    expect(report.pollLoop.limitMs).toBe(numericDefault('consumer', 'max.poll.interval.ms', '3.9'));
    expect(report.consumer.settings.find((s) => s.name === 'max.poll.records')?.from).toBe('default (Kafka 3.9 consumer configs)');
  });

  it('predicts the rebalance loop with its arithmetic', () => {
    expect(report.pollLoop.worstBatchMs).toBe(1_000_000);
    expect(report.pollLoop.rebalanceLoopPredicted).toBe(true);
    const worst = report.pollLoop.checks.find((c) => c.id === 'poll/worst-batch')!;
    expect(worst.ok).toBe(false);
    expect(worst.message).toContain('500 × p99 2,000 ms = 1,000,000 ms');
    expect(worst.message).toContain('> max.poll.interval.ms 300,000 ms');
  });

  it('explains the mean it uses', () => {
    expect(report.service.meanMs).toBeCloseTo(50 * Math.exp((Math.log(40) / PLANNING.zP99) ** 2 / 2), 9);
    expect(report.service.explanation).toContain('log-normal through p50 50 ms and p99 2,000 ms');
  });

  it('says lag grows and how fast', () => {
    expect(report.capacity.verdict).toBe('grows');
    const mu = 1000 / report.service.meanMs;
    expect(report.capacity.consumerBoundPerSecond).toBeCloseTo(mu * 6, 9);
    expect(report.capacity.growthPerSecond).toBeCloseTo(400 - mu * 6, 9);
    expect(report.capacity.drain.seconds).toBeNull();
  });

  it('ranks poll-loop fixes first, then capacity, then rebalance cost', () => {
    const ids = report.recommendations.map((r) => r.id);
    expect(ids).toEqual([
      'poll/smaller-batches',
      'poll/longer-interval',
      'capacity/key-ordered-parallel',
      'capacity/more-partitions',
      'capacity/pending-topic',
      'rebalance/static-membership',
      'rebalance/cooperative',
    ]);
    expect(report.recommendations.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const smaller = report.recommendations[0]!;
    expect(smaller.change).toEqual({ 'max.poll.records': 75 });
    expect(smaller.why).toContain('300,000 ms × 0.5 / 2,000 ms = 75 records');
    expect(report.recommendations[1]!.change).toEqual({ 'max.poll.interval.ms': 2_040_000 });
    // Consumers are sized to the downstream limit (100 msg/s), not to the arrival rate.
    expect(report.recommendations[3]!.change).toEqual({ partitions: 18, instances: 18 });
    expect(report.recommendations[4]!.why).toContain('400 − 100 = 300 msg/s');
  });

  it('projects lag over time', () => {
    expect(report.projection.points).toHaveLength(61);
    expect(report.projection.points[0]!.value).toBe(report.inputs.backlog);
    expect(report.projection.sparkline).toHaveLength(61);
    expect(report.projection.sparkline.at(-1)).toBe('█');
  });
});

describe('settings written by the user win over defaults and keep their line', () => {
  it('uses the file', () => {
    const consumer = consumerSettingsFromText('# tuned\nmax.poll.records = 50\nmax.poll.interval.ms: 600000\n', 'c.properties', undefined, '3.9');
    const report = whatIf({ arrivalPerSecond: 10, processing: { p50Ms: 50, p99Ms: 2000 }, instances: 6, partitions: 12, consumer });
    expect(report.pollLoop.worstBatchMs).toBe(100_000);
    expect(report.pollLoop.rebalanceLoopPredicted).toBe(false);
    expect(consumer.settings['max.poll.records'].from).toBe('c.properties:2');
    expect(report.recommendations.map((r) => r.id)).not.toContain('poll/smaller-batches');
  });

  it('kafkajs: checks one message against sessionTimeout, not batches', () => {
    const consumer = resolveConsumerSettings([], 'kafkajs', '3.9');
    const report = whatIf({ arrivalPerSecond: 1, processing: { p50Ms: 5000, p99Ms: 40000 }, instances: 1, partitions: 1, consumer });
    expect(report.pollLoop.batchRecords).toBeNull();
    expect(report.pollLoop.rebalanceLoopPredicted).toBe(true);
    expect(report.recommendations[0]!.id).toBe('poll/session-timeout');
    expect(report.recommendations.at(-1)!.id).toBe('rebalance/kafkajs-eager-only');
  });

  it('rejects a non-numeric value with its line', () => {
    expect(() => consumerSettingsFromText('max.poll.records=lots\n', 'c.properties', undefined, '3.9')).toThrowError(UserError);
  });
});

describe('partition assignment', () => {
  const consumer = resolveConsumerSettings([], 'kafka-clients', '3.9');
  it('suggests an instance count that spreads partitions evenly', () => {
    const report = whatIf({ arrivalPerSecond: 100, processing: { p50Ms: 20, p99Ms: 100 }, instances: 5, partitions: 12, consumer });
    expect(report.capacity.limitedBy).toBe('partitions');
    const even = report.recommendations.find((r) => r.id === 'capacity/even-assignment')!;
    expect(even.change).toEqual({ instances: 6 });
    expect(even.why).toContain('leave the busiest with 3');
  });
  it('points out idle instances', () => {
    const report = whatIf({ arrivalPerSecond: 10, processing: { p50Ms: 20, p99Ms: 100 }, instances: 8, partitions: 4, consumer });
    expect(report.capacity.idleInstances).toBe(4);
    expect(report.recommendations.find((r) => r.id === 'capacity/idle-instances')?.change).toEqual({ instances: 4 });
  });
});

describe('processing times', () => {
  it('rejects p99 below p50', () => {
    const consumer = resolveConsumerSettings([], 'kafka-clients', '3.9');
    expect(() => whatIf({ arrivalPerSecond: 1, processing: { p50Ms: 100, p99Ms: 50 }, instances: 1, partitions: 1, consumer })).toThrowError(UserError);
  });
});

describe('fluid model', () => {
  it('splits partitions as a range assignor does', () => {
    expect(cohorts(12, 5)).toEqual([
      { consumers: 2, partitionsEach: 3 },
      { consumers: 3, partitionsEach: 2 },
    ]);
    expect(cohorts(4, 6)).toEqual([{ consumers: 4, partitionsEach: 1 }]);
  });
  it('shares a limit max-min fairly', () => {
    expect(
      shareLimit(
        [
          { consumers: 1, partitionsEach: 1 },
          { consumers: 2, partitionsEach: 1 },
        ],
        [2, 10],
        12,
      ),
    ).toEqual([2, 5]);
  });
  it('drains a backlog at capacity minus arrivals', () => {
    const tr = trajectory({ arrivalPerSecond: 50, partitions: 4, instances: 4, perConsumerPerSecond: 25, rateLimitPerSecond: Infinity }, 5000);
    expect(tr.drainSeconds).toBe(100);
    expect(tr.finalGrowthPerSecond).toBe(0);
  });
});

describe('charts', () => {
  it('draws a sparkline scaled to the maximum', () => {
    expect(sparkline([0, 1, 2, 3, 4, 5, 6, 7])).toBe('▁▂▃▄▅▆▇█');
    expect(sparkline([0, 0])).toBe('▁▁');
  });
  it('renders a standalone SVG with axes and the series', () => {
    const svg = svgChart(
      [
        { t: 0, value: 0 },
        { t: 60, value: 100 },
      ],
      { title: 'lag <projection>', yLabel: 'messages' },
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<polyline');
    expect(svg).toContain('lag &lt;projection&gt;');
    expect(svg).toContain('>100<');
    expect(svg).toContain('>60 s<');
  });
});

describe('arrival exactly at capacity', () => {
  it('neither grows nor drains', () => {
    const tr = trajectory({ arrivalPerSecond: 100, partitions: 3, instances: 3, perConsumerPerSecond: 100 / 3, rateLimitPerSecond: Infinity }, 0);
    expect(tr.finalGrowthPerSecond).toBe(0);
    expect(tr.drainSeconds).toBe(0);
  });
});

describe('consumer configs in the forms critique reads', () => {
  it('a librdkafka object', () => {
    const c = consumerSettingsFromText('{"group.id": "g", "max.poll.interval.ms": 600000}', 'consumer.json', undefined, '3.9');
    expect(c.family).toBe('librdkafka');
    expect(c.settings['max.poll.interval.ms']).toMatchObject({ value: '600000', from: 'consumer.json:1' });
  });
  it('a kafkajs consumer object', () => {
    const c = consumerSettingsFromText('groupId: g\nsessionTimeout: 20000\n', 'consumer.yaml', 'kafkajs', '3.9');
    expect(c.family).toBe('kafkajs');
    expect(c.settings['session.timeout.ms']).toMatchObject({ value: '20000', clientName: 'sessionTimeout', from: 'consumer.yaml:2' });
  });
});

describe('any sensible input', () => {
  it('gets a verdict, a finite projection and ranked recommendations (300 generated cases)', async () => {
    const { seededRandom } = await import('../../../src/method/diagnose/simulate.js');
    const r = seededRandom(99);
    const libraries = ['kafka-clients', 'confluent-kafka', 'kafkajs'];
    for (let i = 0; i < 300; i++) {
      const p50Ms = 1 + r() * 500;
      const consumer = resolveConsumerSettings([], libraries[i % 3]!, ['3.0', '3.9', '4.1'][i % 3]!);
      const report = whatIf({
        arrivalPerSecond: Math.floor(r() * 5000),
        processing: { p50Ms, p99Ms: p50Ms * (1 + r() * 100) },
        instances: 1 + Math.floor(r() * 40),
        partitions: 1 + Math.floor(r() * 64),
        rateLimitPerSecond: r() < 0.3 ? 1 + r() * 1000 : null,
        backlog: Math.floor(r() * 1e6),
        consumer,
      });
      expect(['grows', 'converges']).toContain(report.capacity.verdict);
      expect(report.capacity.verdict === 'grows').toBe(report.capacity.growthPerSecond > 0);
      for (const p of report.projection.points) expect(Number.isFinite(p.value) && p.value >= 0).toBe(true);
      expect(report.recommendations.map((x) => x.rank)).toEqual(report.recommendations.map((_, k) => k + 1));
      for (const rec of report.recommendations) expect(rec.why).not.toMatch(/NaN|undefined/);
    }
  });
});
