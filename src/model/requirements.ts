// The requirements file (contract: ../shared/contracts/design.md). The zod schema is the single
// source of truth: types are inferred from it and its JSON Schema is generated from it.
import { z } from 'zod';

export const ENVIRONMENTS = ['development', 'staging', 'production'] as const;
export const PLATFORMS = ['self-managed', 'strimzi', 'msk', 'confluent-cloud', 'aiven', 'redpanda'] as const;
export const ORDERINGS = ['none', 'per-key', 'global'] as const;
export const DELIVERIES = ['at-most-once', 'at-least-once', 'exactly-once'] as const;
export const SIDE_EFFECTS = ['none', 'kafka', 'database', 'external-api'] as const;
export const SCHEMA_FORMATS = ['avro', 'protobuf', 'json-schema', 'json', 'none'] as const;
export const EXPERIENCE = ['beginner', 'intermediate', 'expert'] as const;
export const PRIORITIES = ['balanced', 'cost', 'latency', 'durability'] as const;
export const REGION_MODES = ['active-passive', 'active-active'] as const;
export const AUTHENTICATIONS = ['none', 'plain', 'scram', 'mtls', 'oauth', 'iam'] as const;
export const AUTHORIZATIONS = ['none', 'acls'] as const;
export const SOURCE_KINDS = ['application', 'cdc', 'outbox', 'connector'] as const;
export const CONSUMPTIONS = ['group', 'every-instance'] as const;

/** Kafka holds counts, sizes and most millisecond settings in a Java int: nothing above it can be configured. */
export const JAVA_INT_MAX = 2_147_483_647;
/** Longer durations and byte totals are Java longs; past 2^53 a number here loses digits first. */
export const LONG_LIMIT = Number.MAX_SAFE_INTEGER;
const positive = z.number().positive().max(JAVA_INT_MAX);
const nonNegative = z.number().nonnegative().max(JAVA_INT_MAX);
const count = z.number().int().positive().max(JAVA_INT_MAX);
const UNIT_FACTORS: Record<string, number> = { ms: 1, s: 1e3, m: 6e4, h: 3.6e6, d: 8.64e7, b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12 };
/** "3d" or "4TB" within what a Java long holds once in milliseconds or bytes. */
const fitsLong = (text: string) => {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]+)$/i.exec(text);
  return !m || Number(m[1]) * (UNIT_FACTORS[m[2]!.toLowerCase()] ?? 1) <= LONG_LIMIT;
};

/** "3d", "12h", "90m", "30s", "500ms", a number of milliseconds, or "forever". */
export const retentionSchema = z.union([
  z.number().int().positive().max(LONG_LIMIT),
  z
    .string()
    .regex(/^(forever|\d+(\.\d+)?\s*(ms|s|m|h|d))$/, 'a duration such as 500ms, 30s, 15m, 12h, 3d, or "forever"')
    .refine(fitsLong, `longer than Kafka can hold (${LONG_LIMIT} ms)`),
]);

/** "4TB", "500 GB", "1.5TB" (decimal units, as disks are sold) or a number of bytes. */
export const byteSizeSchema = z.union([
  z.number().positive().max(LONG_LIMIT),
  z
    .string()
    .regex(/^\d+(\.\d+)?\s*(B|KB|MB|GB|TB)$/i, 'a size such as 500GB or 4TB (B, KB, MB, GB, TB)')
    .refine(fitsLong, `larger than Kafka can hold (${LONG_LIMIT} bytes)`),
]);

export const flowSchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "_" and "-" only (it names topics)'),
  source: z.string().min(1).optional(),
  /** How records reach Kafka: an application producer, a CDC connector, a transactional outbox, another connector. */
  source_kind: z.enum(SOURCE_KINDS).optional(),
  sink: z.string().min(1).optional(),
  key: z.string().min(1).optional(),
  ordering: z.enum(ORDERINGS).optional(),
  delivery: z.enum(DELIVERIES).optional(),
  state: z.boolean().optional(),
  /** group: instances share the partitions; every-instance: each instance reads every partition. */
  consumption: z.enum(CONSUMPTIONS).optional(),
  /** Keys are deleted (tombstones), e.g. erasure requests. */
  deletes: z.boolean().optional(),
  /** Erased data must be physically gone within this time. */
  deletes_within: retentionSchema.optional(),
  throughput: z
    .strictObject({
      average_per_second: nonNegative.optional(),
      peak_per_second: positive.optional(),
      message_bytes: positive.optional(),
      growth_factor: z.number().min(1).max(1000).optional(),
      /** Share of the flow's records carried by its busiest key. */
      hot_key_share: z.number().positive().max(1).optional(),
      /** Compressed / raw size with the producer's codec; 1 = payloads arrive already compressed. */
      compression_ratio: z.number().positive().max(1).optional(),
      /** Producing processes (connections, producer ids). */
      source_instances: count.optional(),
    })
    .optional(),
  latency: z.strictObject({ end_to_end_p99_ms: positive.optional() }).optional(),
  retention: retentionSchema.optional(),
  processing: z
    .strictObject({
      // max.poll.interval.ms (a Java int) must hold twice a record's p99.
      // One of the two may be missing: the design then assumes the other, and says so.
      per_message_ms: z
        .strictObject({ p50: positive.max(JAVA_INT_MAX / 2).optional(), p99: positive.max(JAVA_INT_MAX / 2).optional() })
        .refine((t) => t.p50 !== undefined || t.p99 !== undefined, { message: 'give p50 (the median), p99 (the slow tail), or both' })
        .optional(),
      max_instances: count.optional(),
      external_rate_limit_per_second: positive.optional(),
      side_effects: z.enum(SIDE_EFFECTS).optional(),
      /** The sink can write a batch at once (bulk API, COPY, upsert). */
      batch_writes: z.boolean().optional(),
    })
    .optional(),
  schema: z
    .strictObject({
      format: z.enum(SCHEMA_FORMATS).optional(),
      evolves: z.boolean().optional(),
    })
    .optional(),
});

/** A window for an aggregation: tumbling (size), hopping (size + advance), session (gap), sliding (size = max time difference). */
const windowSchema = z.strictObject({
  type: z.enum(['tumbling', 'hopping', 'session', 'sliding']),
  size: retentionSchema.optional(),
  advance: retentionSchema.optional(),
  gap: retentionSchema.optional(),
  /** How long after the window ends late records are still accepted. */
  grace: retentionSchema.optional(),
});

export const JOIN_TYPES = ['stream-stream', 'stream-table', 'table-table', 'foreign-key', 'global-table'] as const;
export const AGGREGATIONS = ['count', 'reduce', 'aggregate'] as const;

/** One step of a stream processor, in order. Key-changing steps (map with key, select_key, group_by with key) force a repartition before the next join or aggregation. */
export const operationSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('filter') }),
  z.strictObject({ op: z.literal('map_values') }),
  /** map: a new key and value; `key` names the new key (changes the key). */
  z.strictObject({ op: z.literal('map'), key: z.string().min(1) }),
  z.strictObject({ op: z.literal('select_key'), key: z.string().min(1) }),
  /** group_by with a key regroups (changes the key); without one it is groupByKey. */
  z.strictObject({ op: z.literal('group_by'), key: z.string().min(1).optional() }),
  z.strictObject({
    op: z.literal('join'),
    type: z.enum(JOIN_TYPES),
    /** Another input of the processor (flow name or topic). */
    with: z.string().min(1),
    /** stream-stream joins: the time difference allowed between the two records. */
    window: retentionSchema.optional(),
    grace: retentionSchema.optional(),
    /** foreign-key joins: the field of the left value that holds the right table's key. */
    key: z.string().min(1).optional(),
  }),
  ...AGGREGATIONS.map((op) => z.strictObject({ op: z.literal(op), window: windowSchema.optional() })),
  /** suppress until the window closes: one final result per window. */
  z.strictObject({ op: z.literal('suppress') }),
]);

const processorInputSchema = z.union([
  z.string().min(1),
  z.strictObject({
    topic: z.string().min(1),
    partitions: z.number().int().positive().optional(),
    peak_per_second: positive.optional(),
    message_bytes: positive.optional(),
    /** Distinct keys, for a topic read as a table. */
    keys: z.number().int().positive().optional(),
  }),
]);

/** A stream processor: inputs (flows or existing topics) -> ordered operations -> outputs. */
export const processorSchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "_" and "-" only (it names the application.id and internal topics)'),
  inputs: z.array(processorInputSchema).min(1),
  operations: z.array(operationSchema).optional(),
  /** Flow names or topic names the result is written to. */
  outputs: z.array(z.string().min(1)).optional(),
  /** The state the processor keeps: distinct keys and bytes per value. */
  state: z.strictObject({ keys: z.number().int().positive().optional(), value_bytes: positive.optional() }).optional(),
  delivery: z.enum(DELIVERIES).optional(),
  instances: z.number().int().positive().optional(),
  /** How fast a replacement instance must be processing again after one fails ("60s", "5m"). */
  recover_within: retentionSchema.optional(),
  /** The stream-processing library; Java defaults to Kafka Streams. */
  client: z.strictObject({ language: z.enum(['java', 'python', 'go', 'typescript']).optional(), library: z.string().min(1).optional() }).optional(),
  application_id: z
    .string()
    .min(1)
    .regex(/^[A-Za-z0-9._-]+$/)
    .optional(),
});

const teamSchema = z.strictObject({ kafka_experience: z.enum(EXPERIENCE).optional() });
const clusterSchema = z.strictObject({
  kafka_version: z.union([z.string(), z.number()]).transform(String).optional(),
  brokers: count.optional(),
  racks: count.optional(),
  platform: z.enum(PLATFORMS).optional(),
  /** Usable log disk per broker. */
  disk_per_broker: byteSizeSchema.optional(),
  /** Remote (tiered) storage is available (KIP-405). */
  tiered_storage: z.boolean().optional(),
  /** The platform's broker size, e.g. Amazon MSK's kafka.m7g.large or express.m7g.xlarge. */
  broker_type: z.string().min(1).optional(),
});
const clientSchema = z.strictObject({
  language: z.enum(['typescript', 'python', 'java', 'go']).optional(),
  library: z.string().min(1).optional(),
  /** The client library's release, for version floors. */
  library_version: z
    .string()
    .regex(/^\d+(\.\d+){0,3}([-.+][0-9A-Za-z.-]+)?$/, 'a release such as "2.12.0"')
    .optional(),
});
const securitySchema = z.strictObject({
  authentication: z.enum(AUTHENTICATIONS).optional(),
  authorization: z.enum(AUTHORIZATIONS).optional(),
});

/**
 * What one environment changes: any field of the file except the name, flows matched by name.
 * `design --env <environment>` applies it over the rest of the file.
 */
export const environmentOverrideSchema = z.strictObject({
  team: teamSchema.optional(),
  cluster: clusterSchema.optional(),
  client: clientSchema.optional(),
  security: securitySchema.optional(),
  flows: z.array(flowSchema.partial().extend({ name: flowSchema.shape.name })).optional(),
});

export const requirementsSchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "_" and "-" only (it names topics and groups)'),
  environment: z.enum(ENVIRONMENTS).optional(),
  /** What to trade first. */
  priority: z.enum(PRIORITIES).optional(),
  regions: z
    .strictObject({
      count: count,
      mode: z.enum(REGION_MODES).optional(),
    })
    .optional(),
  security: securitySchema.optional(),
  team: teamSchema.optional(),
  cluster: clusterSchema.optional(),
  client: clientSchema.optional(),
  flows: z.array(flowSchema).min(1, 'at least one flow'),
  /** Stream processors (Kafka Streams and the like) reading flows or existing topics. */
  processors: z.array(processorSchema).optional(),
  environments: z
    .strictObject({
      development: environmentOverrideSchema.optional(),
      staging: environmentOverrideSchema.optional(),
      production: environmentOverrideSchema.optional(),
    })
    .optional(),
});

export type Requirements = z.infer<typeof requirementsSchema>;
export type Flow = z.infer<typeof flowSchema>;
export type Processor = z.infer<typeof processorSchema>;
export type Operation = z.infer<typeof operationSchema>;
export type ProcessorInput = z.infer<typeof processorInputSchema>;
export type EnvironmentOverride = z.infer<typeof environmentOverrideSchema>;
export type Delivery = (typeof DELIVERIES)[number];
export type Ordering = (typeof ORDERINGS)[number];
export type Environment = (typeof ENVIRONMENTS)[number];
export type Priority = (typeof PRIORITIES)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type Consumption = (typeof CONSUMPTIONS)[number];
export type Authentication = (typeof AUTHENTICATIONS)[number];
export type Authorization = (typeof AUTHORIZATIONS)[number];
export type Platform = (typeof PLATFORMS)[number];
