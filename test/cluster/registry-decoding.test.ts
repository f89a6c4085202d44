// Framed values decoded through a Schema Registry: records encoded by an independent Avro
// implementation (@kafkajs/confluent-schema-registry, avsc underneath) against the registry
// stand-in, read back with our decoder; Protobuf and JSON Schema payloads framed by hand.
import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { framedDecoder } from '../../src/cluster/registry-decoding.js';
import { registryOptions, SchemaRegistryClient } from '../../src/cluster/schema-registry.js';
import { startRegistryStandIn, type RegistryStandIn } from './registry-stand-in.js';

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
    decode = framedDecoder((id) => client.schemaById(id));
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

  it('decodes Protobuf by field number after the message-index path, and says it is the wire format only', async () => {
    const id = registry.register('pb-value', 'syntax = "proto3"; message Order { int32 qty = 1; string note = 2; Inner inner = 3; } message Inner { string s = 1; }', 'PROTOBUF');
    // [0] (the first message), then qty=150, note="hi", inner={s:"x"}.
    const message = [0x08, 0x96, 0x01, 0x12, 0x02, 0x68, 0x69, 0x1a, 0x03, 0x0a, 0x01, 0x78];
    const out = await decode(id, Buffer.from([0x00, ...message]));
    expect(out.encoding).toBe('protobuf');
    expect(out.data).toEqual({
      messageIndexes: [0],
      fields: [
        { field: 1, wire: 'varint', value: 150 },
        { field: 2, wire: 'len', value: 'hi', as: 'text' },
        { field: 3, wire: 'len', value: [{ field: 1, wire: 'len', value: 'x', as: 'text' }], as: 'message' },
      ],
    });
    expect(out.note).toMatch(/wire format alone.*no field names/);
    // The path [1, 0]: count 2 and the indexes, zig-zag encoded.
    expect((await decode(id, Buffer.from([0x04, 0x02, 0x00, 0x08, 0x01]))).data).toEqual({ messageIndexes: [1, 0], fields: [{ field: 1, wire: 'varint', value: 1 }] });
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
