// The what-if model against a message-by-message simulation of the same consumer group, on
// generated cases: steady-state lag growth (overloaded groups) and drain time of a backlog
// (groups with headroom) must agree within 10 %.
import { describe, expect, it } from 'vitest';
import { capacity } from '../../../src/method/diagnose/capacity.js';
import { serviceTime } from '../../../src/method/queueing/service-time.js';
import { seededRandom, simulate, type SimulationResult } from '../../../src/method/diagnose/simulate.js';

const MAX_POLL_RECORDS = 100;
/** Simulated messages per case, to keep the suite fast. */
const EVENT_BUDGET = 150_000;

interface GeneratedCase {
  name: string;
  arrivalPerSecond: number;
  partitions: number;
  instances: number;
  p50Ms: number;
  p99Ms: number;
  rateLimitPerSecond: number | null;
  backlog: number;
}

function generate(kind: 'growth' | 'drain', count: number, seed: number): GeneratedCase[] {
  const r = seededRandom(seed);
  const between = (lo: number, hi: number) => lo + (hi - lo) * r();
  const int = (lo: number, hi: number) => Math.floor(between(lo, hi + 1));
  const out: GeneratedCase[] = [];
  for (let i = 0; i < count; i++) {
    const partitions = int(2, 24);
    const instances = int(1, partitions + 3);
    const p50Ms = between(10, 60);
    const p99Ms = p50Ms * between(1.5, 15);
    const service = serviceTime(p50Ms, p99Ms);
    const base = capacity({ arrivalPerSecond: 0, partitions, instances, service, rateLimitPerSecond: null, backlog: 0 });
    // Half the cases put a downstream limit well below what the consumers could do.
    const rateLimitPerSecond = i % 2 === 1 ? Math.round(base.consumerBoundPerSecond * between(0.3, 0.7)) : null;
    const sustainable = rateLimitPerSecond ?? base.consumerBoundPerSecond;
    const arrivalPerSecond = kind === 'growth' ? sustainable * between(1.3, 2.5) : sustainable * between(0.3, 0.7);
    const backlog = kind === 'growth' ? 0 : Math.round((sustainable - arrivalPerSecond) * between(150, 300));
    out.push({
      name: `${kind}-${i}: λ=${arrivalPerSecond.toFixed(1)} P=${partitions} n=${instances} p50=${p50Ms.toFixed(0)} p99=${p99Ms.toFixed(0)} R=${rateLimitPerSecond ?? '-'}`,
      arrivalPerSecond,
      partitions,
      instances,
      p50Ms,
      p99Ms,
      rateLimitPerSecond,
      backlog,
    });
  }
  return out;
}

function run(c: GeneratedCase, durationSeconds: number, seed: number): SimulationResult {
  return simulate({
    arrivalPerSecond: c.arrivalPerSecond,
    partitions: c.partitions,
    instances: c.instances,
    processing: { p50Ms: c.p50Ms, p99Ms: c.p99Ms },
    maxPollRecords: MAX_POLL_RECORDS,
    rateLimitPerSecond: c.rateLimitPerSecond ?? Infinity,
    initialBacklog: c.backlog,
    durationSeconds,
    sampleEverySeconds: 1,
    seed,
  });
}

/** Least-squares slope of lag over the given samples. */
function slope(samples: SimulationResult['samples']): number {
  const n = samples.length;
  const mt = samples.reduce((s, p) => s + p.t, 0) / n;
  const ml = samples.reduce((s, p) => s + p.lag, 0) / n;
  return samples.reduce((s, p) => s + (p.t - mt) * (p.lag - ml), 0) / samples.reduce((s, p) => s + (p.t - mt) ** 2, 0);
}

describe('what-if model vs discrete-event simulation', () => {
  it.each(generate('growth', 12, 2024).map((c, i) => [c.name, c, i] as const))('lag growth %s', (_name, c, i) => {
    const service = serviceTime(c.p50Ms, c.p99Ms);
    const predicted = capacity({ ...c, service, backlog: 0 });
    expect(predicted.verdict).toBe('grows');
    const duration = Math.min(900, EVENT_BUDGET / c.arrivalPerSecond);
    const sim = run(c, duration, 100 + i);
    const measured = slope(sim.samples.filter((s) => s.t >= duration / 3));
    expect(Math.abs(measured - predicted.growthPerSecond) / predicted.growthPerSecond).toBeLessThan(0.1);
  });

  it.each(generate('drain', 12, 7).map((c, i) => [c.name, c, i] as const))('drain time %s', (_name, c, i) => {
    const service = serviceTime(c.p50Ms, c.p99Ms);
    const predicted = capacity({ ...c, service });
    expect(predicted.verdict).toBe('converges');
    const drain = predicted.drain.seconds!;
    const sim = run(c, drain * 1.5, 500 + i);
    // Drained: every partition back within 2 % of its share of the backlog (what is left is the batch in flight).
    const measured = sim.samples.find((s) => s.t > 0 && s.maxPartitionLag <= (0.02 * c.backlog) / c.partitions)?.t ?? Infinity;
    expect(Math.abs(measured - drain) / drain).toBeLessThan(0.1);
  });
});
