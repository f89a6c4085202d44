// How verify runs a design's producer and consumer with kafkajs: the Java-named settings of the
// design (plus the client's defaults for what it leaves out) translated into kafkajs options,
// and a note for every setting kafkajs cannot honour the same way.
import { clientDefault } from '../../knowledge/clients.js';

export interface ClientSettings {
  /** Java-named producer settings the design writes down. */
  producer: Record<string, string>;
  /** Java-named consumer settings the design writes down. */
  consumer: Record<string, string>;
  kafkaVersion: string;
  /** The design's client library id (its defaults fill what the design leaves out). */
  library: string;
  /** Bytes per record the run sends. */
  messageBytes: number;
}

export interface ProducerPlan {
  requestTimeoutMs: number;
  retry: { retries: number; initialRetryTime: number; maxRetryTime: number };
  idempotent: boolean;
  /** kafkajs maxInFlightRequests, and how many send() calls the runner keeps in flight. */
  maxInFlight: number;
  acks: -1 | 0 | 1;
  gzip: boolean;
  /** Records per send(): kafkajs has no linger, so the runner batches by hand. */
  recordsPerSend: number;
  /** Bytes per record in the run (the flow's, unless the local broker's log limit forces less). */
  recordBytes: number;
  /**
   * Run each send() in its own transaction. librdkafka's mock broker checks producer sequence
   * numbers (the broker side of idempotence) only for transactional producers; a real broker
   * checks them for every idempotent producer. Set for idempotent producers on the local broker.
   */
  transactionsForSequenceChecks: boolean;
}

export interface ConsumerPlan {
  requestTimeoutMs: number;
  sessionTimeout: number;
  heartbeatInterval: number;
  rebalanceTimeout: number;
  minBytes: number;
  maxBytes: number;
  maxBytesPerPartition: number;
  maxWaitTimeInMs: number;
  readUncommitted: boolean;
  autoCommit: boolean;
  autoCommitInterval: number | null;
}

export interface KafkajsPlan {
  producer: ProducerPlan;
  consumer: ConsumerPlan;
  /** Settings that could not be mapped one to one, and what was done instead. */
  notes: string[];
}

/** Caps one send() so faults land between sends at a fine grain (1% of 10,000 records). */
const MAX_RECORDS_PER_SEND = 100;

/** librdkafka's default in-flight limit is 1,000,000; past this many sends, faults would land after everything was sent. */
const MAX_IN_FLIGHT = 16;

const UNMAPPED_PRODUCER: Record<string, string> = {
  'buffer.memory': 'kafkajs has no send buffer limit',
  'max.block.ms': 'kafkajs send() does not block on metadata or buffer space',
  'partitioner.class': 'kafkajs uses its own murmur2 partitioner (Java-compatible for keyed records)',
  'max.request.size': 'kafkajs does not cap request size on the client',
  'transactional.id': "the runner checks delivery, not a read-process-write transaction: records are sent outside the design's transactions",
};

const UNMAPPED_CONSUMER: Record<string, string> = {
  'max.poll.records': 'kafkajs hands over whole fetched batches; the runner does no per-record work, so max.poll.records does not change the result',
  'partition.assignment.strategy': 'kafkajs ships only its round-robin assignor',
  'group.instance.id': 'kafkajs does not support static membership',
  'client.rack': 'kafkajs has no rack-aware fetching',
};

/** The mock keeps at most 5 MiB per partition; a run stays within 4 MiB so no record is dropped before it is read. */
const LOCAL_BYTES_PER_PARTITION = 4 * 1024 * 1024;
const MIN_RECORD_BYTES = 64;

export interface RunTarget {
  localBroker: boolean;
  messages: number;
  partitions: number;
}

export function planKafkajs(settings: ClientSettings, target: RunTarget): KafkajsPlan {
  const notes: string[] = [];
  const p = (name: string): string | null => settings.producer[name] ?? clientDefault('producer', name, settings.kafkaVersion, settings.library).value;
  const c = (name: string): string | null => settings.consumer[name] ?? clientDefault('consumer', name, settings.kafkaVersion, settings.library).value;
  const num = (v: string | null, fallback: number): number => {
    const n = v === null ? NaN : Number(v);
    return Number.isFinite(n) ? n : fallback;
  };
  const explicit = settings.producer;

  // Producer -------------------------------------------------------------------------------
  let acks: -1 | 0 | 1 = (() => {
    const a = (p('acks') ?? 'all').trim().toLowerCase();
    return a === '0' ? 0 : a === '1' ? 1 : -1;
  })();
  const maxInFlightJava = num(p('max.in.flight.requests.per.connection'), 5);
  const retriesJava = num(p('retries'), 2147483647);
  let idempotent: boolean;
  if (explicit['enable.idempotence'] !== undefined) {
    idempotent = explicit['enable.idempotence'].trim().toLowerCase() === 'true';
  } else {
    // Since Kafka 3.2 the Java producer turns its default idempotence off, rather than failing,
    // when other settings written down conflict with it.
    const conflicts = [
      explicit.acks !== undefined && acks !== -1 ? `acks=${explicit.acks}` : undefined,
      explicit.retries !== undefined && retriesJava === 0 ? 'retries=0' : undefined,
      explicit['max.in.flight.requests.per.connection'] !== undefined && maxInFlightJava > 5 ? `max.in.flight.requests.per.connection=${maxInFlightJava}` : undefined,
    ].filter(Boolean);
    idempotent = (p('enable.idempotence') ?? 'false').trim().toLowerCase() === 'true' && conflicts.length === 0;
    if (conflicts.length) notes.push(`enable.idempotence is not written down and ${conflicts.join(', ')} conflicts with it, so the producer is not idempotent (the Java client's behaviour since 3.2)`);
  }
  if (idempotent && acks !== -1) {
    notes.push(`enable.idempotence=true with acks=${acks}: the Java client refuses this; ran with acks=all`);
    acks = -1;
  }
  let maxInFlight = Math.max(1, Math.floor(maxInFlightJava));
  if (maxInFlight > MAX_IN_FLIGHT) {
    notes.push(`max.in.flight.requests.per.connection=${maxInFlight}: the runner keeps at most ${MAX_IN_FLIGHT} send() calls outstanding`);
    maxInFlight = MAX_IN_FLIGHT;
  }
  if (idempotent && maxInFlight > 1) {
    notes.push(
      `max.in.flight.requests.per.connection=${maxInFlight} with idempotence: kafkajs's idempotent producer allows only 1 request in flight; ran with 1 (the Java client keeps order with up to 5)`,
    );
    maxInFlight = 1;
  }

  const requestTimeoutMs = num(p('request.timeout.ms'), 30000);
  const backoffMs = num(p('retry.backoff.ms'), 100);
  const backoffMaxMs = Math.max(backoffMs, num(p('retry.backoff.max.ms'), 1000));
  const deliveryTimeoutMs = num(p('delivery.timeout.ms'), 120000);
  // kafkajs counts retries and has no delivery timeout; the Java producer retries until
  // delivery.timeout.ms, so cap the count at the attempts that fit in it.
  const retriesByTime = Math.max(1, Math.floor(deliveryTimeoutMs / (requestTimeoutMs + backoffMaxMs)));
  const retries = Math.max(0, Math.min(retriesJava, retriesByTime));
  if (retriesJava > retriesByTime) {
    notes.push(
      `retries=${retriesJava} is bounded by delivery.timeout.ms=${deliveryTimeoutMs} in Java; kafkajs has no delivery timeout, so it ran with ${retries} retries (${deliveryTimeoutMs} / (${requestTimeoutMs} + ${backoffMaxMs}) ms)`,
    );
  }

  const compression = (p('compression.type') ?? 'none').trim().toLowerCase();
  const gzip = compression === 'gzip';
  if (compression !== 'none' && !gzip) notes.push(`compression.type=${compression}: kafkajs needs an extra codec package for it; ran uncompressed`);

  let recordBytes = settings.messageBytes;
  if (target.localBroker) {
    const fits = Math.max(MIN_RECORD_BYTES, Math.floor((LOCAL_BYTES_PER_PARTITION * target.partitions) / Math.max(1, target.messages)));
    if (recordBytes > fits) {
      notes.push(
        `records of ${recordBytes} bytes were sent as ${fits} bytes: the local broker keeps at most 5 MiB per partition, and ${target.messages} records over ${target.partitions} partitions must fit in 4 MiB each`,
      );
      recordBytes = fits;
    }
  }
  const batchSize = num(p('batch.size'), 16384);
  const recordsPerSend = Math.max(1, Math.min(MAX_RECORDS_PER_SEND, Math.floor(batchSize / Math.max(1, recordBytes))));
  if (explicit['linger.ms'] !== undefined || explicit['batch.size'] !== undefined) {
    notes.push(
      `linger.ms/batch.size: kafkajs does not batch on its own; the runner sends ${recordsPerSend} records per send() (batch.size ${batchSize} / ${recordBytes} bytes, at most ${MAX_RECORDS_PER_SEND})`,
    );
  }

  const transactionsForSequenceChecks = idempotent && target.localBroker;
  if (transactionsForSequenceChecks) {
    notes.push(
      "local broker: librdkafka's mock checks producer sequence numbers only for transactional producers, so each send() ran in its own transaction to get the sequence check a real broker applies to every idempotent producer",
    );
  }
  for (const [name, why] of Object.entries(UNMAPPED_PRODUCER)) if (explicit[name] !== undefined) notes.push(`${name}: ${why}`);

  // Consumer -------------------------------------------------------------------------------
  const consumerExplicit = settings.consumer;
  const autoCommit = (c('enable.auto.commit') ?? 'true').trim().toLowerCase() === 'true';
  const consumer: ConsumerPlan = {
    requestTimeoutMs: num(c('request.timeout.ms'), 30000),
    sessionTimeout: num(c('session.timeout.ms'), 45000),
    heartbeatInterval: num(c('heartbeat.interval.ms'), 3000),
    rebalanceTimeout: num(c('max.poll.interval.ms'), 300000),
    minBytes: num(c('fetch.min.bytes'), 1),
    maxBytes: num(c('fetch.max.bytes'), 52428800),
    maxBytesPerPartition: num(c('max.partition.fetch.bytes'), 1048576),
    maxWaitTimeInMs: num(c('fetch.max.wait.ms'), 500),
    readUncommitted: (c('isolation.level') ?? 'read_uncommitted').trim().toLowerCase() === 'read_uncommitted',
    autoCommit,
    autoCommitInterval: autoCommit ? num(c('auto.commit.interval.ms'), 5000) : null,
  };
  if (!autoCommit) notes.push('enable.auto.commit=false: the runner commits after each batch it has recorded (commit after processing)');
  if (consumerExplicit['auto.offset.reset'] !== undefined) notes.push('auto.offset.reset: the run reads its fresh topic from the beginning whatever the setting');
  for (const [name, why] of Object.entries(UNMAPPED_CONSUMER)) if (consumerExplicit[name] !== undefined) notes.push(`${name}: ${why}`);

  return {
    producer: {
      requestTimeoutMs,
      retry: { retries, initialRetryTime: backoffMs, maxRetryTime: backoffMaxMs },
      idempotent,
      maxInFlight,
      acks,
      gzip,
      recordsPerSend,
      recordBytes,
      transactionsForSequenceChecks,
    },
    consumer,
    notes,
  };
}
