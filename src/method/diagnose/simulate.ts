// A discrete-event simulation of a consumer group, message by message, used to check the fluid
// model in fluid.ts. Messages arrive as a Poisson stream on random partitions; each consumer polls
// up to max.poll.records from its partitions, processes them one after another (log-normal times,
// each call waiting for a token of a shared downstream rate limit) and commits after the batch.
// Lag is what a monitor sees: log-end offset minus committed offset, summed over partitions.
// Deterministic for a seed, so tests can assert on it.
import { PLANNING } from '../../knowledge/planning.js';

export interface SimulationInput {
  arrivalPerSecond: number;
  partitions: number;
  instances: number;
  /** Processing time per message; drawn from the log-normal through both percentiles. */
  processing: { p50Ms: number; p99Ms: number };
  maxPollRecords: number;
  /** Messages per second for the whole group; Infinity when none. */
  rateLimitPerSecond: number;
  /** Messages already waiting at t = 0, spread evenly over the partitions. */
  initialBacklog: number;
  durationSeconds: number;
  sampleEverySeconds: number;
  seed: number;
}

export interface SimulationSample {
  t: number;
  /** Total lag: log-end minus committed offsets over all partitions. */
  lag: number;
  /** The largest lag of a single partition. */
  maxPartitionLag: number;
}

export interface SimulationResult {
  samples: SimulationSample[];
  processed: number;
}

/** mulberry32: a small, fast, seedable PRNG (uniform in [0, 1)). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SimConsumer {
  partitions: number[];
  /** Partition of each message in the current batch, in processing order. */
  batch: number[];
  next: number;
  /** Time the current message finishes; Infinity when idle. */
  busyUntil: number;
  roundRobin: number;
}

export function simulate(input: SimulationInput): SimulationResult {
  const random = seededRandom(input.seed);
  const standardNormal = () => {
    const u = 1 - random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const mu = Math.log(input.processing.p50Ms);
  const sigma = Math.log(input.processing.p99Ms / input.processing.p50Ms) / PLANNING.zP99;
  const serviceSeconds = () => Math.exp(mu + sigma * standardNormal()) / 1000;
  const P = input.partitions;
  const logEnd = new Array<number>(P).fill(0);
  const position = new Array<number>(P).fill(0);
  const committed = new Array<number>(P).fill(0);
  const spread = Math.floor(input.initialBacklog / P);
  for (let p = 0; p < P; p++) logEnd[p] = spread + (p < input.initialBacklog % P ? 1 : 0);

  // Range-style assignment: the first P mod a consumers own one partition more (as in fluid.ts).
  const active = Math.min(P, input.instances);
  const owner = new Array<number>(P);
  const consumers: SimConsumer[] = [];
  let p0 = 0;
  for (let c = 0; c < active; c++) {
    const count = Math.floor(P / active) + (c < P % active ? 1 : 0);
    const owned = Array.from({ length: count }, (_, k) => p0 + k);
    owned.forEach((p) => (owner[p] = c));
    p0 += count;
    consumers.push({ partitions: owned, batch: [], next: 0, busyUntil: Infinity, roundRobin: 0 });
  }

  // A token bucket holding up to one second of tokens: tokens are not lost while no consumer asks.
  let nextToken = 0;
  const tokenGap = Number.isFinite(input.rateLimitPerSecond) ? 1 / input.rateLimitPerSecond : 0;
  const startMessage = (c: SimConsumer, now: number) => {
    let start = now;
    if (tokenGap > 0) {
      nextToken = Math.max(nextToken, now - 1);
      start = Math.max(now, nextToken);
      nextToken += tokenGap;
    }
    c.busyUntil = start + serviceSeconds();
  };
  const poll = (c: SimConsumer, now: number) => {
    c.batch = [];
    c.next = 0;
    const n = c.partitions.length;
    for (let k = 0; k < n && c.batch.length < input.maxPollRecords; k++) {
      const p = c.partitions[(c.roundRobin + k) % n]!;
      const take = Math.min(logEnd[p]! - position[p]!, input.maxPollRecords - c.batch.length);
      for (let i = 0; i < take; i++) c.batch.push(p);
      position[p]! += take;
    }
    c.roundRobin = (c.roundRobin + 1) % n;
    if (c.batch.length === 0) c.busyUntil = Infinity;
    else startMessage(c, now);
  };
  const commitBatch = (c: SimConsumer) => {
    for (const p of c.partitions) committed[p] = position[p]!;
  };

  const samples: SimulationResult['samples'] = [];
  let processed = 0;
  let nextArrival = input.arrivalPerSecond > 0 ? -Math.log(1 - random()) / input.arrivalPerSecond : Infinity;
  let nextSample = 0;
  for (const c of consumers) poll(c, 0);
  for (;;) {
    let busiest = -1;
    let soonest = Infinity;
    for (let i = 0; i < consumers.length; i++) {
      if (consumers[i]!.busyUntil < soonest) {
        soonest = consumers[i]!.busyUntil;
        busiest = i;
      }
    }
    const now = Math.min(nextArrival, soonest, nextSample);
    if (now > input.durationSeconds) break;
    if (now === nextSample) {
      let lag = 0;
      let maxPartitionLag = 0;
      for (let p = 0; p < P; p++) {
        const l = logEnd[p]! - committed[p]!;
        lag += l;
        if (l > maxPartitionLag) maxPartitionLag = l;
      }
      samples.push({ t: now, lag, maxPartitionLag });
      nextSample += input.sampleEverySeconds;
    } else if (now === nextArrival) {
      const p = Math.floor(random() * P);
      logEnd[p]!++;
      const c = consumers[owner[p]!]!;
      if (c.busyUntil === Infinity) poll(c, now);
      nextArrival = now - Math.log(1 - random()) / input.arrivalPerSecond;
    } else {
      const c = consumers[busiest]!;
      processed++;
      c.next++;
      if (c.next < c.batch.length) startMessage(c, now);
      else {
        commitBatch(c);
        poll(c, now);
      }
    }
  }
  return { samples, processed };
}
