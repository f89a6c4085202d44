// ordering/dead-letter-breaks-order reads the design document, so it is tested on designs with a
// side topic or pattern added by hand (the strategy itself never puts one on an ordered state flow).
import { describe, expect, it } from 'vitest';
import { runDesignRules } from '../../../../src/method/critique/design-rules/index.js';
import { deadLetterBreaksOrder } from '../../../../src/method/critique/design-rules/ordering/dead-letter-breaks-order.js';
import type { FlowPlan } from '../../../../src/method/critique/design-rules/types.js';
import { deconstruct } from '../../../../src/method/deconstruct/normalize.js';
import { design } from '../../../../src/method/design.js';
import { planConsumers } from '../../../../src/method/strategy/consumer-plan.js';
import type { Design } from '../../../../src/model/design.js';
import type { Flow } from '../../../../src/model/requirements.js';
import { requirements } from '../../helpers.js';

type Edit = 'dlt-topic' | 'retry-pattern' | 'none';

function review(flow: Partial<Flow>, edit: Edit) {
  const req = requirements(flow);
  const facts = deconstruct(req);
  const d: Design = design(req);
  const f = facts.flows[0]!;
  const main = d.topics[0]!;
  const edited: Design = {
    ...d,
    topics: edit === 'dlt-topic' ? [...d.topics, { ...main, name: `${main.name}.dlt`, role: 'dead-letter' }] : d.topics,
    patterns: edit === 'retry-pattern' ? [...d.patterns, { id: 'retry-topics', why: '', flows: [f.name] }] : d.patterns,
  };
  const plan = planConsumers(f);
  const flows: FlowPlan[] = [{ flow: f, plan, topic: main, partitionDecision: { partitions: main.partitions, why: '' } }];
  return runDesignRules({ facts, design: edited, flows }, [deadLetterBreaksOrder]);
}

describe('ordering/dead-letter-breaks-order', () => {
  it.each<[string, Partial<Flow>, Edit, string | null]>([
    ['DLT on a per-key ledger', { key: 'account_id', ordering: 'per-key', processing: { side_effects: 'database' } }, 'dlt-topic', 'error'],
    ['DLT on a per-key cache', { key: 'customer_id', ordering: 'per-key', state: true }, 'dlt-topic', 'error'],
    ['DLT on global order', { ordering: 'global' }, 'dlt-topic', 'error'],
    ['retry topics on a per-key ledger', { key: 'account_id', ordering: 'per-key', processing: { side_effects: 'database' } }, 'retry-pattern', 'error'],
    ['retry topics on per-key calls without state', { key: 'user_id', ordering: 'per-key', processing: { side_effects: 'external-api' } }, 'retry-pattern', null],
    ['DLT on unordered calls', { ordering: 'none', processing: { side_effects: 'external-api' } }, 'dlt-topic', null],
    ['the designed per-key ledger', { key: 'account_id', ordering: 'per-key', processing: { side_effects: 'database' } }, 'none', null],
    ['the designed per-key calls (parked, discards only)', { key: 'user_id', ordering: 'per-key', processing: { side_effects: 'external-api' } }, 'none', null],
  ])('%s', (_name, flow, edit, severity) => {
    const hits = review(flow, edit);
    if (severity === null) expect(hits).toEqual([]);
    else {
      expect(hits.map((h) => h.severity)).toEqual([severity]);
      expect(hits[0]!.message).toMatch(/old state over new/);
    }
  });

  it('warns (not errors) for a DLT on per-key order without state when the key is not parked', () => {
    const req = requirements({ key: 'user_id', ordering: 'per-key', processing: { side_effects: 'external-api' } });
    const facts = deconstruct(req);
    const d = design(req);
    const stripped: Design = { ...d, patterns: d.patterns.filter((p) => p.id !== 'park-key') };
    const f = facts.flows[0]!;
    const hits = runDesignRules({ facts, design: stripped, flows: [{ flow: f, plan: planConsumers(f), topic: d.topics[0]!, partitionDecision: { partitions: 1, why: '' } }] }, [deadLetterBreaksOrder]);
    expect(hits.map((h) => h.severity)).toEqual(['warning']);
    expect(hits[0]!.message).toMatch(/out of order/);
  });
});
