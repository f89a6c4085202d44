// The intake table: each phrasing and the fields it must yield, and the questions `ask` must put
// back when the words leave a fact open. Values are compared exactly; fields not listed are free.
import { describe, expect, it } from 'vitest';
import { draftFromWords } from '../../../src/method/intake/compose.js';
import { requirementsSchema } from '../../../src/model/requirements.js';

interface Case {
  words: string;
  yields: Record<string, unknown>;
  /** Fields that must be asked about. */
  asks?: string[];
  /** Fields that must not be set (nothing invented). */
  absent?: string[];
}

const F = 'flows[0]';

const CASES: Case[] = [
  // Rates with units and periods
  { words: '20k/s at peak', yields: { [`${F}.throughput.peak_per_second`]: 20000 } },
  { words: 'about 1.2 million events per hour', yields: { [`${F}.throughput.average_per_second`]: 333.33 }, absent: [`${F}.throughput.peak_per_second`] },
  { words: '2 million orders a day, peaks of 300 orders per second', yields: { [`${F}.throughput.average_per_second`]: 23.15, [`${F}.throughput.peak_per_second`]: 300 } },
  { words: '60/s on average and 400/s at peak', yields: { [`${F}.throughput.average_per_second`]: 60, [`${F}.throughput.peak_per_second`]: 400 } },
  { words: 'we see 3,000 msgs/s normally and bursts up to 12,000 msgs/s', yields: { [`${F}.throughput.average_per_second`]: 3000, [`${F}.throughput.peak_per_second`]: 12000 } },
  { words: '5000 gauges per second on average, 15000 at peak', yields: { [`${F}.throughput.average_per_second`]: 5000, [`${F}.throughput.peak_per_second`]: 15000 } },
  { words: '2 per second on average and 20 at peak', yields: { [`${F}.throughput.average_per_second`]: 2, [`${F}.throughput.peak_per_second`]: 20 } },
  { words: '60/s normally with peaks of 400', yields: { [`${F}.throughput.average_per_second`]: 60, [`${F}.throughput.peak_per_second`]: 400 } },
  { words: 'peaks of 400', yields: {}, absent: [`${F}.throughput.peak_per_second`], asks: [`${F}.throughput.peak_per_second`] },
  { words: '500 rps', yields: { [`${F}.throughput.peak_per_second`]: 500 } },
  { words: '1500 messages per minute', yields: { [`${F}.throughput.average_per_second`]: 25 } },
  { words: 'maximum of 2.5M events per second', yields: { [`${F}.throughput.peak_per_second`]: 2500000 } },
  // Rate limits of the sink
  { words: 'the push API allows 100 requests per second', yields: { [`${F}.processing.external_rate_limit_per_second`]: 100 }, absent: [`${F}.throughput.peak_per_second`] },
  { words: 'the vendor endpoint is rate limited to 50 calls a second', yields: { [`${F}.processing.external_rate_limit_per_second`]: 50 } },
  { words: 'our SMS provider has a quota of 6000 messages per minute', yields: { [`${F}.processing.external_rate_limit_per_second`]: 100 } },
  // Sizes
  { words: 'each event is about 3 KB', yields: { [`${F}.throughput.message_bytes`]: 3000 } },
  { words: 'scanned documents of 8 MB each', yields: { [`${F}.throughput.message_bytes`]: 8000000 } },
  { words: 'messages are 800 bytes of JSON', yields: { [`${F}.throughput.message_bytes`]: 800, [`${F}.schema.format`]: 'json' } },
  { words: 'around 2 KiB per record', yields: { [`${F}.throughput.message_bytes`]: 2048 } },
  { words: 'we push 50 MB/s in total', yields: {}, absent: [`${F}.throughput.message_bytes`] },
  // Processing times and percentiles
  { words: 'each call to the push API takes 50 ms to 2 s', yields: { [`${F}.processing.per_message_ms`]: { p50: 50, p99: 2000 } } },
  { words: 'processing takes 20 ms at p50 and 300 ms at p99', yields: { [`${F}.processing.per_message_ms`]: { p50: 20, p99: 300 } } },
  { words: 'the fraud check usually takes 150 ms, worst case 1.2 s', yields: { [`${F}.processing.per_message_ms`]: { p50: 150, p99: 1200 } } },
  { words: 'handling one message takes 10 ms', yields: { [`${F}.processing.per_message_ms`]: { p50: 10 } } },
  { words: 'median 5 ms, p99 40 ms', yields: { [`${F}.processing.per_message_ms`]: { p50: 5, p99: 40 } } },
  // Latency
  { words: 'notifications must be delivered within 5 seconds', yields: { [`${F}.latency.end_to_end_p99_ms`]: 5000 } },
  { words: 'end-to-end latency under 100 ms', yields: { [`${F}.latency.end_to_end_p99_ms`]: 100 } },
  // Retention
  { words: 'keep 7 days of history', yields: { [`${F}.retention`]: '7d' } },
  { words: 'we need to replay the last two weeks', yields: { [`${F}.retention`]: '14d' } },
  { words: 'retain the events for 12 hours', yields: { [`${F}.retention`]: '12h' } },
  { words: 'keep the audit entries forever', yields: { [`${F}.retention`]: 'forever' } },
  // Guarantees
  { words: "we can't lose a single order", yields: { [`${F}.delivery`]: 'at-least-once' } },
  { words: 'no data loss, duplicates are fine', yields: { [`${F}.delivery`]: 'at-least-once' } },
  { words: 'each payment must be applied exactly once', yields: { [`${F}.delivery`]: 'exactly-once' }, asks: [`${F}.processing.side_effects`] },
  { words: 'no data loss and no duplicates', yields: { [`${F}.delivery`]: 'exactly-once' } },
  { words: 'losing a few samples is fine', yields: { [`${F}.delivery`]: 'at-most-once' } },
  { words: 'fire and forget telemetry', yields: { [`${F}.delivery`]: 'at-most-once' } },
  // Ordering and the entity
  { words: "keep each user's notifications in order", yields: { [`${F}.ordering`]: 'per-key', [`${F}.key`]: 'user_id', [`${F}.name`]: 'events' } },
  { words: 'events must stay in order per account', yields: { [`${F}.ordering`]: 'per-key', [`${F}.key`]: 'account_id' } },
  { words: 'the events of one order must stay in order', yields: { [`${F}.ordering`]: 'per-key', [`${F}.key`]: 'order_id' } },
  { words: 'ordered by customer', yields: { [`${F}.ordering`]: 'per-key', [`${F}.key`]: 'customer_id' } },
  { words: 'we need a global order over every entry', yields: { [`${F}.ordering`]: 'global' }, absent: [`${F}.key`] },
  { words: "order doesn't matter", yields: { [`${F}.ordering`]: 'none' } },
  { words: 'consumers rebuild the latest profile per customer', yields: { [`${F}.state`]: true, [`${F}.key`]: 'customer_id' } },
  // Languages and libraries
  { words: 'our consumers are written in Python', yields: { 'client.language': 'python' }, absent: ['client.library'] },
  { words: 'a Spring Boot service', yields: { 'client.language': 'java' } },
  { words: 'we use kafkajs on Node', yields: { 'client.language': 'typescript', 'client.library': 'kafkajs' } },
  { words: 'a Go service with franz-go', yields: { 'client.language': 'go', 'client.library': 'franz-go' } },
  { words: 'confluent-kafka-python consumers', yields: { 'client.language': 'python', 'client.library': 'confluent-kafka' } },
  { words: 'we go to production soon', yields: { environment: 'production' }, absent: ['client.language'] },
  // Environment, brokers, platform, version
  { words: 'this is Docker Desktop first, production later', yields: { environment: 'development' } },
  { words: 'a staging cluster with 3 brokers', yields: { environment: 'staging', 'cluster.brokers': 3 } },
  { words: 'single broker on my laptop', yields: { environment: 'development', 'cluster.brokers': 1 } },
  { words: 'six brokers across three availability zones on Amazon MSK', yields: { 'cluster.brokers': 6, 'cluster.racks': 3, 'cluster.platform': 'msk' } },
  { words: 'Kafka 3.9 on Strimzi', yields: { 'cluster.kafka_version': '3.9', 'cluster.platform': 'strimzi' } },
  { words: 'we run Confluent Cloud', yields: { 'cluster.platform': 'confluent-cloud' } },
  // Consumers, side effects, schema, growth, experience
  { words: 'we can run up to 6 consumer instances', yields: { [`${F}.processing.max_instances`]: 6 } },
  { words: 'the worker writes each event to Postgres', yields: { [`${F}.processing.side_effects`]: 'database' } },
  { words: 'it reads, transforms and produces the result to another topic', yields: { [`${F}.processing.side_effects`]: 'kafka' } },
  { words: 'events are Avro and new fields will be added', yields: { [`${F}.schema.format`]: 'avro', [`${F}.schema.evolves`]: true } },
  { words: 'protobuf, the schema never changes', yields: { [`${F}.schema.format`]: 'protobuf', [`${F}.schema.evolves`]: false } },
  { words: 'traffic will double next year', yields: { [`${F}.throughput.growth_factor`]: 2 } },
  { words: 'we are new to Kafka', yields: { 'team.kafka_experience': 'beginner' } },
  // Names
  { words: 'our notification consumer falls behind', yields: { name: 'notification-service', [`${F}.name`]: 'notifications', [`${F}.sink`]: 'notification-consumer' } },
  { words: 'scanned documents of about 8 MB each', yields: { [`${F}.name`]: 'scanned-documents', [`${F}.throughput.message_bytes`]: 8000000 } },
  { words: 'click events from the web frontend', yields: { [`${F}.name`]: 'click-events', [`${F}.source`]: 'web-frontend' } },
  // Nothing said: everything is asked
  {
    words: 'we want to use Kafka',
    yields: { name: 'kafka-service', [`${F}.name`]: 'events' },
    asks: [`${F}.throughput.peak_per_second`, `${F}.throughput.message_bytes`, `${F}.delivery`, `${F}.ordering`, `${F}.processing.per_message_ms`, 'client.language'],
  },
  { words: 'order per user is needed', yields: { [`${F}.key`]: 'user_id' }, asks: [`${F}.delivery`] },
  { words: 'the API allows 0 requests per second', yields: {}, absent: [`${F}.processing.external_rate_limit_per_second`], asks: [`${F}.processing.external_rate_limit_per_second`] },
  { words: 'latest value per key', yields: {}, absent: [`${F}.state`], asks: [`${F}.key`] },
];

describe('ask never overrides one statement with another', () => {
  it.each([
    ['3 brokers in the main DC. Also 5 brokers in the other DC.', 'cluster.brokers'],
    ['order per user, also keyed by account', `${F}.key`],
    ['Kafka 3.9, and we want the new consumer group protocol', 'cluster.kafka_version'],
  ])('%s', (words, field) => {
    const draft = draftFromWords(words);
    expect(getField(draft.requirements, field), field).toBeUndefined();
    expect(draft.questions.some((q) => q.field === field && /two ways/.test(q.question))).toBe(true);
  });

  it('never takes "when a broker dies" for a broker count', () => {
    for (const words of ['we have 12 brokers; losing a few events when a broker dies is fine', 'if one broker goes down we must keep writing', 'we can lose one broker']) {
      const brokers = getField(draftFromWords(words).requirements, 'cluster.brokers');
      expect(brokers === undefined || brokers === 12, words).toBe(true);
    }
    expect(getField(draftFromWords('we can lose one broker').requirements, `${F}.delivery`)).toBeUndefined();
  });
});

/** The draft's value at a field path such as flows[0].throughput.peak_per_second. */
function getField(source: unknown, field: string): unknown {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .reduce<unknown>((cur, k) => (cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[k] : undefined), source);
}

describe('ask: plain words to a requirements draft', () => {
  it('has at least 40 phrasings', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)('$words', ({ words, yields, asks = [], absent = [] }) => {
    const draft = draftFromWords(words);
    expect(requirementsSchema.safeParse(draft.requirements).success).toBe(true);
    for (const [field, value] of Object.entries(yields)) {
      expect(getField(draft.requirements, field), field).toEqual(value);
    }
    for (const field of absent) expect(getField(draft.requirements, field), field).toBeUndefined();
    const asked = draft.questions.map((q) => q.field);
    for (const field of asks) expect(asked, `asks about ${field}`).toContain(field);
    // Every understood value quotes words that are really in the request.
    for (const u of draft.understood) {
      for (const part of u.from.split(' ... ')) expect(words, u.field).toContain(part);
    }
  });
});
