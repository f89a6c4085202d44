// The same problem, stated by the user or assumed by the specialist: stated, the rule raises its
// error; assumed, the finding says which value was assumed, asks the question that settles it, and
// is at most a warning (the kernel caps it, whatever the rule).
import { describe, expect, it } from 'vitest';
import { design } from '../../../../src/method/design.js';
import type { Flow, Requirements } from '../../../../src/model/requirements.js';
import { requirements } from '../../helpers.js';

interface Case {
  flow?: Partial<Flow>;
  top?: Partial<Requirements>;
}
interface Row {
  rule: string;
  /** The problem with every fact it rests on stated. */
  stated: Case;
  /** The same problem where one of those facts is left to the specialist. */
  assumed: Case;
  /** The requirements field whose assumption the finding rests on. */
  field: string;
  /** The settling question must ask for it. */
  asks: RegExp;
}

const global = { ordering: 'global' as const, key: undefined };
const rows: Row[] = [
  {
    rule: 'capacity/downstream-rate-limit',
    // 150/s on average against 100/s: never drains. Assumed: a third of the 450/s peak = 150/s.
    stated: { flow: { throughput: { average_per_second: 150, peak_per_second: 450 }, processing: { external_rate_limit_per_second: 100 } } },
    assumed: { flow: { throughput: { peak_per_second: 450 }, processing: { external_rate_limit_per_second: 100 } } },
    field: 'flows[0].throughput.average_per_second',
    asks: /average_per_second/,
  },
  {
    rule: 'capacity/consumer-throughput',
    // One in-order consumer at 5 ms a record carries about 200/s; 1,000/s on average never drains.
    stated: { flow: { ...global, throughput: { average_per_second: 1000, peak_per_second: 3000 }, processing: { per_message_ms: { p50: 5, p99: 20 } } } },
    assumed: { flow: { ...global, throughput: { peak_per_second: 3000 }, processing: { per_message_ms: { p50: 5, p99: 20 } } } },
    field: 'flows[0].throughput.average_per_second',
    asks: /average_per_second/,
  },
  {
    rule: 'capacity/consumer-throughput',
    // The same consumer where the work per record is the specialist's guess (1 ms median, 10 ms p99).
    stated: { flow: { ...global, throughput: { average_per_second: 1000, peak_per_second: 3000 }, processing: { per_message_ms: { p50: 1, p99: 10 } } } },
    assumed: { flow: { ...global, throughput: { average_per_second: 1000, peak_per_second: 3000 } } },
    field: 'flows[0].processing.per_message_ms',
    asks: /per message/,
  },
  {
    rule: 'capacity/consumer-throughput',
    // Only the median is stated: the tail that lifts the mean service time is the specialist's 4x.
    stated: { flow: { ...global, throughput: { average_per_second: 1000, peak_per_second: 3000 }, processing: { per_message_ms: { p50: 5, p99: 20 } } } },
    assumed: { flow: { ...global, throughput: { average_per_second: 1000, peak_per_second: 3000 }, processing: { per_message_ms: { p50: 5 } } } },
    field: 'flows[0].processing.per_message_ms.p99',
    asks: /slowest 1%/,
  },
  {
    rule: 'durability/replication',
    // One broker can only hold one replica; in production that is an error, unless production was our guess.
    stated: { top: { environment: 'production', cluster: { kafka_version: '3.9', brokers: 1 } } },
    assumed: { top: { cluster: { kafka_version: '3.9', brokers: 1 } } },
    field: 'environment',
    asks: /production or for development/,
  },
  {
    rule: 'security/unprotected-production',
    stated: { top: { environment: 'production', security: { authentication: 'none' } } },
    assumed: { top: { security: { authentication: 'none' } } },
    field: 'environment',
    asks: /production or for development/,
  },
];

const findings = (rule: string, c: Case) => design(requirements(c.flow, c.top)).findings.filter((f) => f.rule === rule);

describe('a finding that rests on an assumed value is at most a warning and asks', () => {
  for (const row of rows) {
    describe(`${row.rule} (${row.field})`, () => {
      it('stated: an error that names no assumption', () => {
        const found = findings(row.rule, row.stated);
        expect(found.map((f) => f.severity)).toContain('error');
        for (const f of found) {
          expect(f.assumed ?? [], f.message).not.toContain(row.field);
          expect(f.message).not.toMatch(/assumed, not stated/);
        }
      });
      it('assumed: a warning that names the assumption and the question', () => {
        const found = findings(row.rule, row.assumed).filter((f) => f.assumed?.includes(row.field));
        expect(found.length, JSON.stringify(findings(row.rule, row.assumed))).toBeGreaterThan(0);
        for (const f of found) {
          expect(f.severity).toBe('warning');
          expect(f.message).toContain(`(assumed, not stated: ${row.field} = `);
          expect(f.question).toMatch(row.asks);
          expect(f.message).toContain(`Ask: ${f.question}`);
          expect(design(requirements(row.assumed.flow, row.assumed.top)).questions).toContain(f.question);
        }
      });
    });
  }

  it('a warning stays a warning and an info stays an info when it rests on an assumption', () => {
    // The assumed 10 ms p99 per message over a stated 5 ms end-to-end target: a warning by default.
    const found = findings('latency/processing-over-budget', { flow: { latency: { end_to_end_p99_ms: 5 } } });
    expect(found.map((f) => [f.severity, f.assumed])).toEqual([['warning', ['flows[0].processing.per_message_ms']]]);
  });
});
