// Config critique with intents: a finding that rests on intent the user did not state (the engine
// fills it in, INTENT_FACTS) says which value it took, asks for it, and is at most a warning; the
// same configuration with that intent stated is judged as stated.
import { describe, expect, it } from 'vitest';
import { critique } from '../../../src/method/critique/critique.js';
import { createContext, runRules, type Intent } from '../../../src/method/critique/engine.js';
import { ALL_RULES } from '../../../src/method/critique/rules/index.js';

interface Row {
  name: string;
  rule: string;
  file: string;
  text: string;
  library?: string;
  stated: Intent;
  assumed: Intent;
  statedSeverity: 'error' | 'warning';
  field: string;
  asks: RegExp;
}

const rows: Row[] = [
  {
    // One message at 400 s p99 outlives the 300 s poll interval even alone; the batch comes from
    // the application's consume call, which the file cannot show.
    name: 'a librdkafka poll batch the file cannot show',
    rule: 'group/poll-batch-exceeds-interval',
    file: 'consumer.json',
    library: 'confluent-kafka',
    text: JSON.stringify({ 'bootstrap.servers': 'b:9092', 'group.id': 'g' }),
    stated: { processingP99Ms: 400_000, batchRecords: 1 },
    assumed: { processingP99Ms: 400_000 },
    statedSeverity: 'error',
    field: 'batch_records',
    asks: /consume\(num_messages=N\)/,
  },
  {
    name: 'a side effect repeated under an unstated delivery',
    rule: 'delivery/side-effect-needs-idempotency-key',
    file: 'consumer.properties',
    text: 'bootstrap.servers=b:9092\ngroup.id=g\nenable.auto.commit=false\n',
    stated: { delivery: 'at-least-once', externalSideEffect: 'card charge' },
    assumed: { externalSideEffect: 'card charge' },
    statedSeverity: 'warning',
    field: 'delivery',
    asks: /at-most-once .*exactly-once/,
  },
];

const findings = (row: Row, intent: Intent) =>
  critique([{ text: row.text, file: row.file }], {
    kafkaVersion: '3.9',
    intent,
    ...(row.library ? { library: row.library } : {}),
  }).findings.filter((f) => f.rule === row.rule);

describe('config critique: findings resting on unstated intent', () => {
  for (const row of rows) {
    it(`${row.name}: stated, judged as stated`, () => {
      const found = findings(row, row.stated);
      expect(found.map((f) => [f.severity, f.assumed, f.question])).toEqual([[row.statedSeverity, undefined, undefined]]);
    });
    it(`${row.name}: assumed, at most a warning with the question`, () => {
      const found = findings(row, row.assumed);
      expect(found.map((f) => [f.severity, f.assumed])).toEqual([['warning', [row.field]]]);
      expect(found[0]!.question).toMatch(row.asks);
      expect(found[0]!.message).toContain(`(assumed, not stated: ${row.field} = `);
    });
  }

  it("the Java client's max.poll.records default is in force when the file leaves it out: not an assumption", () => {
    const found = critique([{ text: 'bootstrap.servers=b:9092\ngroup.id=g\n', file: 'consumer.properties' }], { kafkaVersion: '3.9', intent: { processingP99Ms: 1000 } }).findings.filter(
      (f) => f.rule === 'group/poll-batch-exceeds-interval',
    );
    // 500 records x 1000 ms = 500 s > 300 s
    expect(found.map((f) => [f.severity, f.assumed])).toEqual([['error', undefined]]);
  });

  it('intent the caller assumed (as design does): a rule that read it is capped and asks, without declaring anything', () => {
    const topic = { kind: 'topic' as const, entries: [], label: 'orders', replicationFactor: 1 };
    const production = { environment: 'production' as const, replicationFactor: 1 };
    const judged = (intent: Intent) => runRules(ALL_RULES, createContext(topic, '3.9', intent)).filter((f) => f.rule === 'durability/replication-factor-1');
    expect(judged(production).map((f) => [f.severity, f.assumed])).toEqual([['error', undefined]]);
    const assumed = judged({ ...production, assumed: { environment: { field: 'environment', value: 'production', why: 'not stated', question: 'Production or development?' } } });
    expect(assumed.map((f) => [f.severity, f.assumed, f.question])).toEqual([['warning', ['environment'], 'Production or development?']]);
  });
});
