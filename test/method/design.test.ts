import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWithSchema } from '../../src/method/deconstruct/parse.js';
import { design } from '../../src/method/design.js';
import { designSchema } from '../../src/model/design.js';
import { UserError } from '../../src/model/errors.js';
import { requirementsSchema } from '../../src/model/requirements.js';
import { requirements } from './helpers.js';

const examplesDir = new URL('../../examples/', import.meta.url);
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.yaml'));
const load = (f: string) => parseWithSchema(readFileSync(new URL(f, examplesDir), 'utf8'), f, requirementsSchema);

describe('design', () => {
  it.each(examples)('%s: follows the contract and is deterministic', (file) => {
    const a = design(load(file));
    expect(() => designSchema.parse(a)).not.toThrow();
    expect(design(load(file))).toEqual(a);
  });

  it.each(examples)('%s: consumers never outnumber partitions and min ISR never exceeds RF', (file) => {
    const d = design(load(file));
    // Every-instance readers each take all partitions: their count is copies, not members.
    for (const c of d.consumers.filter((x) => x.assignment !== 'every-instance')) expect(c.instances).toBeLessThanOrEqual(d.topics.find((t) => t.name === c.topic)!.partitions);
    for (const t of d.topics) expect(Number(t.config['min.insync.replicas'])).toBeLessThanOrEqual(t.replicationFactor);
  });

  it('states an assumption for every fact left out', () => {
    const d = design(requirementsSchema.parse({ name: 'bare', flows: [{ name: 'x' }] }));
    const fields = d.assumptions.map((a) => a.field);
    for (const f of ['environment', 'cluster.kafka_version', 'cluster.brokers', 'client.language', 'flows[0].delivery', 'flows[0].throughput.peak_per_second', 'flows[0].retention']) {
      expect(fields).toContain(f);
    }
    expect(d.questions.some((q) => /rates/.test(q))).toBe(true);
  });

  it('rejects an impossible rack layout with the field named', () => {
    expect(() => design(requirements({}, { cluster: { brokers: 3, racks: 4 } }))).toThrow(UserError);
  });

  it("puts every flow's producer first for its flow, main topic first", () => {
    const d = design(requirements({ processing: { side_effects: 'external-api' } }));
    expect(d.topics[0]!.role).toBe('events');
    expect(d.topics[1]!.role).toBe('dead-letter');
    expect(d.producers[0]!.topic).toBe(d.topics[0]!.name);
  });
});

describe('design drafts event schemas', () => {
  it("gives every Avro flow a first schema under its topic's value subject, and none to other formats", () => {
    const avro = design(requirements({ key: 'user_id', schema: { format: 'avro' } }));
    expect(avro.schemas).toHaveLength(1);
    expect(avro.schemas[0]!.subject).toBe(`${avro.topics[0]!.name}-value`);
    const fields = (avro.schemas[0]!.schema as { fields: Array<{ name: string }> }).fields.map((f) => f.name);
    expect(fields).toEqual(expect.arrayContaining(['event_id', 'occurred_at', 'correlation_id', 'causation_id']));
    expect(design(requirements({ schema: { format: 'json' } })).schemas).toEqual([]);
  });
});

describe('design names Avro records validly', () => {
  it.each(['stream-0', 'events-2', '0-1', 'orders'])('flow %s', (name) => {
    const d = design(requirements({ name, schema: { format: 'avro' } }));
    expect((d.schemas[0]!.schema as { name: string }).name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
  });
});
