// The design document (contract: ../shared/contracts/design.md) and the shapes shared by every
// step that explains itself: rationale entries and findings.
import { z } from 'zod';
import { AGGREGATIONS, AUTHENTICATIONS, AUTHORIZATIONS, JOIN_TYPES } from './requirements.js';

export const rationaleSchema = z.object({
  setting: z.string(),
  why: z.string(),
  refs: z.array(z.string()),
});
export type Rationale = z.infer<typeof rationaleSchema>;

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const findingSchema = z.object({
  rule: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  fix: z.string(),
  refs: z.array(z.string()),
  /** Where the finding points: a flow, a topic, or a file position (critique). */
  flow: z.string().optional(),
  file: z.string().optional(),
  line: z.number().int().optional(),
  setting: z.string().optional(),
  /** The assumed (not stated) facts the finding rests on; such a finding is at most a warning. */
  assumed: z.array(z.string()).optional(),
  /** What to ask the user to settle those assumptions. */
  question: z.string().optional(),
});
export type Finding = z.infer<typeof findingSchema>;

export const assumptionSchema = z.object({
  field: z.string(),
  value: z.unknown(),
  why: z.string(),
  /** The question whose answer replaces the assumption. */
  question: z.string().optional(),
});
export type Assumption = z.infer<typeof assumptionSchema>;

const configMap = z.record(z.string(), z.string());

export const topicDesignSchema = z.object({
  name: z.string(),
  flows: z.array(z.string()),
  /** What the topic is for: the flow's main topic, its dead letters, its pending work, ... */
  role: z.string(),
  partitions: z.number().int().positive(),
  replicationFactor: z.number().int().positive(),
  key: z.string().nullable(),
  config: configMap,
  sizing: z.object({
    peakBytesPerSecond: z.number(),
    /** All replicas, full retention. */
    diskBytes: z.number().nullable(),
    /** diskBytes spread over the brokers (after compression, where known). */
    diskBytesPerBroker: z.number().nullable().optional(),
    /** Compressed / raw size the disk and bandwidth figures use (1: no codec or payloads arrive compressed). */
    compressionRatio: z.number().optional(),
    /** The producer's codec for this topic. */
    compression: z.string().optional(),
  }),
  rationale: z.array(rationaleSchema),
});

export const producerDesignSchema = z.object({
  flow: z.string(),
  /** The service that writes the records. */
  source: z.string(),
  /** The delivery guarantee the flow asked for. */
  delivery: z.enum(['at-most-once', 'at-least-once', 'exactly-once']),
  topic: z.string(),
  client: z.string(),
  config: configMap,
  rationale: z.array(rationaleSchema),
});

export const consumerDesignSchema = z.object({
  flow: z.string(),
  topic: z.string(),
  groupId: z.string(),
  instances: z.number().int().positive(),
  /** group: instances share the partitions; every-instance: each instance reads every partition. */
  assignment: z.enum(['group', 'every-instance']).optional(),
  /** Consumer group members (threads with a consumer) per instance. */
  membersPerInstance: z.number().int().positive().optional(),
  /** Records processed at once per instance. */
  handlersPerInstance: z.number().int().positive().optional(),
  /**
   * Records one poll takes on, and what sets it in the client library (max.poll.records, or the
   * application's own call: consume(num_messages=N), PollRecords(ctx, N)). Absent when the library
   * bounds a batch by bytes only (kafkajs).
   */
  pollBatch: z.object({ records: z.number().int().positive(), setBy: z.string() }).optional(),
  client: z.string(),
  config: configMap,
  rationale: z.array(rationaleSchema),
});

export const securityDesignSchema = z.object({
  protocol: z.enum(['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL']),
  /** SASL mechanism, or null for none / mTLS. */
  mechanism: z.string().nullable(),
  /** How clients prove who they are, and whether ACLs restrict what they may do. */
  authentication: z.enum(AUTHENTICATIONS).optional(),
  authorization: z.enum(AUTHORIZATIONS).optional(),
  rationale: z.array(rationaleSchema),
});

export const aclSchema = z.object({
  principal: z.string(),
  resourceType: z.enum(['topic', 'group', 'transactional-id', 'cluster']),
  name: z.string(),
  patternType: z.enum(['literal', 'prefixed']),
  operations: z.array(z.string()),
  why: z.string(),
});

/** Client quotas per principal; rates are per broker, as Kafka enforces them. */
export const quotaSchema = z.object({
  principal: z.string(),
  producerByteRate: z.number().int().positive().optional(),
  consumerByteRate: z.number().int().positive().optional(),
  /** Share of one broker thread per quota window, in percent (100 = one thread). */
  requestPercentage: z.number().positive().optional(),
  why: z.string(),
});

export const connectorDesignSchema = z.object({
  name: z.string(),
  flow: z.string(),
  kind: z.enum(['source', 'sink']),
  class: z.string(),
  config: configMap,
  rationale: z.array(rationaleSchema),
});

export const sagaSchema = z.object({
  name: z.string(),
  flows: z.array(z.string()),
  /** The field every event of one saga instance carries. */
  correlationId: z.string(),
  steps: z.array(
    z.object({
      service: z.string(),
      flow: z.string(),
      action: z.string(),
      compensation: z.string(),
      timeoutMs: z.number().int().positive(),
      onTimeout: z.string(),
      why: z.string(),
    }),
  ),
  /** How each step's consumer skips an event it already applied. */
  inbox: z.string(),
  why: z.string(),
});

/** One direction of copying topics between regions (MirrorMaker 2 or the platform's own link). */
export const regionReplicationSchema = z.object({
  source: z.string(),
  target: z.string(),
  mode: z.enum(['active-passive', 'active-active']),
  tool: z.string(),
  /** Topics copied, by their name in the source region. */
  topics: z.array(z.string()),
  /** Their names in the target region. */
  remoteTopics: z.array(z.string()),
  /** MirrorMaker 2 settings for this direction. */
  config: configMap,
  rationale: z.array(rationaleSchema),
});

export const patternUseSchema = z.object({
  id: z.string(),
  why: z.string(),
  flows: z.array(z.string()),
});

export const alternativeSchema = z.object({
  flow: z.string(),
  decision: z.string(),
  option: z.string(),
  chosen: z.boolean(),
  why: z.string(),
});

export const schemaDraftSchema = z.object({
  flow: z.string(),
  /** Schema Registry subject under the default TopicNameStrategy: <topic>-value. */
  subject: z.string(),
  format: z.literal('avro'),
  /** The .avsc document: an event envelope with the entity nested. */
  schema: z.unknown(),
  notes: z.array(z.string()),
});
export type SchemaDraft = z.infer<typeof schemaDraftSchema>;

/** One operation of a processor as data a generator writes DSL from: what it does and every name it is given. */
export const streamsStepSchema = z.object({
  op: z.enum(['filter', 'map_values', 'map', 'select_key', 'group_by', 'join', ...AGGREGATIONS, 'suppress']),
  /** The processor's name in the topology (Named.as, Grouped.as, Joined.as, StreamJoined.withName, Suppressed.withName). */
  name: z.string(),
  subtopology: z.number().int(),
  /** The value field the new key is taken from (map, select_key, group_by with a key). */
  key: z.string().optional(),
  /** The repartition topic written just before this step (a key change reaching a join or aggregation). */
  repartition: z
    .object({
      /** The name the DSL is given (Grouped.as / Repartitioned.as); the topic is <application.id>-<name>-repartition. */
      name: z.string(),
      topic: z.string(),
      partitions: z.number().int().nullable(),
    })
    .optional(),
  join: z
    .object({
      type: z.enum(JOIN_TYPES),
      /** The processor input joined with (a flow or topic name) and the topic it reads. */
      input: z.string(),
      topic: z.string(),
      windowMs: z.number().optional(),
      graceMs: z.number().optional(),
    })
    .optional(),
  window: z
    .object({
      type: z.enum(['tumbling', 'hopping', 'session', 'sliding']),
      /** Window size, or the inactivity gap of session windows, or the time difference of sliding windows. */
      sizeMs: z.number(),
      advanceMs: z.number().optional(),
      graceMs: z.number(),
    })
    .optional(),
  /** The name given to Materialized.as / StreamJoined.withStoreName; `stores` are the stores that follow from it. */
  storeName: z.string().optional(),
  stores: z.array(z.string()),
});
export type StreamsStep = z.infer<typeof streamsStepSchema>;

/** The processor's topology as data: sources, the ordered steps, sinks. */
export const streamsTopologySchema = z.object({
  sources: z.array(
    z.object({
      /** The processor input (flow or topic name) and the topic it reads. */
      input: z.string(),
      topic: z.string(),
      as: z.enum(['stream', 'table', 'global-table']),
      /** The source processor's name (Consumed.as). */
      name: z.string(),
      /** Tables: the store they are materialized in (Materialized.as). */
      storeName: z.string().optional(),
      partitions: z.number().int().nullable(),
    }),
  ),
  steps: z.array(streamsStepSchema),
  sinks: z.array(z.object({ output: z.string(), topic: z.string(), name: z.string() })),
});
export type StreamsTopology = z.infer<typeof streamsTopologySchema>;

/** A stream processor as the library will build it (Kafka Streams: sub-topologies, tasks, internal topics). */
export const streamsDesignSchema = z.object({
  processor: z.string(),
  /** Kafka Streams for Java; otherwise the named library, designed without Streams-only settings. */
  library: z.string(),
  kafkaStreams: z.boolean(),
  applicationId: z.string(),
  instances: z.number().int(),
  subtopologies: z.array(
    z.object({
      id: z.number().int(),
      inputs: z.array(z.string()),
      operations: z.array(z.string()),
      tasks: z.number().int().nullable(),
      why: z.string(),
    }),
  ),
  internalTopics: z.array(
    z.object({
      name: z.string(),
      kind: z.enum(['repartition', 'changelog', 'foreign-key']),
      partitions: z.number().int().nullable(),
      config: configMap,
      why: z.string(),
      /** How to do without it, for repartitions. */
      avoid: z.string().optional(),
    }),
  ),
  stores: z.array(
    z.object({
      name: z.string(),
      kind: z.enum(['key-value', 'window', 'session', 'suppress-buffer', 'join-window', 'table', 'global-table']),
      bytes: z.number().nullable(),
      restoreSeconds: z.number().nullable(),
      why: z.string(),
    }),
  ),
  joins: z.array(
    z.object({
      type: z.string(),
      left: z.string(),
      right: z.string(),
      coPartitioned: z.enum(['yes', 'no', 'unknown', 'not-required']),
      why: z.string(),
    }),
  ),
  config: configMap,
  rationale: z.array(rationaleSchema),
  notes: z.array(z.string()),
  /** The same topology as data (sources, steps with every name, sinks): what `generate` writes the DSL from. Absent in designs made before it existed. */
  topology: streamsTopologySchema.optional(),
});
export type StreamsDesign = z.infer<typeof streamsDesignSchema>;

export const designSchema = z.object({
  name: z.string(),
  kafkaVersion: z.string(),
  environment: z.string(),
  client: z.object({ language: z.string(), library: z.string() }),
  assumptions: z.array(assumptionSchema),
  questions: z.array(z.string()),
  topics: z.array(topicDesignSchema),
  producers: z.array(producerDesignSchema),
  consumers: z.array(consumerDesignSchema),
  patterns: z.array(patternUseSchema),
  alternatives: z.array(alternativeSchema),
  /** A first schema for each Avro flow, to refine with `schema scaffold --fields` and check with `schema check`. */
  schemas: z.array(schemaDraftSchema),
  findings: z.array(findingSchema),
  security: securityDesignSchema.optional(),
  acls: z.array(aclSchema).optional(),
  quotas: z.array(quotaSchema).optional(),
  connectors: z.array(connectorDesignSchema).optional(),
  /** Business transactions spanning services that each own a database. */
  sagas: z.array(sagaSchema).optional(),
  /** Copies between regions, when the system spans several. */
  replication: z.array(regionReplicationSchema).optional(),
  /** Stream processors as their library builds them (requirements' processors). */
  streams: z.array(streamsDesignSchema).optional(),
});

export type TopicDesign = z.infer<typeof topicDesignSchema>;
export type ProducerDesign = z.infer<typeof producerDesignSchema>;
export type ConsumerDesign = z.infer<typeof consumerDesignSchema>;
export type PatternUse = z.infer<typeof patternUseSchema>;
export type Alternative = z.infer<typeof alternativeSchema>;
export type Design = z.infer<typeof designSchema>;
export type SecurityDesign = z.infer<typeof securityDesignSchema>;
export type Acl = z.infer<typeof aclSchema>;
export type Quota = z.infer<typeof quotaSchema>;
export type ConnectorDesign = z.infer<typeof connectorDesignSchema>;
export type Saga = z.infer<typeof sagaSchema>;
export type RegionReplication = z.infer<typeof regionReplicationSchema>;
