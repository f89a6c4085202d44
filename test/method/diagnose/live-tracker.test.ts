// Polled offsets -> Burrow and time-lag evaluation, on synthetic samples of typical groups.
import { describe, expect, it } from 'vitest';
import { LagTracker, nonFiniteAsString, type OffsetSample } from '../../../src/method/diagnose/live.js';

const T0 = 1_700_000_000_000;

/** Ten samples 1 s apart of one partition whose log end and committed offset follow the given functions. */
function samples(logEnd: (i: number) => number, committed: (i: number) => number | null, count = 10): OffsetSample[] {
  return Array.from({ length: count }, (_, i) => ({
    timestamp: T0 + i * 1000,
    groupFound: true,
    partitions: [{ topic: 't', partition: 0, committed: committed(i), logEnd: logEnd(i) }],
  }));
}

function evaluate(list: OffsetSample[]) {
  const tracker = new LagTracker();
  for (const s of list) tracker.add(s);
  return tracker.evaluate();
}

describe('live tracker', () => {
  it('a consumer slower than its producer is WARN, with lag in seconds', () => {
    const e = evaluate(
      samples(
        (i) => 1000 + 100 * i,
        (i) => 900 + 50 * i,
      ),
    );
    expect(e.group.status).toBe('WARN');
    expect(e.partitions[0]!.status).toBe('WARN');
    expect(e.partitions[0]!.reason).toContain('lag never fell');
    // Log end grows 100/s; committed 1350 was the log end at t = 3.5 s; now is 9 s.
    expect(e.partitions[0]!.lagSeconds).toBeCloseTo(5.5, 9);
    expect(e.partitions[0]!.lagMessages).toBe(1900 - 1350);
  });

  it('a consumer that stopped committing is STOP', () => {
    const e = evaluate(
      samples(
        (i) => 1000 + 100 * i,
        (i) => (i < 3 ? 500 + 100 * i : 700),
      ),
    );
    expect(e.partitions[0]!.status).toBe('STOP');
    expect(e.group.status).toBe('ERR');
    expect(e.partitions[0]!.reason).toMatch(/no new commit for 7 s, longer than the 2 s/);
  });

  it('a caught-up consumer is OK', () => {
    const e = evaluate(
      samples(
        (i) => 1000 + 100 * i,
        (i) => 1000 + 100 * i - (i % 2 ? 30 : 0),
      ),
    );
    expect(e.group.status).toBe('OK');
    expect(e.timeLag.maxTimeLagSeconds).toBeLessThan(1);
  });

  it('writes unbounded or unknown time lag as text in JSON', () => {
    const flat = evaluate(
      samples(
        () => 1000,
        () => 900,
      ),
    );
    expect(flat.partitions[0]!.lagSeconds).toBe(Infinity);
    expect(JSON.parse(JSON.stringify(flat, nonFiniteAsString)).timeLag.maxTimeLagSeconds).toBe('Infinity');
  });

  it('a group without committed offsets is NOTFOUND', () => {
    const e = evaluate(
      samples(
        (i) => 1000 + i,
        () => null,
      ).map((s) => ({ ...s, groupFound: false })),
    );
    expect(e.group.status).toBe('NOTFOUND');
  });

  it('keeps only the newest commits in the ring', () => {
    const e = evaluate(
      samples(
        (i) => 1000 + 100 * i,
        (i) => 900 + 50 * i,
        25,
      ),
    );
    expect(e.group.partitions[0]!.start!.timestamp).toBe(T0 + 15_000);
    expect(e.group.partitions[0]!.complete).toBe(1);
  });
});
