// OffsetFetch (ApiKey 9, versions 1 to 5) encoded and decoded here and sent over a kafkajs
// broker's connection. kafkajs builds an Encoder per partition on the way out and an object with a
// string offset per partition on the way back: naming the 12,000 partitions of a cluster for 200
// groups was 2.4 million of each and most of doctor's CPU. Here the topic list is encoded once and
// reused for every group, and the answer is scanned in place, keeping only committed offsets.
// Layout (Kafka's OffsetFetchRequest.json / OffsetFetchResponse.json, non-flexible versions):
//   request:  group_id STRING, topics ARRAY(name STRING, partition_indexes ARRAY(INT32)), null = all topics (v2+)
//   response: throttle_time_ms INT32 (v3+), topics ARRAY(name STRING, partitions ARRAY(partition_index INT32,
//             committed_offset INT64, committed_leader_epoch INT32 (v5+), metadata NULLABLE_STRING,
//             error_code INT16)), error_code INT16 (v2+)
import { createRequire } from 'node:module';

/** The highest version encoded here (v6 is the first flexible one). */
export const OFFSET_FETCH_MAX_VERSION = 5;
/** v0 reads offsets kept in ZooKeeper, not the ones a group commits to Kafka. */
const OFFSET_FETCH_MIN_VERSION = 1;
const OFFSET_FETCH_API_KEY = 9;

export interface CommittedOffset {
  topic: string;
  partition: number;
  committed: number;
}

/** The topic list of an OffsetFetch request, encoded once and sent for any number of groups. */
export function encodeOffsetFetchTopics(topics: ReadonlyArray<{ name: string; partitions: readonly number[] }>): Buffer {
  let size = 4;
  for (const t of topics) size += 2 + Buffer.byteLength(t.name, 'utf8') + 4 + 4 * t.partitions.length;
  const out = Buffer.allocUnsafe(size);
  let at = out.writeInt32BE(topics.length, 0);
  for (const t of topics) {
    at = out.writeInt16BE(Buffer.byteLength(t.name, 'utf8'), at);
    at += out.write(t.name, at, 'utf8');
    at = out.writeInt32BE(t.partitions.length, at);
    for (const p of t.partitions) at = out.writeInt32BE(p, at);
  }
  return out;
}

/** The null topic list: "every offset the group committed" (v2+). */
const ALL_TOPICS = Buffer.from([0xff, 0xff, 0xff, 0xff]);

/** The request body after the header: the group id, then the topic list (null: all topics). */
export function encodeOffsetFetchRequest(groupId: string, topics: Buffer | null): Buffer {
  const id = Buffer.from(groupId, 'utf8');
  const list = topics ?? ALL_TOPICS;
  const out = Buffer.allocUnsafe(2 + id.length + list.length);
  out.writeInt16BE(id.length, 0);
  id.copy(out, 2);
  list.copy(out, 2 + id.length);
  return out;
}

export interface OffsetFetchAnswer {
  throttleTimeMs: number;
  /** The committed offsets (>= 0) in the answer; partitions answered -1 have none. Null when the broker answered a null topic list, which Kafka's schema never sends: it did not take the "all topics" form. */
  committed: CommittedOffset[] | null;
}

/** Kafka error codes by kafkajs's table (type, message, retriable), as kafkajs itself throws them. */
const { createErrorFromCode } = createRequire(import.meta.url)('kafkajs/src/protocol/error.js') as { createErrorFromCode: (code: number) => Error };

/** Decodes an OffsetFetch answer (after the correlation id); throws the first error code it carries, as kafkajs does. */
export function decodeOffsetFetchResponse(payload: Buffer, version: number): OffsetFetchAnswer {
  let at = 0;
  const throttleTimeMs = version >= 3 ? payload.readInt32BE(0) : 0;
  if (version >= 3) at = 4;
  const topicCount = payload.readInt32BE(at);
  at += 4;
  let committed: CommittedOffset[] | null = null;
  let firstError = 0;
  if (topicCount >= 0) {
    committed = [];
    for (let t = 0; t < topicCount; t++) {
      const nameLength = payload.readInt16BE(at);
      const nameAt = at + 2;
      at = nameAt + nameLength;
      let topic: string | undefined;
      const partitionCount = payload.readInt32BE(at);
      at += 4;
      for (let p = 0; p < partitionCount; p++) {
        const partition = payload.readInt32BE(at);
        const high = payload.readInt32BE(at + 4);
        const low = payload.readUInt32BE(at + 8);
        at += version >= 5 ? 16 : 12;
        const metadataLength = payload.readInt16BE(at);
        at += 2 + Math.max(0, metadataLength);
        const error = payload.readInt16BE(at);
        at += 2;
        if (error !== 0 && firstError === 0) firstError = error;
        // Offsets are below 2^53 in practice; -1 (high -1, low all ones) means none committed.
        if (high >= 0) committed.push({ topic: (topic ??= payload.toString('utf8', nameAt, nameAt + nameLength)), partition, committed: high * 0x1_0000_0000 + low });
      }
    }
  }
  const topLevelError = version >= 2 ? payload.readInt16BE(at) : 0;
  if (topLevelError !== 0) throw createErrorFromCode(topLevelError);
  if (firstError !== 0) throw createErrorFromCode(firstError);
  return { throttleTimeMs, committed };
}

/** The slice of a kafkajs Broker (2.2.x) an OffsetFetch goes through: its versions from ApiVersions and its connection pool. */
export interface OffsetFetchBroker {
  versions?: Record<number, { minVersion: number; maxVersion: number } | undefined> | null;
  connectionPool: {
    send(protocolRequest: {
      request: { apiKey: number; apiVersion: number; apiName: string; encode(): Promise<{ buf: Buffer; buffer: Buffer }> };
      response: { decode(payload: Buffer): Promise<unknown>; parse(decoded: unknown): Promise<unknown> };
    }): Promise<unknown>;
  };
}

/** The version both sides speak: the broker's highest up to ours. */
export function offsetFetchVersion(broker: Pick<OffsetFetchBroker, 'versions'>): number {
  const range = broker.versions?.[OFFSET_FETCH_API_KEY];
  const version = Math.min(range?.maxVersion ?? OFFSET_FETCH_MIN_VERSION, OFFSET_FETCH_MAX_VERSION);
  if (version < OFFSET_FETCH_MIN_VERSION || (range && range.minVersion > version))
    throw new Error(`the broker's OffsetFetch versions (${range?.minVersion}-${range?.maxVersion}) and ours (${OFFSET_FETCH_MIN_VERSION}-${OFFSET_FETCH_MAX_VERSION}) do not meet`);
  return version;
}

/** One OffsetFetch for a group, naming `topics` (from encodeOffsetFetchTopics) or, with null, asking for all it committed (nothing is sent to a broker before v2). */
export async function offsetFetch(broker: OffsetFetchBroker, groupId: string, topics: Buffer | null): Promise<OffsetFetchAnswer> {
  const apiVersion = offsetFetchVersion(broker);
  // Before v2 a null topic list cannot be sent: the answer is "form not taken", as from the mock.
  if (topics === null && apiVersion < 2) return { throttleTimeMs: 0, committed: null };
  const body = encodeOffsetFetchRequest(groupId, topics);
  const answer = await broker.connectionPool.send({
    request: { apiKey: OFFSET_FETCH_API_KEY, apiVersion, apiName: 'OffsetFetch', encode: async () => ({ buf: body, buffer: body }) },
    response: {
      // kafkajs throttles by clientSideThrottleTime: from v4 the broker answers first and expects the client to wait (KIP-219).
      decode: async (payload) => {
        const decoded = decodeOffsetFetchResponse(payload, apiVersion);
        return { ...decoded, clientSideThrottleTime: apiVersion >= 4 ? decoded.throttleTimeMs : 0 };
      },
      parse: async (decoded) => decoded,
    },
  });
  return answer as OffsetFetchAnswer;
}
