// Records of a live topic, read without a consumer group (nothing is committed, no group appears):
// from an offset, a timestamp or the last N, optionally only those with a key or header, bounded
// in count, bytes and records scanned.
import { z } from 'zod';
import type { ReadResult, ReadStart } from '../cluster/read-records.js';
import type { RegistryOptions } from '../cluster/schema-registry.js';
import { UserError } from '../model/errors.js';
import { defineCapability, READS_LIVE, type Io } from './capability.js';
import { count, unavailableSchema } from './documents.js';
import { clusterName } from './limits.js';

const decoded = z.object({
  encoding: z.enum(['json', 'text', 'base64', 'null', 'avro', 'protobuf']),
  data: z.unknown().describe('the decoded value: parsed JSON, text, base64, null, the Avro datum, or the Protobuf message as JSON'),
  schemaId: z.number().int().nonnegative().optional().describe('the Schema Registry id, when framed in its wire format'),
  bytes: count,
  messageType: z.string().optional().describe('Protobuf: the full name of the message the value was decoded as'),
  note: z.string().optional().describe('how far a framed value was decoded, when not fully'),
});

const readDocument = z.object({
  cluster: z.string().describe('the bootstrap servers read'),
  topic: z.string(),
  records: z.array(
    z.object({
      partition: count,
      offset: count,
      timestamp: z.number().int().describe('ms since the epoch'),
      key: decoded,
      value: decoded,
      headers: z.record(z.string(), z.string()),
    }),
  ),
  stoppedBy: z.enum(['max_records', 'max_bytes', 'scan_limit', 'end']),
  scanned: count,
  unavailable: z.array(unavailableSchema),
});

/** Bounds that keep an answer readable by a model and cheap for the cluster. */
export const READ_LIMITS = { records: { default: 20, max: 500 }, bytes: { default: 32 * 1024, max: 64 * 1024 }, scan: { default: 10_000, max: 100_000 } } as const;

const show = (v: { encoding: string; data: unknown; schemaId?: number }) =>
  v.encoding === 'null'
    ? 'null'
    : `${v.schemaId !== undefined ? `[schema ${v.schemaId}${v.encoding === 'avro' || v.encoding === 'protobuf' ? ` ${v.encoding}` : ''}] ` : ''}${typeof v.data === 'object' ? JSON.stringify(v.data) : String(v.data)}`;

/** The registry to decode framed values with, or why there is none (reading goes on without it). */
function registryFor(io: Io, cluster: string | undefined): { options: RegistryOptions } | { missing: string } {
  try {
    return { options: io.registry(cluster) };
  } catch (e) {
    if (e instanceof UserError) return { missing: e.problems.map((p) => [p.message, p.suggestion].filter(Boolean).join(': ')).join('; ') };
    throw e;
  }
}

async function registryDecoder(options: RegistryOptions) {
  const [{ SchemaRegistryClient }, { framedDecoder }] = await Promise.all([import('../cluster/schema-registry.js'), import('../cluster/registry-decoding.js')]);
  const client = new SchemaRegistryClient(options);
  return framedDecoder(client);
}

export const readRecords = defineCapability({
  name: 'read_records',
  cliName: 'read',
  title: 'Read records from a live topic',
  description: [
    'Reads records of a topic on a configured cluster without joining a consumer group, so it never commits offsets and leaves no group behind. Start at an offset (of one partition), at a timestamp, or the last N records of each partition; optionally keep only records whose key or one header equals a value (looked for within the scanned window). Keys and values come back decoded: JSON parsed, UTF-8 text, or base64; values in the Schema Registry wire format carry their schema id and, when the cluster has a Schema Registry configured, are decoded with that schema (Avro fully, JSON Schema as JSON, Protobuf with its .proto and the schemas it references into JSON with field names, `messageType` naming the message; `note` says when a value is decoded only partly or not at all).',
    'Bounded: max_records (default 20), max_bytes of the records as returned (default 32 KB, at most 64 KB, so an answer stays readable), and scan_limit records looked at per partition; `stoppedBy` says which bound ended the read. Call it to show a user what actually is in a topic, or to find the record behind a bug.',
  ].join('\n'),
  input: z.object({
    cluster: clusterName,
    topic: z.string().min(1).max(249).describe('the topic to read'),
    partition: z.number().int().nonnegative().optional().describe('one partition; default every partition (needed with offset)'),
    offset: z.number().int().nonnegative().optional().describe('start at this offset of the partition'),
    timestamp_ms: z.number().int().nonnegative().optional().describe('start at the first record at or after this time (ms since the epoch)'),
    last: z.number().int().positive().max(READ_LIMITS.records.max).optional().describe('the last N records of each partition read'),
    key: z.string().max(1000).optional().describe('keep only records with this key (text, or the JSON text of a JSON key)'),
    header: z
      .object({ name: z.string().min(1).max(255).describe('header name'), value: z.string().max(1000).describe("the header's value as UTF-8 text") })
      .optional()
      .describe('keep only records carrying this header value'),
    max_records: z.number().int().positive().max(READ_LIMITS.records.max).default(READ_LIMITS.records.default).describe('records returned at most'),
    max_bytes: z.number().int().positive().max(READ_LIMITS.bytes.max).default(READ_LIMITS.bytes.default).describe('bytes of the records as returned (their JSON), over all records'),
    scan_limit: z.number().int().positive().max(READ_LIMITS.scan.max).default(READ_LIMITS.scan.default).describe('records looked at per partition, matched or not'),
  }),
  annotations: READS_LIVE,
  output: readDocument,
  async run(input, io): Promise<ReadResult> {
    const starts = [input.offset !== undefined, input.timestamp_ms !== undefined, input.last !== undefined].filter(Boolean).length;
    if (starts !== 1)
      throw new UserError({ field: 'offset', message: 'say where to start: exactly one of offset, timestamp_ms or last', suggestion: 'e.g. last: 10, or partition: 0 with offset: 1234' });
    if (input.offset !== undefined && input.partition === undefined)
      throw new UserError({ field: 'partition', message: 'an offset belongs to one partition', suggestion: 'give partition with offset' });
    const start: ReadStart = input.offset !== undefined ? { offset: input.offset } : input.timestamp_ms !== undefined ? { timestampMs: input.timestamp_ms } : { last: input.last! };
    const connection = io.cluster(input.cluster);
    const { readRecords: read } = await import('../cluster/read-records.js');
    const { readingCluster } = await import('../cluster/read-errors.js');
    const registry = registryFor(io, input.cluster);
    const decodeFramed = 'options' in registry ? await registryDecoder(registry.options) : undefined;
    const result = await readingCluster(() =>
      read(connection, {
        topic: input.topic,
        ...(input.partition !== undefined ? { partition: input.partition } : {}),
        start,
        maxRecords: input.max_records,
        maxBytes: input.max_bytes,
        scanLimit: input.scan_limit,
        ...(input.key !== undefined ? { key: input.key } : {}),
        ...(input.header ? { header: input.header } : {}),
        ...(decodeFramed ? { decodeFramed } : {}),
      }),
    );
    const framed = result.records.filter((r) => r.key.schemaId !== undefined || r.value.schemaId !== undefined).length;
    if (framed && 'missing' in registry) result.unavailable.push({ what: `decoding of ${framed} Schema Registry framed record(s)`, reason: registry.missing });
    return result;
  },
  render: (result, _format: 'text') =>
    [
      ...result.records.map(
        (r) =>
          `${result.topic}[${r.partition}]@${r.offset} ${new Date(r.timestamp).toISOString()} key=${show(r.key)} value=${show(r.value)}${Object.keys(r.headers).length ? ` headers=${JSON.stringify(r.headers)}` : ''}`,
      ),
      `${result.records.length} record(s) of ${result.scanned} scanned; stopped by ${result.stoppedBy}.`,
      ...result.unavailable.map((u) => `unavailable: ${u.what}: ${u.reason}`),
    ].join('\n') + '\n',
  summarize: (result) =>
    `${result.records.length} record(s) from ${result.topic} (${result.scanned} scanned, stopped by ${result.stoppedBy})` +
    (result.records.length
      ? `: ${result.records
          .slice(0, 3)
          .map((r) => `[${r.partition}]@${r.offset} key=${show(r.key).slice(0, 80)}`)
          .join('; ')}${result.records.length > 3 ? '; ...' : ''}`
      : '') +
    (result.unavailable.length ? `. Unavailable: ${result.unavailable.map((u) => `${u.what} (${u.reason})`).join('; ')}` : '') +
    '.',
});
