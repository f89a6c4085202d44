// Rules over two rounds (method/converge/round-rules.ts), through designRound as design_round,
// `design --previous` and `session add` run them.
import { expect, it } from 'vitest';
import { designRound } from '../../../src/method/converge/round.js';
import { ROUND_RULES } from '../../../src/method/converge/round-rules.js';
import type { Flow, Requirements } from '../../../src/model/requirements.js';
import { requirements } from '../helpers.js';
import { type RuleTable, ruleTester } from '../rules/rule-tester.js';

interface Case {
  before: Partial<Flow>;
  after: Partial<Flow>;
  top?: Partial<Requirements>;
  afterTop?: Partial<Requirements>;
}

const busy: Partial<Flow> = { key: 'order_id', throughput: { average_per_second: 6000, peak_per_second: 12000 }, processing: { per_message_ms: { p50: 5, p99: 40 } } };
const quiet: Partial<Flow> = { key: 'order_id', throughput: { average_per_second: 100, peak_per_second: 300 }, processing: { per_message_ms: { p50: 5, p99: 40 } } };

function round(c: Case) {
  const previous = designRound({ requirements: requirements(c.before, c.top) }).design;
  return designRound({ requirements: requirements(c.after, c.afterTop ?? c.top), previous: { design: previous } });
}

const tables: Array<RuleTable<Case>> = [
  {
    rule: 'converge/partitions-cannot-shrink',
    valid: [
      { before: quiet, after: busy },
      { before: busy, after: busy },
      // The previous round was another environment: another cluster, another topic.
      { before: busy, after: quiet, top: { environment: 'production' }, afterTop: { environment: 'development', cluster: { kafka_version: '3.9', brokers: 1 } } },
    ],
    invalid: [{ before: busy, after: quiet, message: [/Kafka cannot shrink a topic/, /per-key order holds/], errors: [{ messageId: 'lowered', flow: 'events' }] }],
  },
];

ruleTester<Case>({
  name: 'round rules',
  meta: (id) => ROUND_RULES.get(id)?.meta,
  findings: (rule, c) => round(c).design.findings.filter((f) => f.rule === rule),
})('converge', tables);

it("the finding shows the arithmetic with the two counts and appears in the round's changes", () => {
  const r = round({ before: busy, after: quiet });
  const topic = r.design.topics.find((t) => t.role === 'events')!;
  const before = r.changes!.decisions.find((d) => d.decision === 'topic.partitions')!;
  const f = r.design.findings.find((x) => x.rule === 'converge/partitions-cannot-shrink')!;
  const old = Number(String(before.before).match(/^\d+/)?.[0] ?? before.before);
  expect(old).toBeGreaterThan(topic.partitions);
  expect(f.message).toContain(`this round designs ${topic.partitions} partitions, the previous round ${old}`);
  expect(f.message).toContain(`${old} − ${topic.partitions} = ${old - topic.partitions} partitions cannot be removed`);
  expect(r.changes!.findingsAppeared.map((x) => x.rule)).toContain('converge/partitions-cannot-shrink');
});
