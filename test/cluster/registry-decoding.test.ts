// Framed values decoded through a Schema Registry: records encoded by an independent Avro
// implementation (@kafkajs/confluent-schema-registry, avsc underneath) against the registry
// stand-in, read back with our decoder; Protobuf written by protoc (test/fixtures/protobuf) and
// JSON Schema payloads framed by hand.
import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { framedDecoder } from '../../src/cluster/registry-decoding.js';
import { registryOptions, SchemaRegistryClient } from '../../src/cluster/schema-registry.js';
import { startRegistryStandIn, type RegistryStandIn } from './registry-stand-in.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/protobuf/${name}`, import.meta.url));

const ORDER = JSON.stringify({
  type: 'record',
  name: 'Order',
  namespace: 'com.acme',
  fields: [
    { name: 'id', type: 'string' },
    { name: 'qty', type: 'int' },
    { name: 'total', type: 'long' },
    { name: 'price', type: 'double' },
    { name: 'ratio', type: 'float' },
    { name: 'paid', type: 'boolean' },
    { name: 'note', type: ['null', 'string'], default: null },
    { name: 'status', type: { type: 'enum', name: 'Status', symbols: ['NEW', 'PAID', 'SHIPPED'] } },
    { name: 'tags', type: { type: 'array', items: 'string' } },
    { name: 'attrs', type: { type: 'map', values: 'int' } },
    { name: 'digest', type: { type: 'fixed', name: 'Digest', size: 4 } },
    { name: 'raw', type: 'bytes' },
    {
      name: 'customer',
      type: {
        type: 'record',
        name: 'Customer',
        fields: [
          { name: 'name', type: 'string' },
          { name: 'vip', type: 'boolean' },
        ],
      },
    },
    { name: 'referrer', type: ['null', 'Customer'], default: null },
  ],
});

describe("framed values decoded with the registry's schema", () => {
  let registry: RegistryStandIn;
  let decode: ReturnType<typeof framedDecoder>;
  const split = (framed: Buffer) => [framed.readInt32BE(1), framed.subarray(5)] as const;

  beforeAll(async () => {
    registry = await startRegistryStandIn();
    const client = new SchemaRegistryClient(registryOptions(registry.url, {}));
    decode = framedDecoder(client);
  });
  afterAll(async () => {
    await registry.close();
  });

  it('decodes Avro written by another implementation, every type, and fetches each schema once', async () => {
    const producer = new SchemaRegistry({ host: registry.url });
    const { id } = await producer.register({ type: SchemaType.AVRO, schema: ORDER }, { subject: 'orders-value' });
    const order = (n: number) => ({
      id: `o-${n}`,
      qty: -n,
      total: 2 ** 40 + n,
      price: 12.75,
      ratio: 0.5,
      paid: n % 2 === 0,
      note: n === 1 ? 'gift' : null,
      status: 'PAID',
      tags: ['a', 'b'],
      attrs: { x: 1, y: -2 },
      digest: Buffer.from([1, 2, 3, 4]),
      raw: Buffer.from('hi'),
      customer: { name: 'Ada', vip: true },
      referrer: n === 2 ? { name: 'Bob', vip: false } : null,
    });
    const first = await decode(...split(await producer.encode(id, order(1))));
    expect(first).toEqual({
      encoding: 'avro',
      data: {
        id: 'o-1',
        qty: -1,
        total: 2 ** 40 + 1,
        price: 12.75,
        ratio: 0.5,
        paid: false,
        note: 'gift',
        status: 'PAID',
        tags: ['a', 'b'],
        attrs: { x: 1, y: -2 },
        digest: Buffer.from([1, 2, 3, 4]).toString('base64'),
        raw: Buffer.from('hi').toString('base64'),
        customer: { name: 'Ada', vip: true },
        referrer: null,
      },
    });
    const second = await decode(...split(await producer.encode(id, order(2))));
    expect(second.data).toMatchObject({ id: 'o-2', paid: true, note: null, referrer: { name: 'Bob', vip: false } });
    expect(registry.requests.filter((r) => r === `GET /schemas/ids/${id}`)).toHaveLength(1);
  });

  it('keeps the bytes and says why when the payload does not fit the schema or the id is unknown', async () => {
    const id = registry.register('small-value', JSON.stringify({ type: 'record', name: 'Small', fields: [{ name: 'n', type: 'int' }] }));
    expect(await decode(id, Buffer.from([0x02, 0x05]))).toEqual({
      encoding: 'base64',
      data: 'AgU=',
      note: `not decoded with schema id ${id}: 1 byte(s) left after the Avro value: the data was not written with this schema`,
    });
    expect((await decode(id, Buffer.from([0x80]))).note).toMatch(/ends early/);
    expect((await decode(999, Buffer.from([0x02]))).note).toMatch(/no schema with id 999/);
  });

  it('decodes Protobuf with its .proto and the schema it references, choosing the message by the message indexes', async () => {
    const common = registry.register('shop-common', fixture('common.proto').toString(), 'PROTOBUF');
    const id = registry.register('orders-pb-value', fixture('shop.proto').toString(), 'PROTOBUF', [{ name: 'common.proto', subject: 'shop-common', version: 1 }]);
    expect(common).not.toBe(id);
    // [0]: the first message (Order), written as the single byte 0.
    const order = await decode(id, Buffer.concat([Buffer.from([0x00]), fixture('order.bin')]));
    expect(order).toMatchObject({
      encoding: 'protobuf',
      messageType: 'shop.v1.Order',
      data: { id: 'o-1', total_cents: '9007199254740993', amount: { currency: 'EUR', units: '12', nanos: 500000000 } },
    });
    expect(order.note).toBeUndefined();
    // [0, 0]: count 2, then 0 and 0, zig-zag varints: Order.Customer.
    expect(await decode(id, Buffer.concat([Buffer.from([0x04, 0x00, 0x00]), fixture('customer.bin')]))).toEqual({
      encoding: 'protobuf',
      messageType: 'shop.v1.Order.Customer',
      data: { name: 'Bob', address: { city: 'Oslo' } },
    });
    expect(registry.requests.filter((r) => r === `GET /schemas/ids/${id}` || r === 'GET /subjects/shop-common/versions/1')).toEqual([`GET /schemas/ids/${id}`, 'GET /subjects/shop-common/versions/1']);
    // [5]: no such message, and the bytes are no first message either: they stay, saying why.
    expect((await decode(id, Buffer.from([0x02, 0x0a, 0x08, 0x01]))).note).toMatch(/message indexes \[5\] name no message of the schema \(index 5 of 2 messages\)$/);
  });

  it('decodes a payload written without the message-index path as the first message, and says so', async () => {
    const id = registry.register('orders-pb-value', fixture('shop.proto').toString(), 'PROTOBUF', [{ name: 'common.proto', subject: 'shop-common', version: 1 }]);
    // order.bin starts 0a 03 6f 2d 31 10: read as a path, a count of 5 (zig-zag 10), then -2, -56, -23, -25, 8.
    const out = await decode(id, fixture('order.bin'));
    expect(out).toMatchObject({ encoding: 'protobuf', messageType: 'shop.v1.Order', data: { id: 'o-1', amount: { currency: 'EUR' } } });
    expect(out.note).toBe(
      'no valid message-index path (the message indexes [-2, -56, -23, -25, 8] name no message of the schema (index -2 of 2 messages)): decoded as the first message, as serializers that leave the path out write it',
    );
  });

  it('falls back to field numbers, and says why, when the .proto cannot be read', async () => {
    const id = registry.register('pb-broken-value', 'syntax = "proto3"; message Order { int32 qty = 1; string note = 2 }', 'PROTOBUF');
    const out = await decode(id, Buffer.from([0x00, 0x08, 0x96, 0x01, 0x12, 0x02, 0x68, 0x69]));
    expect(out.data).toEqual({
      messageIndexes: [0],
      fields: [
        { field: 1, wire: 'varint', value: 150 },
        { field: 2, wire: 'len', value: 'hi', as: 'text' },
      ],
    });
    expect(out.note).toBe(`schema id ${id} could not be used (line 1: expected ";" (found "}")): decoded from the wire format alone, fields by number, varints unsigned`);
  });

  it('parses JSON Schema payloads as JSON, and leaves schemas with references undecoded', async () => {
    const json = registry.register('js-value', '{"type":"object"}', 'JSON');
    expect(await decode(json, Buffer.from('{"a":[1,2]}'))).toEqual({ encoding: 'json', data: { a: [1, 2] } });
    const response = await fetch(`${registry.url}/subjects/ref-value/versions`, {
      method: 'POST',
      body: JSON.stringify({ schema: '{"type":"record","name":"R","fields":[{"name":"c","type":"com.acme.Customer"}]}', references: [{ name: 'com.acme.Customer', subject: 'c', version: 1 }] }),
    });
    const { id } = (await response.json()) as { id: number };
    expect((await decode(id, Buffer.from([0x02]))).note).toMatch(/references 1 other schema/);
  });
});
