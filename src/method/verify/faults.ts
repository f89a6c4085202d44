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
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  const faults = names.filter((n): n is Fault => (FAULTS as readonly string[]).includes(n));
  return { faults: [...new Set(faults)], unknown: names.filter((n) => !(FAULTS as readonly string[]).includes(n)) };
}

export function planFaults(faults: readonly Fault[], t: FaultTarget): FaultStep[] {
  const steps: FaultStep[] = [];
  const leaders = [...t.leaders];
  const moveAll = (at: number, fault: Fault, from?: number): void => {
    for (let p = 0; p < t.partitions; p++) {
      if (from !== undefined && leaders[p] !== from) continue;
      let to = nextBroker(leaders[p]!, t.brokers);
      if (to === from) to = nextBroker(to, t.brokers);
      leaders[p] = to;
      steps.push({ at, fault, action: { kind: 'leader', topic: t.topic, partition: p, broker: to } });
    }
  };
  for (const fault of faults) {
    switch (fault) {
      case 'leader-change':
        if (t.brokers < 2) break;
        // Two elections, as in a rolling restart: every partition moves twice.
        moveAll(0.25, fault);
        moveAll(0.55, fault);
        break;
      case 'broker-down': {
        if (t.brokers < 2) break;
        // A crash as the cluster sees it: the controller moves leadership off the broker, then
        // clients find it gone; it comes back later (leadership stays where it went).
        const victim = leaders[0] ?? 1;
        moveAll(0.35, fault, victim);
        steps.push({ at: 0.35, fault, action: { kind: 'broker-down', broker: victim } });
        steps.push({ at: 0.7, fault, action: { kind: 'broker-up', broker: victim } });
        break;
      }
      case 'slow-acks':
        for (let b = 1; b <= t.brokers; b++) {
          steps.push({ at: 0.3, fault, action: { kind: 'slow-acks', broker: b, count: 2, delayMs: t.requestTimeoutMs + 1000 } });
        }
        break;
      case 'request-errors':
        steps.push({
          at: 0.45,
          fault,
          action: { kind: 'request-errors', apiKey: API_KEY.produce, codes: [ERROR_CODE.notLeaderOrFollower, ERROR_CODE.requestTimedOut, ERROR_CODE.notEnoughReplicas, ERROR_CODE.disconnect] },
        });
        steps.push({ at: 0.5, fault, action: { kind: 'request-errors', apiKey: API_KEY.fetch, codes: [ERROR_CODE.notLeaderOrFollower, ERROR_CODE.disconnect] } });
        break;
    }
  }
  return steps.sort((a, b) => a.at - b.at);
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
