// The faults verify can inject, and when: a schedule of actions keyed to the share of records
// sent, so a run is repeatable whatever the machine's speed.

export const FAULTS = ['leader-change', 'broker-down', 'slow-acks', 'request-errors'] as const;
export type Fault = (typeof FAULTS)[number];

/** Kafka protocol ApiKeys the faults aim at. */
export const API_KEY = { produce: 0, fetch: 1 } as const;

/** Error codes injected by request-errors (Kafka protocol codes; -195 makes the mock disconnect). */
export const ERROR_CODE = { notLeaderOrFollower: 6, requestTimedOut: 7, notEnoughReplicas: 19, disconnect: -195 } as const;

export type FaultAction =
  | { kind: 'leader'; topic: string; partition: number; broker: number }
  | { kind: 'broker-down'; broker: number }
  | { kind: 'broker-up'; broker: number }
  /** The next `count` produce responses of `broker` arrive after `delayMs` (the write itself succeeds). */
  | { kind: 'slow-acks'; broker: number; count: number; delayMs: number }
  | { kind: 'request-errors'; apiKey: number; codes: number[] };

export interface FaultStep {
  /** Fire once this share (0..1) of the records has been handed to the producer. */
  at: number;
  fault: Fault;
  action: FaultAction;
}

export interface FaultTarget {
  topic: string;
  partitions: number;
  brokers: number;
  /** Current leader per partition. */
  leaders: readonly number[];
  /** The producer's request timeout: slow acks must outlast it to matter. */
  requestTimeoutMs: number;
}

const nextBroker = (id: number, brokers: number): number => (id % brokers) + 1;

/** Parses a comma-separated --faults value; unknown names are returned separately. */
export function parseFaults(value: string): { faults: Fault[]; unknown: string[] } {
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const faults = names.filter((n): n is Fault => (FAULTS as readonly string[]).includes(n));
  return { faults: [...new Set(faults)], unknown: names.filter((n) => !(FAULTS as readonly string[]).includes(n)) };
}

type Moment = { at: number; fault: Fault; kind: 'elect' | 'crash' | 'recover' | 'slow-acks' | 'produce-errors' | 'fetch-errors' };

const MOMENTS: Record<Fault, Array<Omit<Moment, 'fault'>>> = {
  // Two elections, as in a rolling restart: every partition moves twice.
  'leader-change': [
    { at: 0.25, kind: 'elect' },
    { at: 0.55, kind: 'elect' },
  ],
  // A crash as the cluster sees it: the controller moves leadership off the broker, clients
  // find it gone; it comes back later (leadership stays where it went).
  'broker-down': [
    { at: 0.35, kind: 'crash' },
    { at: 0.7, kind: 'recover' },
  ],
  'slow-acks': [{ at: 0.3, kind: 'slow-acks' }],
  'request-errors': [
    { at: 0.45, kind: 'produce-errors' },
    { at: 0.5, kind: 'fetch-errors' },
  ],
};

/**
 * The actions for the chosen faults, worked out in time order against the cluster they leave
 * behind, so that an election never hands leadership to a broker that is down.
 */
export function planFaults(faults: readonly Fault[], t: FaultTarget): FaultStep[] {
  const moments = faults.flatMap((fault) => MOMENTS[fault].map((m) => ({ ...m, fault }))).sort((a, b) => a.at - b.at);
  const leaders = [...t.leaders];
  const down = new Set<number>();
  const steps: FaultStep[] = [];
  const nextLive = (id: number): number => {
    let to = id;
    for (let i = 0; i < t.brokers; i++) {
      to = nextBroker(to, t.brokers);
      if (!down.has(to) && to !== id) return to;
    }
    return id;
  };
  const move = (m: Moment, p: number) => {
    const to = nextLive(leaders[p]!);
    if (to === leaders[p]) return;
    leaders[p] = to;
    steps.push({ at: m.at, fault: m.fault, action: { kind: 'leader', topic: t.topic, partition: p, broker: to } });
  };
  let victim: number | undefined;
  for (const m of moments) {
    switch (m.kind) {
      case 'elect':
        for (let p = 0; p < t.partitions; p++) move(m, p);
        break;
      case 'crash':
        if (t.brokers < 2) break;
        victim = leaders[0] ?? 1;
        down.add(victim);
        for (let p = 0; p < t.partitions; p++) if (leaders[p] === victim) move(m, p);
        steps.push({ at: m.at, fault: m.fault, action: { kind: 'broker-down', broker: victim } });
        break;
      case 'recover':
        if (victim === undefined) break;
        down.delete(victim);
        steps.push({ at: m.at, fault: m.fault, action: { kind: 'broker-up', broker: victim } });
        break;
      case 'slow-acks':
        for (let b = 1; b <= t.brokers; b++) {
          if (!down.has(b)) steps.push({ at: m.at, fault: m.fault, action: { kind: 'slow-acks', broker: b, count: 2, delayMs: t.requestTimeoutMs + 1000 } });
        }
        break;
      case 'produce-errors':
        steps.push({
          at: m.at,
          fault: m.fault,
          action: { kind: 'request-errors', apiKey: API_KEY.produce, codes: [ERROR_CODE.notLeaderOrFollower, ERROR_CODE.requestTimedOut, ERROR_CODE.notEnoughReplicas, ERROR_CODE.disconnect] },
        });
        break;
      case 'fetch-errors':
        steps.push({ at: m.at, fault: m.fault, action: { kind: 'request-errors', apiKey: API_KEY.fetch, codes: [ERROR_CODE.notLeaderOrFollower, ERROR_CODE.disconnect] } });
        break;
    }
  }
  return steps;
}

/** One line saying what an action does, for the report. */
export function describeAction(a: FaultAction): string {
  switch (a.kind) {
    case 'leader':
      return a.broker === -1 ? `${a.topic}[${a.partition}] loses its leader` : `${a.topic}[${a.partition}] leader -> broker ${a.broker}`;
    case 'broker-down':
      return `broker ${a.broker} down`;
    case 'broker-up':
      return `broker ${a.broker} up`;
    case 'slow-acks':
      return `broker ${a.broker}: next ${a.count} produce acks delayed ${a.delayMs} ms (past the request timeout)`;
    case 'request-errors':
      return `next ${a.codes.length} ${a.apiKey === API_KEY.produce ? 'produce' : a.apiKey === API_KEY.fetch ? 'fetch' : `ApiKey ${a.apiKey}`} requests fail with ${a.codes.join(', ')}`;
  }
}
