// Our OffsetFetch codec against the protocol's layout (Kafka's OffsetFetchRequest.json and
// OffsetFetchResponse.json, versions 1-5), written out field by field here.
import { describe, expect, it } from 'vitest';
import { decodeOffsetFetchResponse, encodeOffsetFetchRequest, encodeOffsetFetchTopics, offsetFetch, offsetFetchVersion, type OffsetFetchBroker } from '../../src/cluster/offset-fetch.js';

/** Big-endian field writer. */
class Out {
  private parts: Buffer[] = [];
  int16(v: number) {
    const b = Buffer.alloc(2);
    b.writeInt16BE(v);
    this.parts.push(b);
    return this;
  }
  int32(v: number) {
    const b = Buffer.alloc(4);
    b.writeInt32BE(v);
    this.parts.push(b);
    return this;
  }
  int64(v: bigint) {
    const b = Buffer.alloc(8);
    b.writeBigInt64BE(v);
    this.parts.push(b);
    return this;
  }
  string(s: string | null) {
    if (s === null) return this.int16(-1);
    const b = Buffer.from(s, 'utf8');
    this.int16(b.length);
    this.parts.push(b);
    return this;
  }
  get buffer() {
    return Buffer.concat(this.parts);
  }
}

type Partition = { partition: number; offset: bigint; metadata: string | null; error: number };

/** An OffsetFetch response of `version` (topics null: a null array). */
function response(version: number, topics: Array<{ name: string; partitions: Partition[] }> | null, error = 0): Buffer {
  const out = new Out();
  if (version >= 3) out.int32(7);
  out.int32(topics === null ? -1 : topics.length);
  for (const t of topics ?? []) {
    out.string(t.name).int32(t.partitions.length);
    for (const p of t.partitions) {
      out.int32(p.partition).int64(p.offset);
      if (version >= 5) out.int32(3);
      out.string(p.metadata).int16(p.error);
    }
  }
  if (version >= 2) out.int16(error);
  return out.buffer;
}

const TOPICS = [
  {
    name: 'orders',
    partitions: [
      { partition: 0, offset: 90n, metadata: null, error: 0 },
      { partition: 1, offset: -1n, metadata: null, error: 0 },
      { partition: 2, offset: 2n ** 40n + 5n, metadata: 'consumer-1 état', error: 0 },
    ],
  },
  { name: 'nobody-committed', partitions: [{ partition: 0, offset: -1n, metadata: '', error: 0 }] },
  { name: 'zahlungen-ü', partitions: [{ partition: 4, offset: 0n, metadata: null, error: 0 }] },
];

describe('OffsetFetch codec', () => {
  it('encodes the group id and the topic list as the request lays them out, and null as "all topics"', () => {
    const list = encodeOffsetFetchTopics([
      { name: 'orders', partitions: [0, 2] },
      { name: 'zahlungen-ü', partitions: [] },
    ]);
    const expected = new Out().string('billing-ö').int32(2).string('orders').int32(2).int32(0).int32(2).string('zahlungen-ü').int32(0).buffer;
    expect(encodeOffsetFetchRequest('billing-ö', list)).toEqual(expected);
    expect(encodeOffsetFetchRequest('billing-ö', null)).toEqual(new Out().string('billing-ö').int32(-1).buffer);
  });

  for (const version of [1, 2, 3, 4, 5]) {
    it(`keeps only committed offsets of a v${version} answer`, () => {
      const answer = decodeOffsetFetchResponse(response(version, TOPICS), version);
      expect(answer).toEqual({
        throttleTimeMs: version >= 3 ? 7 : 0,
        committed: [
          { topic: 'orders', partition: 0, committed: 90 },
          { topic: 'orders', partition: 2, committed: 2 ** 40 + 5 },
          { topic: 'zahlungen-ü', partition: 4, committed: 0 },
        ],
      });
    });
  }

  it('tells an empty answer (nothing committed) from a null one (the "all topics" form not taken)', () => {
    expect(decodeOffsetFetchResponse(response(4, []), 4).committed).toEqual([]);
    expect(decodeOffsetFetchResponse(response(4, null), 4).committed).toBeNull();
  });

  it("throws the group's error or a partition's, with its code and kafkajs's name for it", () => {
    expect(() => decodeOffsetFetchResponse(response(4, [], 16), 4)).toThrow(expect.objectContaining({ code: 16, type: 'NOT_COORDINATOR_FOR_GROUP' }));
    const unknown = [{ name: 'gone', partitions: [{ partition: 0, offset: -1n, metadata: null, error: 3 }] }];
    expect(() => decodeOffsetFetchResponse(response(2, unknown), 2)).toThrow(expect.objectContaining({ code: 3, type: 'UNKNOWN_TOPIC_OR_PARTITION' }));
  });

  it("speaks the broker's highest version up to 5, and refuses a broker without v1", () => {
    expect(offsetFetchVersion({ versions: { 9: { minVersion: 0, maxVersion: 8 } } })).toBe(5);
    expect(offsetFetchVersion({ versions: { 9: { minVersion: 0, maxVersion: 3 } } })).toBe(3);
    expect(() => offsetFetchVersion({ versions: { 9: { minVersion: 0, maxVersion: 0 } } })).toThrow(/do not meet/);
    expect(() => offsetFetchVersion({ versions: { 9: { minVersion: 6, maxVersion: 8 } } })).toThrow(/do not meet/);
  });

  /** A kafkajs broker whose connection answers every request with `payload`, recording what was sent. */
  function fakeBroker(maxVersion: number, payload: Buffer) {
    const sent: Array<{ apiKey: number; apiVersion: number; body: Buffer }> = [];
    const broker: OffsetFetchBroker = {
      versions: { 9: { minVersion: 0, maxVersion } },
      connectionPool: {
        send: async ({ request, response }) => {
          sent.push({ apiKey: request.apiKey, apiVersion: request.apiVersion, body: (await request.encode()).buffer });
          return response.parse(await response.decode(payload));
        },
      },
    };
    return { broker, sent };
  }

  it('sends OffsetFetch (ApiKey 9) at the agreed version and decodes the answer at that version', async () => {
    const { broker, sent } = fakeBroker(8, response(5, TOPICS));
    const answer = await offsetFetch(broker, 'billing', null);
    expect(sent).toEqual([{ apiKey: 9, apiVersion: 5, body: encodeOffsetFetchRequest('billing', null) }]);
    expect(answer.committed).toHaveLength(3);
  });

  it('sends nothing for the "all topics" form to a broker before v2, answering it as not taken', async () => {
    const { broker, sent } = fakeBroker(1, response(1, []));
    expect(await offsetFetch(broker, 'billing', null)).toEqual({ throttleTimeMs: 0, committed: null });
    expect(sent).toEqual([]);
  });
});
