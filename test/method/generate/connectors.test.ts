// Connector files from a design: REST bodies, KafkaConnector resources and worker settings that
// critique reads back without a finding; Connect-run ends get no program.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { critique } from '../../../src/method/critique/critique.js';
import { design } from '../../../src/method/design.js';
import { generate } from '../../../src/method/generate/index.js';
import { planGeneration } from '../../../src/method/generate/plan.js';
import { requirementsSchema } from '../../../src/model/requirements.js';

const d = design(
  requirementsSchema.parse({
    name: 'shop',
    environment: 'production',
    cluster: { kafka_version: '3.9', brokers: 3 },
    client: { language: 'java' },
    flows: [
      { name: 'orders', source: 'shop-postgres', source_kind: 'cdc', sink: 'orders-search', key: 'order_id' },
      { name: 'order-placed', source: 'order-service', source_kind: 'outbox', sink: 'billing-service', key: 'order_id', delivery: 'exactly-once', processing: { side_effects: 'database' } },
    ],
  }),
);
const files = generate(d, { language: 'java' });
const file = (path: string) => files.find((f) => f.path === path)!;

describe('connector files', () => {
  it('writes one REST body per connector, KafkaConnector resources and the worker settings', () => {
    expect(files.filter((f) => f.path.startsWith('connectors/')).map((f) => f.path)).toEqual([
      'connectors/shop-postgres-cdc.json',
      'connectors/orders-sink.json',
      'connectors/order-service-outbox.json',
      'connectors/strimzi-connectors.yaml',
      'connectors/connect-worker.properties',
    ]);
    const body = JSON.parse(file('connectors/shop-postgres-cdc.json').contents) as { name: string; config: Record<string, string> };
    expect(body.name).toBe('shop-postgres-cdc');
    expect(body.config['connector.class']).toBe('io.debezium.connector.postgresql.PostgresConnector');
    const resources = file('connectors/strimzi-connectors.yaml')
      .contents.split(/^---$/m)
      .slice(1)
      .map((doc) => parse(doc) as { kind: string; spec: { class: string; tasksMax: number; config: Record<string, unknown> } });
    expect(resources.map((r) => [r.kind, r.spec.class, r.spec.tasksMax])).toContainEqual(['KafkaConnector', 'io.debezium.connector.postgresql.PostgresConnector', 1]);
    expect(resources.every((r) => !('connector.class' in r.spec.config))).toBe(true);
    const worker = file('connectors/connect-worker.properties').contents;
    expect(worker).toMatch(/^offset\.storage\.partitions=25$/m);
    expect(worker).toMatch(/^exactly\.once\.source\.support=enabled$/m);
  });

  it('critique reads the generated connector files back without a finding', () => {
    const inputs = files.filter((f) => f.path.startsWith('connectors/')).map((f) => ({ text: f.contents, file: f.path }));
    expect(critique(inputs, { kafkaVersion: '3.9' }).findings).toEqual([]);
  });

  it('renders no program for a Connect-run end', () => {
    const plan = planGeneration(d);
    expect(plan.producers.map((p) => p.flow)).toEqual([]);
    expect(plan.consumers.map((c) => c.flow)).toEqual(['order-placed']);
  });
});
