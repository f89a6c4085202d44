// One truth about a consumer's poll loop per client family: what bounds the records the application
// takes on at once (a setting, an argument of its own consume call, or a whole fetch), and what keeps
// the member in its group while it works (a deadline between polls, or heartbeats between messages).
// explain, lag, design, critique and generate all read these facts, so every tool tells one story.
// Sources: Kafka consumer configs; librdkafka 2.15.1 CONFIGURATION.md (max.poll.records sits with the
// KIP-932 share-consumer properties); kafkajs 2.2.4 src/consumer; franz-go pkg/kgo config.go.
import { numericDefault } from './catalog.js';
import type { ClientFamily } from './clients.js';

export interface PollBatchFacts {
  /** Canonical (Java) setting that bounds the batch, or null when the application bounds it. */
  setting: 'max.poll.records' | null;
  /** How the user writes it in their library: a property, an option, or a call argument. */
  dialect: string | null;
  /** Records per poll when nobody sets it; null when no record count bounds it (a whole fetch). */
  default: number | null;
  /** Where `default` comes from. */
  source: string;
  /** How the batch is set, in our words. */
  story: string;
}

export interface LivenessFacts {
  /** The canonical setting whose time the loop must keep, or null when the loop keeps none. */
  setting: 'max.poll.interval.ms' | 'session.timeout.ms' | null;
  /** Its name in the library. */
  dialect: string | null;
  /** What must finish within it: a whole batch between two polls, or one message between heartbeats. */
  unit: 'batch' | 'message' | 'none';
  /** The library's own default (ms) where the catalog does not hold the library's defaults. */
  default?: number;
  story: string;
}

export interface PollLoopFacts {
  family: ClientFamily;
  batch: PollBatchFacts;
  liveness: LivenessFacts;
  /** Canonical settings this library's classic (group) consumer does not read, with the reason. */
  notForClassicConsumer: Readonly<Record<string, string>>;
}

const LIBRDKAFKA_BATCH_CALL: Readonly<Record<string, string>> = {
  'confluent-kafka': 'consume(num_messages=N)',
  'confluent-kafka-go': 'the number of Poll() calls the application makes per batch',
  'node-rdkafka': 'consume(N)',
};

/** The batch call of a librdkafka-based library, in that library's words. */
function librdkafkaBatchCall(library: string): string {
  return LIBRDKAFKA_BATCH_CALL[library] ?? "the application's consume loop (N messages per call)";
}

/** librdkafka's classic consumer has no record count per poll: the batch belongs to the application. */
const LIBRDKAFKA_NO_MAX_POLL =
  'librdkafka 2.15.1 reads max.poll.records only for share consumers (KIP-932 share groups); a classic group consumer takes as many messages per call as the application asks for';

/** `kafkaVersion` matters only for the Java client's defaults (newest documented when absent). */
export function pollLoopFacts(family: ClientFamily, library: string, kafkaVersion?: string): PollLoopFacts {
  switch (family) {
    case 'librdkafka': {
      const call = librdkafkaBatchCall(library);
      return {
        family,
        batch: {
          setting: null,
          dialect: call,
          default: 1,
          source: 'librdkafka poll() returns one message; consume() defaults to one',
          story: `the application sets the batch: ${call}; ${LIBRDKAFKA_NO_MAX_POLL}`,
        },
        liveness: {
          setting: 'max.poll.interval.ms',
          dialect: 'max.poll.interval.ms',
          unit: 'batch',
          story: 'the application must call poll()/consume() again within max.poll.interval.ms, so one batch (N messages) must finish within it; heartbeats run on a background thread',
        },
        notForClassicConsumer: { 'max.poll.records': `${LIBRDKAFKA_NO_MAX_POLL}: set the batch with ${call}` },
      };
    }
    case 'kafkajs':
      return {
        family,
        batch: {
          setting: null,
          dialect: 'eachBatch (one fetch per partition, bounded by maxBytesPerPartition bytes) or eachMessage',
          default: null,
          source: 'kafkajs 2.2.4 hands over whole fetched batches',
          story:
            'kafkajs has no record count per poll: eachBatch receives what one fetch returned for a partition (bounded in bytes by maxBytesPerPartition), eachMessage one record at a time; partitionsConsumedConcurrently (default 1) sets how many partitions are processed at once',
        },
        liveness: {
          setting: 'session.timeout.ms',
          dialect: 'sessionTimeout',
          unit: 'message',
          story: 'kafkajs heartbeats between messages (and when eachBatch calls heartbeat()), so one message must finish within sessionTimeout; it has no poll deadline',
        },
        notForClassicConsumer: {
          'max.poll.records': 'kafkajs has no max.poll.records: eachBatch gets one fetch per partition (bounded by maxBytesPerPartition), eachMessage one record',
        },
      };
    case 'franz-go':
      return {
        family,
        batch: {
          setting: null,
          dialect: 'PollRecords(ctx, N)',
          default: null,
          source: 'franz-go PollFetches returns everything buffered',
          story: 'franz-go has no max.poll.records: the application passes N to PollRecords(ctx, N); PollFetches returns everything buffered',
        },
        // The generated franz-go consumers use BlockRebalanceOnPoll, so a rebalance never takes records mid-batch.
        liveness: {
          setting: 'max.poll.interval.ms',
          dialect: 'RebalanceTimeout',
          unit: 'batch',
          default: 60_000,
          story:
            'franz-go heartbeats in the background; with BlockRebalanceOnPoll (so a rebalance never takes records mid-batch) a rebalance waits until the polled batch is processed, at most RebalanceTimeout (60 s by default), so one batch must finish within it',
        },
        notForClassicConsumer: { 'max.poll.records': 'franz-go has no such option: the batch is the N of PollRecords(ctx, N)' },
      };
    case 'sarama':
      return {
        family,
        batch: {
          setting: null,
          dialect: 'ConsumeClaim (claim.Messages() delivers one message at a time)',
          default: 1,
          source: 'sarama ConsumerGroupHandler',
          story: 'sarama has no max.poll.records: ConsumeClaim reads claim.Messages() one message at a time',
        },
        liveness: {
          setting: null,
          dialect: 'Consumer.Group.Rebalance.Timeout',
          unit: 'none',
          story: 'sarama heartbeats in the background and sets no deadline between messages; a rebalance waits for ConsumeClaim to return, at most Consumer.Group.Rebalance.Timeout',
        },
        notForClassicConsumer: { 'max.poll.records': 'sarama has no such option: ConsumeClaim reads one message at a time' },
      };
    default: {
      const python = family === 'kafka-python';
      return {
        family,
        batch: {
          setting: 'max.poll.records',
          dialect: python ? 'max_poll_records' : 'max.poll.records',
          default: numericDefault('consumer', 'max.poll.records', kafkaVersion),
          source: `Kafka ${kafkaVersion ?? 'newest'} consumer configs`,
          story: 'poll() returns at most max.poll.records records',
        },
        liveness: {
          setting: 'max.poll.interval.ms',
          dialect: python ? 'max_poll_interval_ms' : 'max.poll.interval.ms',
          unit: 'batch',
          story: 'poll() must be called again within max.poll.interval.ms, so one batch must finish within it; heartbeats run on a background thread',
        },
        notForClassicConsumer: {},
      };
    }
  }
}
