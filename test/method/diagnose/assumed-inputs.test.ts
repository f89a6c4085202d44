// The lag what-if on the same problem, stated or assumed: a failing poll-loop check is an error when
// the batch and the processing time it multiplies were stated, and at most a warning that names the
// assumption and asks for it when either was filled in; lag that grows on an assumed instance count
// says so too.
import { describe, expect, it } from 'vitest';
import { consumerSettingsFromText, resolveConsumerSettings } from '../../../src/method/diagnose/consumer-settings.js';
import { whatIf, type WhatIfInput } from '../../../src/method/diagnose/whatif.js';
import { facts } from '../helpers.js';

const defaults = resolveConsumerSettings([], 'kafka-clients', '3.9');
/** A Java consumer config that leaves max.poll.records out: its default of 500 is in force for certain. */
const javaFile = consumerSettingsFromText('group.id=g\nenable.auto.commit=false\n', 'consumer.properties', 'kafka-clients', '3.9');
const base = { arrivalPerSecond: 10, instances: 4, partitions: 4, rateLimitPerSecond: null } as const;

interface Row {
  name: string;
  /** Every fact the failing check rests on, stated. */
  stated: WhatIfInput;
  /** The same, with one of them left to the analysis. */
  assumed: WhatIfInput;
  field: string;
  asks: RegExp;
}

const rows: Row[] = [
  {
    // 500 records x mean ~1.1 s ≈ 550 s > 300 s on every full batch.
    name: 'the batch, with no consumer config given',
    stated: { ...base, processing: { p50Ms: 1000, p99Ms: 2000 }, batchRecords: 500, consumer: defaults },
    assumed: { ...base, processing: { p50Ms: 1000, p99Ms: 2000 }, consumer: defaults },
    field: 'batch_records',
    asks: /records .* per poll \(max\.poll\.records\)/,
  },
  {
    // A range 100-2,000 ms: its middle (1,050 ms) is the assumed median, and 300 records at that mean outlive 300 s.
    name: 'the median, taken as the middle of a range',
    stated: { ...base, processing: { p50Ms: 1050, p99Ms: 2000 }, batchRecords: 300, consumer: defaults },
    assumed: { ...base, processing: { minMs: 100, maxMs: 2000 }, batchRecords: 300, consumer: defaults },
    field: 'processing_p50_ms',
    asks: /typical \(median\) record/,
  },
];

describe('lag what-if: checks resting on assumed inputs', () => {
  for (const row of rows) {
    it(`${row.name}: stated, an error`, () => {
      const typical = whatIf(row.stated).pollLoop.checks.find((c) => c.id === 'poll/typical-batch')!;
      expect([typical.ok, typical.severity, typical.assumed]).toEqual([false, 'error', undefined]);
    });
    it(`${row.name}: assumed, a warning that asks`, () => {
      const typical = whatIf(row.assumed).pollLoop.checks.find((c) => c.id === 'poll/typical-batch')!;
      expect([typical.ok, typical.severity]).toEqual([false, 'warning']);
      expect(typical.assumed).toContain(row.field);
      expect(typical.question).toMatch(row.asks);
      expect(typical.message).toContain(`(assumed, not stated: ${row.field} = `);
    });
  }

  it('a config file that leaves max.poll.records out: its default is certain, the error stands', () => {
    const typical = whatIf({ ...base, processing: { p50Ms: 1000, p99Ms: 2000 }, consumer: javaFile }).pollLoop.checks.find((c) => c.id === 'poll/typical-batch')!;
    expect([typical.ok, typical.severity, typical.assumed]).toEqual([false, 'error', undefined]);
  });

  it('lag that grows on an assumed single instance says so and asks how many run', () => {
    const input = { arrivalPerSecond: 50, processing: { p50Ms: 40, p99Ms: 80 }, partitions: 1, rateLimitPerSecond: null, consumer: defaults } satisfies WhatIfInput;
    const assumed = whatIf(input).capacity;
    expect([assumed.verdict, assumed.assumed]).toEqual(['grows', ['instances']]);
    expect(assumed.question).toMatch(/How many consumer instances/);
    expect(assumed.why.at(-1)).toMatch(/^this verdict rests on assumed instances = 1/);
    const stated = whatIf({ ...input, instances: 1 }).capacity;
    expect([stated.verdict, stated.assumed, stated.question]).toEqual(['grows', undefined, undefined]);
  });

  // One processing figure means the same to design and to the what-if: the same assumed tail or median.
  const oneFigure = [
    { stated: { p50Ms: 50 }, perMessage: { p50: 50 }, field: 'processing_p99_ms', check: 'poll/worst-batch', asks: /slowest 1%/ },
    { stated: { p99Ms: 2000 }, perMessage: { p99: 2000 }, field: 'processing_p50_ms', check: 'poll/typical-batch', asks: /typical \(median\)/ },
  ] as const;
  for (const row of oneFigure) {
    it(`one figure (${Object.keys(row.stated)[0]}): the other is assumed as design assumes it, and asked for`, () => {
      const designed = facts({ processing: { per_message_ms: row.perMessage } }).flows[0]!.processing;
      const report = whatIf({ ...base, processing: row.stated, batchRecords: 100_000, consumer: defaults });
      expect(report.inputs.processing).toEqual({ p50Ms: designed.p50Ms, p99Ms: designed.p99Ms });
      expect(report.service.p99Ms).toBeGreaterThan(report.service.p50Ms);
      const resting = report.pollLoop.checks.find((c) => c.id === row.check)!;
      expect([resting.ok, resting.severity]).toEqual([false, 'warning']);
      expect(resting.assumed).toContain(row.field);
      expect(resting.question).toMatch(row.asks);
    });
  }
});
