// Reads records from a live topic without joining a group: Fetch requests straight to each
// partition's leader, so nothing is ever committed and no group appears on the cluster. Bounded
// in records returned, bytes returned and records scanned; a key or header match looks only at
// the scanned window.
import type { Unavailable } from '../model/cluster-snapshot.js';
import { UserError } from '../model/errors.js';
import { describeConnection, kafkaClient, type ConnectionOptions } from './connection.js';
import { ensureKafkaReachable } from './probe.js';
import type { FramedDecoding } from './registry-decoding.js';
import { internalCluster, type KafkajsCluster } from './snapshot.js';

export type ReadStart = { offset: number } | { timestampMs: number } | { last: number };

export interface ReadOptions {
  topic: string;
  /** One partition, or every partition of the topic. */
  partition?: number;
  start: ReadStart;
  maxRecords: number;
  /** The records returned, in bytes of their JSON (keys, values, headers and offsets as the answer carries them). */
  maxBytes: number;
  /** Records looked at per partition at most (a match may skip many). */
  scanLimit: number;
  key?: string;
  header?: { name: string; value: string };
  /** Decodes Schema Registry framed keys and values (schema id, payload after the 5-byte frame); without it they stay base64. */
  decodeFramed?: (schemaId: number, payload: Buffer) => Promise<FramedDecoding>;
}

export interface DecodedValue {
  /**
   * json: parsed (plain JSON, or JSON Schema framed); text: UTF-8; base64: other bytes; null: no
   * value (a tombstone for a value); avro: decoded with the registry's schema; protobuf: decoded
   * with the registry's .proto into JSON with field names (by field number when the schema cannot
   * be used: see note).
   */
  encoding: 'json' | 'text' | 'base64' | 'null' | 'avro' | 'protobuf';
  data: unknown;
  /** The Schema Registry id in the Confluent wire format (magic byte 0, 4-byte id), when framed so. */
  schemaId?: number;
  bytes: number;
  /** Protobuf: the full name of the message the value was decoded as. */
  messageType?: string;
  /** How far a framed value was decoded, when not fully (or why not at all). */
  note?: string;
}

export interface ReadRecord {
  partition: number;
  offset: number;
  timestamp: number;
  key: DecodedValue;
  value: DecodedValue;
  headers: Record<string, string>;
}

export interface ReadResult {
  cluster: string;
  topic: string;
  records: ReadRecord[];
  /** Why reading stopped: enough records, the byte cap, the scan window, or the end of the log. */
  stoppedBy: 'max_records' | 'max_bytes' | 'scan_limit' | 'end';
  scanned: number;
  unavailable: Unavailable[];
}

interface FetchedMessage {
  offset: string;
  timestamp: string;
  key: Buffer | null;
  value: Buffer | null;
  headers?: Record<string, Buffer | Buffer[] | undefined>;
  isControlRecord?: boolean;
}

interface FetchBroker {
  fetch(args: object): Promise<{ responses: Array<{ topicName: string; partitions: Array<{ partition: number; errorCode: number; highWatermark: string; messages: FetchedMessage[] }> }> }>;
}

type ReadCluster = KafkajsCluster & {
  refreshMetadata(): Promise<void>;
  findTopicPartitionMetadata(topic: string): Array<{ partitionId: number; leader: number }>;
  findBroker(args: { nodeId: number }): Promise<FetchBroker>;
  fetchTopicsOffset(
    topics: Array<{ topic: string; partitions: Array<{ partition: number }>; fromBeginning?: boolean; fromTimestamp?: number }>,
  ): Promise<Array<{ topic: string; partitions: Array<{ partition: number; offset: string }> }>>;
};

const CONFLUENT_MAGIC = 0;

export function decodeBytes(buffer: Buffer | null): DecodedValue {
  if (buffer === null) return { encoding: 'null', data: null, bytes: 0 };
  const bytes = buffer.length;
  if (bytes >= 5 && buffer[0] === CONFLUENT_MAGIC) {
    return { encoding: 'base64', data: buffer.subarray(5).toString('base64'), schemaId: buffer.readInt32BE(1), bytes };
  }
  const text = buffer.toString('utf8');
  if (Buffer.from(text, 'utf8').equals(buffer)) {
    try {
      return { encoding: 'json', data: JSON.parse(text), bytes };
    } catch {
      // eslint-disable-next-line no-control-regex
      if (!/[\u0000-\u0008\u000e-\u001f]/.test(text)) return { encoding: 'text', data: text, bytes };
    }
  }
  return { encoding: 'base64', data: buffer.toString('base64'), bytes };
}

function headersOf(h: FetchedMessage['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h ?? {})) {
    if (v === undefined) continue;
    out[k] = (Array.isArray(v) ? v : [v]).map((b) => b.toString('utf8')).join(',');
  }
  return out;
}

/** Where to start in each partition; a timestamp past the last record starts at the end. */
async function startOffsets(cluster: ReadCluster, topic: string, partitions: number[], start: ReadStart): Promise<Map<number, { from: number; end: number }>> {
  const ask = (extra: object) => cluster.fetchTopicsOffset([{ topic, partitions: partitions.map((partition) => ({ partition })), ...extra }]);
  const asMap = (r: Awaited<ReturnType<typeof ask>>) => new Map(r[0]!.partitions.map((p) => [p.partition, Number(p.offset)]));
  const ends = asMap(await ask({ fromBeginning: false }));
  const begins = asMap(await ask({ fromBeginning: true }));
  const out = new Map<number, { from: number; end: number }>();
  const at = 'timestampMs' in start ? asMap(await ask({ fromTimestamp: start.timestampMs })) : null;
  for (const p of partitions) {
    const begin = begins.get(p) ?? 0;
    const end = ends.get(p) ?? 0;
    let from: number;
    if ('offset' in start) from = start.offset;
    else if ('last' in start) from = end - start.last;
    else from = (at!.get(p) ?? -1) < 0 ? end : at!.get(p)!;
    out.set(p, { from: Math.min(Math.max(from, begin), end), end });
  }
  return out;
}

/** Fetch response bytes per request: enough for a few records, small enough to stay bounded. */
const FETCH_BYTES = 256 * 1024;

export async function readRecords(connection: ConnectionOptions, options: ReadOptions): Promise<ReadResult> {
  await ensureKafkaReachable(connection);
  const cluster = internalCluster(kafkaClient(connection)) as ReadCluster;
  try {
    // Inside the try: a failed connect leaves sockets open until the disconnect below.
    await cluster.connect();
    let metadata: Array<{ partitionId: number; leader: number }>;
    try {
      await cluster.addMultipleTargetTopics([options.topic]);
      metadata = cluster.findTopicPartitionMetadata(options.topic);
    } catch {
      metadata = [];
    }
    if (!metadata.length) throw new UserError({ field: 'topic', message: `no topic "${options.topic}" on the cluster` });
    const all = metadata.map((p) => p.partitionId).sort((a, b) => a - b);
    if (options.partition !== undefined && !all.includes(options.partition)) {
      throw new UserError({ field: 'partition', message: `topic ${options.topic} has no partition ${options.partition}`, expected: `0 to ${all.length - 1}` });
    }
    const partitions = options.partition !== undefined ? [options.partition] : all;
    const leaders = new Map(metadata.map((p) => [p.partitionId, p.leader]));
    const unavailable: Unavailable[] = [];
    const offline = partitions.filter((p) => (leaders.get(p) ?? -1) < 0);
    for (const p of offline) unavailable.push({ what: `partition ${p}`, reason: 'it has no leader, so it cannot be read' });
    const readable = partitions.filter((p) => !offline.includes(p));
    const positions = readable.length ? await startOffsets(cluster, options.topic, readable, options.start) : new Map<number, { from: number; end: number }>();

    const records: ReadRecord[] = [];
    let bytes = 0;
    let scanned = 0;
    let stoppedBy: ReadResult['stoppedBy'] = 'end';
    const matches = (m: ReadRecord) =>
      (options.key === undefined || (m.key.encoding !== 'null' && (JSON.stringify(m.key.data) === options.key || (typeof m.key.data !== 'object' && String(m.key.data) === options.key)))) &&
      (!options.header || m.headers[options.header.name] === options.header.value);
    const decoded = async (buffer: Buffer | null): Promise<DecodedValue> => {
      const plain = decodeBytes(buffer);
      if (plain.schemaId === undefined || !options.decodeFramed) return plain;
      return { ...plain, ...(await options.decodeFramed(plain.schemaId, buffer!.subarray(5))) };
    };
    outer: for (const partition of readable) {
      const position = positions.get(partition)!;
      let next = position.from;
      let scannedHere = 0;
      const broker = await cluster.findBroker({ nodeId: leaders.get(partition)! });
      while (next < position.end) {
        const response = await broker.fetch({
          replicaId: -1,
          isolationLevel: 1,
          maxWaitTime: 100,
          minBytes: 1,
          maxBytes: FETCH_BYTES,
          topics: [{ topic: options.topic, partitions: [{ partition, fetchOffset: String(next), maxBytes: FETCH_BYTES }] }],
        });
        const messages = response.responses[0]?.partitions[0]?.messages ?? [];
        const fresh = messages.filter((m) => Number(m.offset) >= next);
        if (!fresh.length) break;
        for (const m of fresh) {
          next = Number(m.offset) + 1;
          if (m.isControlRecord) continue;
          if (scannedHere >= options.scanLimit) {
            stoppedBy = 'scan_limit';
            continue outer;
          }
          scanned++;
          scannedHere++;
          const record: ReadRecord = { partition, offset: Number(m.offset), timestamp: Number(m.timestamp), key: await decoded(m.key), value: await decoded(m.value), headers: headersOf(m.headers) };
          if (!matches(record)) continue;
          const size = Buffer.byteLength(JSON.stringify(record));
          if (bytes + size > options.maxBytes && records.length > 0) {
            stoppedBy = 'max_bytes';
            break outer;
          }
          records.push(record);
          bytes += size;
          if (records.length >= options.maxRecords) {
            stoppedBy = 'max_records';
            break outer;
          }
        }
      }
    }
    return { cluster: describeConnection(connection), topic: options.topic, records, stoppedBy, scanned, unavailable };
  } finally {
    await cluster.disconnect().catch(() => undefined);
  }
}
