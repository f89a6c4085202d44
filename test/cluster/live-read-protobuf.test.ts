// Protobuf records through the whole read path on the local broker: values framed as Confluent's
// serializer frames them (magic byte, schema id, message indexes) around bytes protoc wrote
// (test/fixtures/protobuf), a schema that references another subject, read back decoded by name.
import { readFileSync } from 'node:fs';
import { Kafka, logLevel } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRecords } from '../../src/capabilities/read-records.js';
import { cliIo } from '../../src/cli/capability.js';
import { startLocalBroker, type LocalBroker } from '../../src/cluster/local-broker.js';
import { registryOptions } from '../../src/cluster/schema-registry.js';
import { brokerBuilt } from './broker-available.js';
import { startRegistryStandIn, type RegistryStandIn } from './registry-stand-in.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/protobuf/${name}`, import.meta.url));

/** A value as Confluent's Protobuf serializer writes it: magic byte 0, the schema id, the message-index path, the message. */
function framed(schemaId: number, indexPath: number[], message: Buffer): Buffer {
  const id = Buffer.alloc(4);
  id.writeInt32BE(schemaId);
  return Buffer.concat([Buffer.from([0]), id, Buffer.from(indexPath), message]);
}

describe.runIf(brokerBuilt)('Protobuf records read from the local broker (integration)', () => {
  let broker: LocalBroker;
  let registry: RegistryStandIn;
  let orderSchema: number;
  const connection = () => ({ bootstrap: broker.bootstrap.split(','), timeoutMs: 5000 });

  beforeAll(async () => {
    broker = await startLocalBroker({ brokers: 1, topics: [{ name: 'orders-pb', partitions: 1 }] });
    registry = await startRegistryStandIn();
    registry.register('shop-common', fixture('common.proto').toString(), 'PROTOBUF');
    orderSchema = registry.register('orders-pb-value', fixture('shop.proto').toString(), 'PROTOBUF', [{ name: 'common.proto', subject: 'shop-common', version: 1 }]);
    const kafka = new Kafka({ clientId: 'setup', brokers: broker.bootstrap.split(','), logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    const order = fixture('order.bin');
    await producer.send({
      topic: 'orders-pb',
      messages: [
        { key: 'o-1', value: framed(orderSchema, [0], order) },
        // [0, 0]: count 2 then 0, 0 (zig-zag varints): the nested Order.Customer.
        { key: 'c-1', value: framed(orderSchema, [4, 0, 0], fixture('customer.bin')) },
        { key: 'cut', value: framed(orderSchema, [0], order.subarray(0, 40)) },
      ],
    });
    await producer.disconnect();
  }, 60000);
  afterAll(async () => {
    await registry?.close();
    await broker?.stop();
  });

  it('decodes each record as the message its indexes name, with the referenced subject resolved, and keeps a cut one as bytes saying where', async () => {
    const io = cliIo({ cluster: connection, registry: () => registryOptions(registry.url, {}) });
    const result = await readRecords.run(readRecords.input.parse({ topic: 'orders-pb', partition: 0, offset: 0 }), io);
    const [order, customer, cut] = result.records.map((r) => r.value);
    expect(order).toMatchObject({ encoding: 'protobuf', schemaId: orderSchema, messageType: 'shop.v1.Order' });
    expect(order!.data).toMatchObject({
      id: 'o-1',
      qty: -5,
      total_cents: '9007199254740993',
      status: 'PAID',
      amount: { currency: 'EUR', units: '12', nanos: 500000000 },
      created_at: '2023-11-14T22:13:20.123Z',
      lines_by_id: { '-1': { sku: 's1', count: 2 }, '7': {} },
    });
    expect(customer).toMatchObject({ encoding: 'protobuf', messageType: 'shop.v1.Order.Customer', data: { name: 'Bob', address: { city: 'Oslo' } } });
    expect(cut!.encoding).toBe('base64');
    expect(cut!.note).toMatch(/^not decoded with schema id \d+: .* at byte \d+ of the message$/);
    expect(readRecords.render(result, 'text')).toContain(`value=[schema ${orderSchema} protobuf] {"name":"Bob","address":{"city":"Oslo"}}`);
    // The schema and its reference were fetched once for the three records.
    expect(registry.requests.filter((r) => r.startsWith('GET '))).toEqual([`GET /schemas/ids/${orderSchema}`, 'GET /subjects/shop-common/versions/1']);
  });
});
