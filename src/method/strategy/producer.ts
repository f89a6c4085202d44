// Producer settings for the flow's guarantee and latency, for the chosen client library and Kafka
// version. Settings the guarantee rests on are written explicitly; the rest only where the
// library's default is not what the flow needs.
import { clientLibrary } from '../../knowledge/clients.js';
import { numericDefault } from '../../knowledge/catalog.js';
import { DOCS, PLANNING } from '../../knowledge/planning.js';
import type { ProducerDesign } from '../../model/design.js';
import type { Facts, FlowFacts } from '../deconstruct/normalize.js';
import { transactionalIdTemplate } from './exactly-once.js';
import { clientSetting, emptyDecision, fmt, fmtBytes, merge, type ClientContext } from './decision.js';

export interface ProducerInputs {
  facts: Facts;
  flow: FlowFacts;
  topic: string;
  partitions: number;
  recordBytes: number;
  /** The producing service reads its input from Kafka in the same transaction. */
  transactionalProcessor?: string;
}

export function designProducer({ facts, flow, topic, partitions, recordBytes, transactionalProcessor }: ProducerInputs): ProducerDesign {
  const ctx: ClientContext = { kafkaVersion: facts.kafkaVersion, library: facts.library };
  const set = (name: string, value: string, why: string, opts?: { explicit?: boolean; refs?: string[] }) => clientSetting('producer', ctx, name, value, why, opts);
  const d = emptyDecision();
  const family = clientLibrary(facts.library)?.family ?? 'java';
  const sem = [DOCS.semantics];

  if (flow.delivery === 'at-most-once') {
    merge(d, set('acks', '1', 'At-most-once: the leader\'s acknowledgement is enough; a failure is reported to the application, never retried.', { explicit: true, refs: sem }));
    merge(d, set('enable.idempotence', 'false', 'Idempotence needs acks=all and retries; at-most-once wants neither.', { explicit: true, refs: sem }));
    merge(d, set('retries', '0', 'At-most-once: a retry could write a record twice, and a late duplicate is worse than a lost sample here.', { explicit: true, refs: sem }));
  } else {
    merge(d, set('acks', 'all', `${flow.delivery === 'exactly-once' ? 'Exactly-once' : 'At-least-once'}: a write counts only once every in-sync replica has it, so a leader crash cannot lose an acknowledged record.`, { explicit: true, refs: sem }));
    merge(d, set('enable.idempotence', 'true', `Retries must not duplicate or reorder records${flow.key ? ` of one ${flow.key}` : ''}: the idempotent producer numbers each batch so the broker drops duplicates and keeps order with up to 5 requests in flight.`, { explicit: true, refs: sem }));
    const inflight = family === 'kafkajs' ? '1' : '5';
    const inflightWhy = family === 'kafkajs'
      ? 'kafkajs only supports its idempotent producer with one request in flight per connection.'
      : 'The idempotent producer keeps order with at most 5 requests in flight per connection.';
    merge(d, set('max.in.flight.requests.per.connection', inflight, inflightWhy, { refs: sem }));
  }

  if (transactionalProcessor) {
    merge(d, set('transactional.id', transactionalIdTemplate(transactionalProcessor),
      `${transactionalProcessor} consumes and produces in one transaction (offsets included), so output and progress commit together. The id must be unique per group member and stable across its restarts (see transactional.id per member).`,
      { explicit: true, refs: [DOCS.transactions, DOCS.kip447] }));
  }

  if (family === 'librdkafka' && flow.key) {
    merge(d, set('partitioner', 'murmur2_random', `Keyed by ${flow.key}: librdkafka hashes keys with CRC32 by default (consistent_random), the Java client with murmur2. A Java, Kafka Streams or Connect writer of the same topic would send one ${flow.key} to another partition: order breaks, and a compacted topic keeps two "latest" values. murmur2_random hashes like Java (null keys still spread randomly).`, { explicit: true, refs: [DOCS.librdkafkaPartitioner] }));
  }

  // Latency: linger trades a little delay for fuller batches.
  const budget = flow.latencyP99Ms;
  let linger: number;
  let lingerWhy: string;
  if (budget !== null && budget <= PLANNING.noLingerBudgetMs) {
    linger = 0;
    lingerWhy = `End-to-end p99 budget is ${fmt(budget)} ms (≤ ${PLANNING.noLingerBudgetMs} ms): no time to wait for batches.`;
  } else if (budget !== null) {
    linger = Math.min(PLANNING.maxLingerMs, Math.max(5, Math.floor(budget / 100)));
    lingerWhy = `1 % of the ${fmt(budget)} ms budget, between 5 and ${PLANNING.maxLingerMs} ms: fuller batches and better compression for a delay the budget does not notice.`;
  } else {
    linger = 5;
    lingerWhy = 'No latency target: 5 ms lets batches fill at little cost (the default since Kafka 4.0).';
  }
  if (family !== 'kafkajs') merge(d, set('linger.ms', String(linger), lingerWhy));
  else d.rationale.push({ setting: 'linger.ms', why: `kafkajs has no linger: it sends what the application hands it per send() call; batch records in the application (${lingerWhy.toLowerCase()})`, refs: [] });

  const designBytesPerSecond = flow.peakPerSecond * flow.growthFactor * recordBytes;
  const perPartitionPerLinger = (designBytesPerSecond / partitions) * (Math.max(linger, 1) / 1000);
  const batchDefault = numericDefault('producer', 'batch.size', facts.kafkaVersion);
  if (family !== 'kafkajs') {
    const wanted = Math.min(1_048_576, 2 ** Math.ceil(Math.log2(Math.max(perPartitionPerLinger * 2, 1))));
    const batch = Math.max(batchDefault, wanted);
    const arithmetic = `${fmtBytes(designBytesPerSecond)}/s over ${partitions} partitions x ${Math.max(linger, 1)} ms = ${fmtBytes(perPartitionPerLinger)} per partition per linger window`;
    if (batch > batchDefault) merge(d, set('batch.size', String(batch), `${arithmetic}; twice that, to a power of two, is ${fmtBytes(batch)}, above the ${fmtBytes(batchDefault)} default.`));
    else d.rationale.push({ setting: 'batch.size', why: `${arithmetic}: the ${fmtBytes(batchDefault)} Java default holds it${family === 'librdkafka' ? ' (librdkafka\'s own default is larger still)' : ''}.`, refs: [] });
  }

  if (designBytesPerSecond >= PLANNING.compressionFromBytesPerSecond) {
    merge(d, set('compression.type', 'lz4', `${fmtBytes(designBytesPerSecond)}/s at peak: lz4 cuts network and disk for text-like events at a small CPU cost, and compresses per batch.`));
  } else {
    d.rationale.push({ setting: 'compression.type', why: `${fmtBytes(designBytesPerSecond)}/s at peak is below ${fmtBytes(PLANNING.compressionFromBytesPerSecond)}/s: compression would save little, left off.`, refs: [] });
  }

  if (facts.environment === 'development' && flow.delivery !== 'at-most-once') {
    merge(d, set('request.timeout.ms', String(PLANNING.developmentRequestTimeoutMs), 'Development: a broker that does not answer within 10 s is down, not slow.'));
    merge(d, set('delivery.timeout.ms', String(PLANNING.developmentDeliveryTimeoutMs), 'Development fails fast: a send that cannot complete in 30 s is reported instead of retried for minutes. Must stay ≥ linger.ms + request.timeout.ms.'));
  }

  return { flow: flow.name, source: flow.source, delivery: flow.delivery, topic, client: facts.library, config: d.config, rationale: d.rationale };
}
