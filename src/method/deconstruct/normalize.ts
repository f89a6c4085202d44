// Requirements -> normalized facts. Every fact the user left out is filled with a stated
// assumption (field, value, why, and the question that would settle it); what cannot be assumed
// safely also becomes a question in the list.
import { isVersionString, newestVersion, resolveVersion } from '../../knowledge/catalog.js';
import { clientLibrary, DEFAULT_LIBRARY, type Language } from '../../knowledge/clients.js';
import type { Assumption } from '../../model/design.js';
import { didYouMean, UserError } from '../../model/errors.js';
import { MSK_BROKER_SIZES, mskBrokerSize } from '../../knowledge/msk-brokers.js';
import { ASSUMED_TAIL_RATIO } from '../queueing/service-time.js';
import type { Authentication, Authorization, Consumption, Delivery, Environment, Flow, Ordering, Platform, Priority, Requirements, SourceKind } from '../../model/requirements.js';

export interface FlowFacts {
  index: number;
  name: string;
  source: string;
  /** How records reach Kafka (application producer unless stated). */
  sourceKind: SourceKind;
  sink: string;
  key: string | null;
  ordering: Ordering;
  delivery: Delivery;
  state: boolean;
  /** group: instances share the partitions; every-instance: each reads all of them. */
  consumption: Consumption;
  /** Keys are deleted with tombstones. */
  deletes: boolean;
  /** Erased data must be physically gone within this many ms (null: not stated). */
  deletesWithinMs: number | null;
  /** Facts the user may state and the strategy reads; null where not stated. */
  hotKeyShare: number | null;
  compressionRatio: number | null;
  sourceInstances: number | null;
  averagePerSecond: number;
  peakPerSecond: number;
  messageBytes: number;
  growthFactor: number;
  latencyP99Ms: number | null;
  /** -1 means keep forever. */
  retentionMs: number;
  processing: {
    p50Ms: number;
    p99Ms: number;
    maxInstances: number | null;
    rateLimitPerSecond: number | null;
    sideEffects: 'none' | 'kafka' | 'database' | 'external-api';
    /** The sink can write a batch at once (null: not stated). */
    batchWrites: boolean | null;
  };
  schema: { format: 'avro' | 'protobuf' | 'json-schema' | 'json' | 'none'; evolves: boolean };
}

export interface Facts {
  name: string;
  environment: Environment;
  experience: 'beginner' | 'intermediate' | 'expert';
  kafkaVersion: string;
  /** The catalog version whose defaults answer for kafkaVersion. */
  documentedVersion: string;
  brokers: number;
  racks: number | null;
  platform: Platform;
  /** What to trade first (balanced unless stated). */
  priority: Priority;
  /** Regions the system spans (null: one region). */
  regions: { count: number; mode: 'active-passive' | 'active-active' } | null;
  /** Security as stated; null where not stated (the security strategy decides the default). */
  security: { authentication: Authentication | null; authorization: Authorization | null };
  /** Usable log disk per broker in bytes (null: not stated). */
  diskPerBrokerBytes: number | null;
  /** Remote storage is available (null: not stated). */
  tieredStorage: boolean | null;
  /** The platform's broker size (cluster.broker_type; null: not stated). */
  brokerType: string | null;
  language: Language;
  library: string;
  /** The client library's release (null: not stated). */
  libraryVersion: string | null;
  flows: FlowFacts[];
  assumptions: Assumption[];
  questions: string[];
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

const UNIT_BYTES: Record<string, number> = { B: 1, KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12 };

/** "4TB" -> 4e12 (decimal units, as disks are sold); a number is already bytes. */
export function byteSizeToBytes(size: string | number): number {
  if (typeof size === 'number') return size;
  const m = /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|TB)$/i.exec(size.trim());
  if (!m) throw new Error(`unparsed size ${size}`);
  return Math.round(Number(m[1]) * UNIT_BYTES[m[2]!.toUpperCase()]!);
}

/** "3d" -> 259200000; "forever" -> -1; a number is already milliseconds. */
export function retentionToMs(retention: string | number): number {
  if (typeof retention === 'number') return retention;
  if (retention === 'forever') return -1;
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/.exec(retention.trim());
  if (!m) throw new Error(`unparsed retention ${retention}`);
  return Math.round(Number(m[1]) * UNIT_MS[m[2]!]!);
}

export function deconstruct(req: Requirements, file?: string): Facts {
  const assumptions: Assumption[] = [];
  const questions: string[] = [];
  const assume: Assume = (field, given, value, why, question) => {
    if (given !== undefined) return given;
    assumptions.push({ field, value, why, ...(question ? { question } : {}) });
    return value;
  };

  const environment = assume('environment', req.environment, 'production', 'not stated; designing for production is the safe side', 'Is this for production or for development (environment)?');
  const experience = req.team?.kafka_experience ?? 'intermediate';

  const requestedVersion = req.cluster?.kafka_version;
  if (requestedVersion !== undefined && !isVersionString(requestedVersion)) {
    throw new UserError({ file, field: 'cluster.kafka_version', message: 'not a Kafka version', expected: 'a version such as "3.9" or "4.1.0"', found: JSON.stringify(requestedVersion) });
  }
  const kafkaVersion = assume('cluster.kafka_version', requestedVersion, newestVersion(), 'not stated; the newest version in the catalog');
  const resolved = resolveVersion(kafkaVersion);
  if (resolved.relation === 'older') {
    questions.push(
      `Kafka ${kafkaVersion} is older than the oldest version in the reference (${resolved.documented}); defaults are taken from ${resolved.documented}. Can you upgrade? Versions before 3.0 differ in key defaults (idempotence, session timeout).`,
    );
  } else if (resolved.relation === 'between') {
    assumptions.push({
      field: 'cluster.kafka_version',
      value: kafkaVersion,
      why: `Kafka ${kafkaVersion} has no settings table in the reference: defaults are taken from ${resolved.documented}, the last documented version before it, and miss what later releases up to ${kafkaVersion} added or changed`,
    });
  } else if (resolved.relation === 'newer' && resolved.documented !== kafkaVersion.split('.').slice(0, 2).join('.')) {
    questions.push(`Kafka ${kafkaVersion} is newer than the reference (${resolved.documented}); defaults are taken from ${resolved.documented}.`);
  }

  const brokers = assume(
    'cluster.brokers',
    req.cluster?.brokers,
    environment === 'development' ? 1 : 3,
    environment === 'development'
      ? 'not stated; a local development cluster usually has one broker'
      : 'not stated; three brokers is the smallest cluster that keeps writing through one broker failure',
    'How many brokers does the cluster have (cluster.brokers)?',
  );
  const racks = req.cluster?.racks ?? null;
  if (racks !== null && racks > brokers) {
    throw new UserError({
      file,
      field: 'cluster.racks',
      message: `${racks} racks but only ${brokers} brokers: every rack needs at least one broker`,
      expected: `at most ${brokers}`,
      found: String(racks),
    });
  }
  const platform = req.cluster?.platform ?? 'self-managed';
  const brokerType = req.cluster?.broker_type ?? null;
  if (brokerType !== null) {
    // Broker sizes are facts only for Amazon MSK; elsewhere the name would be taken on trust.
    if (platform !== 'msk') {
      throw new UserError({
        file,
        field: 'cluster.broker_type',
        message: `broker_type names an Amazon MSK broker size, but the platform is ${platform}`,
        expected: 'platform: msk, or no broker_type',
        found: brokerType,
      });
    }
    if (!mskBrokerSize(brokerType)) {
      const near = didYouMean(
        brokerType,
        MSK_BROKER_SIZES.map((s) => s.id),
      );
      throw new UserError({
        file,
        field: 'cluster.broker_type',
        message: `unknown Amazon MSK broker size "${brokerType}"`,
        expected: `one of ${MSK_BROKER_SIZES.map((s) => s.id).join(', ')}`,
        found: brokerType,
        ...(near.length > 0 ? { suggestion: `did you mean ${near.join(' or ')}?` } : {}),
      });
    }
  }

  const language = assume<Language>('client.language', req.client?.language, 'java', 'not stated; the Java client is the reference implementation');
  const library = assume('client.library', req.client?.library, DEFAULT_LIBRARY[language], `not stated; the most common ${language} client`);
  const lib = clientLibrary(library);
  if (!lib) {
    questions.push(`The client library "${library}" is not one whose defaults the reference knows; settings are given with Java client defaults, so set every value in the design explicitly.`);
  } else if (!lib.languages.includes(language)) {
    throw new UserError({ file, field: 'client.library', message: `${library} is not a ${language} client`, expected: `a ${language} client such as ${DEFAULT_LIBRARY[language]}`, found: library });
  }

  const names = new Set<string>();
  const flows = req.flows.map((flow, i) => {
    if (names.has(flow.name)) {
      throw new UserError({ file, field: `flows[${i}].name`, message: `duplicate flow name "${flow.name}"`, suggestion: 'give each flow a unique name: it names the topic' });
    }
    names.add(flow.name);
    return flowFacts(flow, i, environment, assume, questions, file);
  });

  return {
    name: req.name,
    environment,
    experience,
    kafkaVersion,
    documentedVersion: resolved.documented,
    brokers,
    racks,
    platform,
    priority: req.priority ?? 'balanced',
    regions: req.regions ? { count: req.regions.count, mode: req.regions.mode ?? 'active-passive' } : null,
    security: { authentication: req.security?.authentication ?? null, authorization: req.security?.authorization ?? null },
    diskPerBrokerBytes: req.cluster?.disk_per_broker === undefined ? null : byteSizeToBytes(req.cluster.disk_per_broker),
    tieredStorage: req.cluster?.tiered_storage ?? null,
    brokerType,
    language,
    library,
    libraryVersion: req.client?.library_version ?? null,
    flows,
    assumptions,
    questions,
  };
}

/**
 * A per-key flow's busiest key decides whether order can keep up. Unstated, keys are taken to be
 * spread evenly (no fact to check against) and the user is asked.
 */
function hotKeyShare(flow: Flow, ordering: Ordering, key: string | null, assume: Assume, questions: string[], at: (f: string) => string): number | null {
  const stated = flow.throughput?.hot_key_share;
  if (stated !== undefined || ordering !== 'per-key' || key === null) return stated ?? null;
  assume(at('throughput.hot_key_share'), undefined, null, `not given; ${key} values are taken to be spread evenly, so no single ${key} is checked against one partition or one in-order handler`);
  questions.push(
    `Flow "${flow.name}": what share of the records does the busiest ${key} carry (hot_key_share)? All of a ${key}'s records go through one partition and, in order, one handler at a time.`,
  );
  return null;
}

type Assume = <T>(field: string, given: T | undefined, value: T, why: string, question?: string) => T;

function flowFacts(flow: Flow, i: number, environment: Environment, assume: Assume, questions: string[], file?: string): FlowFacts {
  const at = (f: string) => `flows[${i}].${f}`;
  const key = flow.key ?? null;
  const ordering = assume<Ordering>(
    at('ordering'),
    flow.ordering,
    key ? 'per-key' : 'none',
    key ? `a key (${key}) is given, so events of one ${key} are taken to need their order` : 'no key and no ordering stated; order is taken not to matter',
    `Flow "${flow.name}": must events stay in order, per ${key ?? 'key'} or across the whole flow (ordering)?`,
  );
  if (ordering === 'per-key' && !key) {
    questions.push(`Flow "${flow.name}" needs per-key order but names no key: which field identifies the entity whose events must stay in order (e.g. user_id, order_id)?`);
  }
  const delivery = assume<Delivery>(
    at('delivery'),
    flow.delivery,
    'at-least-once',
    'not stated; at-least-once is what Kafka gives by default when consumers commit after processing',
    `Flow "${flow.name}": may an event be lost, processed twice, or must it take effect exactly once (delivery)?`,
  );
  const state = flow.state ?? false;
  if (state && !key) {
    throw new UserError({ file, field: at('key'), message: 'state: true needs a key: compaction keeps the latest record per key', suggestion: 'add the entity id as key, e.g. key: customer_id' });
  }

  const t = flow.throughput ?? {};
  let peak = t.peak_per_second;
  let average = t.average_per_second;
  if (peak === undefined && average !== undefined) {
    peak = assume(
      at('throughput.peak_per_second'),
      undefined,
      Math.max(1, average * 3),
      `only the average (${average}/s) is given; peaks of 3x the average are common for business events`,
      `Flow "${flow.name}": what is the busiest rate you expect (peak_per_second)? Three times the average was assumed.`,
    );
  } else if (peak === undefined) {
    const rates = `Flow "${flow.name}": what are the average and peak event rates (per second)? The partition count depends on them.`;
    peak = assume(at('throughput.peak_per_second'), undefined, 100, 'no throughput given; 100 events/s is a placeholder', rates);
    questions.push(rates);
  }
  if (average === undefined) {
    average = assume(
      at('throughput.average_per_second'),
      undefined,
      peak / 3,
      `not given; a third of the peak (${peak}/s)`,
      `Flow "${flow.name}": what rate do you see on average (average_per_second)? A third of the peak was assumed; whether a backlog drains depends on it.`,
    );
  }
  if (average > peak) {
    throw new UserError({
      file,
      field: at('throughput.average_per_second'),
      message: `average (${average}/s) is above the peak (${peak}/s)`,
      suggestion: 'peak_per_second is the highest rate you expect; it must be at least the average',
    });
  }
  const messageBytes = assume(
    at('throughput.message_bytes'),
    t.message_bytes,
    1000,
    'not given; 1 KB is typical for JSON or Avro business events',
    `Flow "${flow.name}": how large is a record, in bytes (message_bytes)?`,
  );
  const growthFactor = assume(at('throughput.growth_factor'), t.growth_factor, 1, 'not given; no growth planned beyond the stated peak');

  const latencyP99Ms = flow.latency?.end_to_end_p99_ms ?? null;
  const retentionMs = retentionToMs(
    assume<string | number>(
      at('retention'),
      flow.retention,
      state ? 'forever' : '7d',
      state ? 'latest-state flow: kept until replaced (compaction)' : 'not given; seven days, the broker default, leaves a week to replay after an incident',
      `Flow "${flow.name}": how long must records stay readable (retention)?`,
    ),
  );

  const p = flow.processing ?? {};
  const perMessage = p.per_message_ms;
  let p50Ms: number;
  let p99Ms: number;
  if (perMessage) {
    const tail = `Flow "${flow.name}": how long does the slowest 1% of messages take to process (processing.per_message_ms.p99)? It sizes max.poll.interval.ms and timeouts.`;
    const median = `Flow "${flow.name}": how long does a typical message take to process (processing.per_message_ms.p50)? It sizes the consumers.`;
    p50Ms = assume(
      at('processing.per_message_ms.p50'),
      perMessage.p50,
      (perMessage.p99 ?? 0) / ASSUMED_TAIL_RATIO,
      `only the p99 is given; the median is taken as 1/${ASSUMED_TAIL_RATIO} of it`,
      median,
    );
    p99Ms = assume(at('processing.per_message_ms.p99'), perMessage.p99, p50Ms * ASSUMED_TAIL_RATIO, `only the median is given; the slow tail is taken as ${ASSUMED_TAIL_RATIO}x it`, tail);
    if (p99Ms < p50Ms) {
      throw new UserError({ file, field: at('processing.per_message_ms'), message: `p99 (${p99Ms} ms) is below p50 (${p50Ms} ms)`, suggestion: 'p99 is the slow tail: it is at least the median' });
    }
    if (perMessage.p50 === undefined) questions.push(median);
    if (perMessage.p99 === undefined) questions.push(tail);
  } else {
    const work = `Flow "${flow.name}": how long does the consumer take per message (median and p99)? Slow work changes partitions, poll settings and patterns.`;
    ({ p50: p50Ms, p99: p99Ms } = assume(at('processing.per_message_ms'), undefined, { p50: 1, p99: 10 }, 'not given; a light consumer (1 ms median, 10 ms p99)', work));
    questions.push(work);
  }
  const maxInstances = p.max_instances ?? null;
  const sideEffects = assume(
    at('processing.side_effects'),
    p.side_effects,
    'none' as const,
    'not given; the consumer is taken to have no side effect outside its own state',
    `Flow "${flow.name}": does the consumer do anything outside Kafka that must not happen twice, such as a payment, an email or an HTTP call (side_effects)?`,
  );
  if (delivery === 'exactly-once' && p.side_effects === undefined) {
    questions.push(`Flow "${flow.name}" asks for exactly-once: where do the consumer's results go (another Kafka topic, a database, an external API)? Kafka transactions only cover Kafka.`);
  }

  const format = assume(at('schema.format'), flow.schema?.format, 'json' as const, 'not given; JSON without a registered schema');
  const evolves = assume(
    at('schema.evolves'),
    flow.schema?.evolves,
    environment === 'production',
    environment === 'production' ? 'not given; production event formats usually change over time' : 'not given; a development flow',
  );

  return {
    index: i,
    name: flow.name,
    source: flow.source ?? 'producer',
    sourceKind: flow.source_kind ?? 'application',
    sink: flow.sink ?? `${flow.name}-consumer`,
    key: ordering === 'none' && !state ? null : key,
    ordering,
    delivery,
    state,
    consumption: flow.consumption ?? 'group',
    deletes: flow.deletes ?? false,
    deletesWithinMs: flow.deletes_within === undefined ? null : retentionToMs(flow.deletes_within),
    hotKeyShare: hotKeyShare(flow, ordering, key, assume, questions, at),
    compressionRatio: t.compression_ratio ?? null,
    sourceInstances: t.source_instances ?? null,
    averagePerSecond: average,
    peakPerSecond: peak,
    messageBytes,
    growthFactor,
    latencyP99Ms,
    retentionMs,
    processing: { p50Ms, p99Ms, maxInstances, rateLimitPerSecond: p.external_rate_limit_per_second ?? null, sideEffects, batchWrites: p.batch_writes ?? null },
    schema: { format, evolves },
  };
}
