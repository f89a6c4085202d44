// The capacity model behind the what-if analysis: messages as a fluid. Arrivals spread evenly over
// partitions; each consumer owns whole partitions (the busiest owns ceil(P/a)) and serves at most
// 1000/mean messages per second; a downstream rate limit is shared fairly (max-min) between the
// consumers that want more of it. Backlogs then change linearly between a few events, so lag over
// time, its growth rate and drain times follow exactly from the inputs.

export interface FluidModel {
  arrivalPerSecond: number;
  partitions: number;
  instances: number;
  /** Messages per second one consumer serves when it never waits (1000 / mean ms). */
  perConsumerPerSecond: number;
  /** Downstream limit on the whole group, messages per second; Infinity when none. */
  rateLimitPerSecond: number;
}

/** Consumers that own the same number of partitions behave alike. */
export interface Cohort {
  consumers: number;
  partitionsEach: number;
}

/** How partitions fall on consumers: P mod a consumers get one more than the rest. Extra instances idle. */
export function cohorts(partitions: number, instances: number): Cohort[] {
  const active = Math.min(partitions, instances);
  const low = Math.floor(partitions / active);
  const withMore = partitions % active;
  const out: Cohort[] = [];
  if (withMore > 0) out.push({ consumers: withMore, partitionsEach: low + 1 });
  out.push({ consumers: active - withMore, partitionsEach: low });
  return out;
}

/**
 * Max-min fair split of `limit` between cohorts wanting `demand` per consumer: everyone gets
 * their demand if it fits, otherwise a common level that the small demands stay under.
 */
export function shareLimit(groups: readonly Cohort[], demand: readonly number[], limit: number): number[] {
  const total = groups.reduce((s, g, i) => s + g.consumers * demand[i]!, 0);
  if (total <= limit) return [...demand];
  const order = demand.map((d, i) => [d, i] as const).sort((x, y) => x[0] - y[0]);
  const out = new Array<number>(demand.length).fill(0);
  let left = limit;
  let consumersLeft = groups.reduce((s, g) => s + g.consumers, 0);
  for (const [d, i] of order) {
    const level = left / consumersLeft;
    const take = Math.min(d, level);
    out[i] = take;
    left -= take * groups[i]!.consumers;
    consumersLeft -= groups[i]!.consumers;
  }
  return out;
}

/** The largest steady arrival rate the group keeps up with, and what sets it. */
export function sustainableRate(m: FluidModel): { perSecond: number; limitedBy: 'consumers' | 'partitions' | 'rate-limit'; consumerBound: number } {
  const busiest = Math.ceil(m.partitions / Math.min(m.partitions, m.instances));
  // The busiest consumer saturates first: its share of arrivals is busiest/P.
  const consumerBound = (m.perConsumerPerSecond * m.partitions) / busiest;
  if (m.rateLimitPerSecond < consumerBound) return { perSecond: m.rateLimitPerSecond, limitedBy: 'rate-limit', consumerBound };
  const evenlySpread = m.instances <= m.partitions && m.partitions % m.instances === 0;
  return { perSecond: consumerBound, limitedBy: evenlySpread ? 'consumers' : 'partitions', consumerBound };
}

export interface Trajectory {
  /** Total lag (messages) at event times, starting at t = 0 with the backlog. */
  breakpoints: Array<{ t: number; lag: number }>;
  /** Growth (messages per second) after the last breakpoint; 0 when lag stays at zero. */
  finalGrowthPerSecond: number;
  /** Seconds until every partition is caught up; null when it never happens. */
  drainSeconds: number | null;
  /** Messages per second the group delivers once the trajectory settles. */
  settledThroughputPerSecond: number;
}

/**
 * Lag over time after a backlog of `backlog` messages spread evenly over the partitions
 * (a spike), with arrivals continuing at the model's rate.
 */
export function trajectory(m: FluidModel, backlog: number): Trajectory {
  const groups = cohorts(m.partitions, m.instances);
  const load = groups.map((g) => (m.arrivalPerSecond * g.partitionsEach) / m.partitions);
  const backlogs = groups.map((g) => (backlog * g.partitionsEach) / m.partitions);
  const total = () => groups.reduce((s, g, i) => s + g.consumers * backlogs[i]!, 0);
  const breakpoints = [{ t: 0, lag: total() }];
  let t = 0;
  let drainSeconds: number | null = total() === 0 ? 0 : null;
  for (let phase = 0; phase <= groups.length + 1; phase++) {
    // A cohort is behind when it has a backlog or cannot get its load served; behind cohorts want
    // all they can process. Marking cohorts behind only ever lowers others' shares, so this settles.
    const behind = backlogs.map((b) => b > 0);
    let served: number[] = [];
    for (let pass = 0; pass <= groups.length; pass++) {
      const demand = groups.map((_, i) => (behind[i] ? m.perConsumerPerSecond : Math.min(load[i]!, m.perConsumerPerSecond)));
      served = shareLimit(groups, demand, m.rateLimitPerSecond);
      let changed = false;
      groups.forEach((_, i) => {
        if (!behind[i] && served[i]! < load[i]! - 1e-12) behind[i] = changed = true;
      });
      if (!changed) break;
    }
    const rate = groups.map((_, i) => (behind[i] ? load[i]! - served[i]! : 0));
    let next = Infinity;
    let which = -1;
    rate.forEach((r, i) => {
      if (backlogs[i]! > 0 && r < 0 && backlogs[i]! / -r < next) {
        next = backlogs[i]! / -r;
        which = i;
      }
    });
    const raw = groups.reduce((s, g, i) => s + g.consumers * rate[i]!, 0);
    // Arrival exactly at capacity leaves rounding dust, not growth.
    const growth = raw > 1e-9 * Math.max(1, m.arrivalPerSecond) ? raw : 0;
    const throughput = groups.reduce((s, g, i) => s + g.consumers * served[i]!, 0);
    if (which < 0) return { breakpoints, finalGrowthPerSecond: growth, drainSeconds: growth > 0 ? null : drainSeconds, settledThroughputPerSecond: throughput };
    t += next;
    backlogs.forEach((b, i) => {
      backlogs[i] = i === which ? 0 : Math.max(0, b + rate[i]! * next);
    });
    breakpoints.push({ t, lag: total() });
    if (total() === 0 && drainSeconds === null) drainSeconds = t;
  }
  throw new Error('fluid trajectory did not settle');
}

/** Lag at time t along a trajectory. */
export function lagAt(tr: Trajectory, t: number): number {
  const b = tr.breakpoints;
  for (let i = 1; i < b.length; i++) {
    if (t <= b[i]!.t) {
      const l = b[i - 1]!;
      const r = b[i]!;
      return l.lag + ((r.lag - l.lag) * (t - l.t)) / (r.t - l.t);
    }
  }
  const last = b[b.length - 1]!;
  return Math.max(0, last.lag + tr.finalGrowthPerSecond * (t - last.t));
}
