// Producer settings for the flow's guarantee and latency, for the chosen client library and Kafka
// version. Settings the guarantee rests on are written explicitly; the rest only where the
// library's default is not what the flow needs.
import { clientDefault, clientLibrary } from '../../knowledge/clients.js';
import { numericDefault } from '../../knowledge/catalog.js';
import { DOCS, PLANNING } from '../../knowledge/planning.js';
import type { ProducerDesign } from '../../model/design.js';
import type { Facts, FlowFacts } from '../deconstruct/normalize.js';
import { transactionalIdTemplate } from './exactly-once.js';
import { clientSetting, emptyDecision, merge, type ClientContext } from './decision.js';
import { fmt, fmtBytes } from '../../model/units.js';
import type { CompressionDecision } from './storage.js';

export interface ProducerInputs {
  facts: Facts;
  flow: FlowFacts;
  topic: string;
  partitions: number;
  recordBytes: number;
  /** The producing service reads its input from Kafka in the same transaction. */
  transactionalProcessor?: string;
  compression: CompressionDecision;
}

export function designProducer({ facts, flow, topic, partitions, recordBytes, transactionalProcessor, compression }: ProducerInputs): ProducerDesign {
  const ctx: ClientContext = { kafkaVersion: facts.kafkaVersion, library: facts.library };
  const set = (name: string, value: string, why: string, opts?: { explicit?: boolean; refs?: string[] }) => clientSetting('producer', ctx, name, value, why, opts);
  const d = emptyDecision();
  const family = clientLibrary(facts.library)?.family ?? 'java';
  const sem = [DOCS.semantics];

  if (flow.delivery === 'at-most-once') {
    merge(d, set('acks', '1', "At-most-once: the leader's acknowledgement is enough; waiting for every replica buys durability this flow does not ask for.", { explicit: true, refs: sem }));
    merge(d, set('enable.idempotence', 'false', 'The idempotent producer needs acks=all; at-most-once writes with acks=1.', { explicit: true, refs: sem }));
    const budget = flow.latencyP99Ms;
    if (budget !== null && budget < PLANNING.leaderMoveRetryMs) {
      merge(
        d,
        set(
          'retries',
          '0',
          `A retry after a leader move lands after ~${fmt(PLANNING.leaderMoveRetryMs)} ms, beyond the ${fmt(budget)} ms budget: a late record is worth nothing here, so the send fails instead. Accepted cost: the batches in flight when a broker restarts (every rolling restart) are dropped.`,
          { explicit: true, refs: sem },
        ),
      );
    } else {
      d.rationale.push({
        setting: 'retries',
        why: `Left on (the default): at-most-once gives up the duplicate, not the leader move. A batch refused during a rolling restart or a leader election (NOT_LEADER_OR_FOLLOWER) was never written, so retrying it cannot duplicate; retries=0 would drop the in-flight batches on every restart.${budget !== null ? ` The ${fmt(budget)} ms budget leaves time for a retry.` : ''} Without idempotence a retry after a lost acknowledgement can still write a batch twice; that rare duplicate is the price of acks=1.`,
        refs: sem,
      });
    }
  } else {
    merge(
      d,
      set(
        'acks',
        'all',
        `${flow.delivery === 'exactly-once' ? 'Exactly-once' : 'At-least-once'}: a write counts only once every in-sync replica has it, so a leader crash cannot lose an acknowledged record.`,
        { explicit: true, refs: sem },
      ),
    );
    merge(
      d,
      set(
        'enable.idempotence',
        'true',
        `Retries must not duplicate or reorder records${flow.key ? ` of one ${flow.key}` : ''}: the idempotent producer numbers each batch so the broker drops duplicates and keeps order with up to 5 requests in flight.`,
        { explicit: true, refs: sem },
      ),
    );
    const inflight = family === 'kafkajs' ? '1' : '5';
    const inflightWhy =
      family === 'kafkajs'
        ? 'kafkajs only supports its idempotent producer with one request in flight per connection.'
        : 'The idempotent producer keeps order with at most 5 requests in flight per connection.';
    merge(d, set('max.in.flight.requests.per.connection', inflight, inflightWhy, { refs: sem }));
  }

  if (transactionalProcessor) {
    merge(
      d,
      set(
        'transactional.id',
        transactionalIdTemplate(transactionalProcessor),
        `${transactionalProcessor} consumes and produces in one transaction (offsets included), so output and progress commit together. The id must be unique per group member and stable across its restarts (see transactional.id per member).`,
        { explicit: true, refs: [DOCS.transactions, DOCS.kip447] },
      ),
    );
  }

  if (family === 'librdkafka' && flow.key) {
    merge(
      d,
      set(
        'partitioner',
        'murmur2_random',
        `Keyed by ${flow.key}: librdkafka hashes keys with CRC32 by default (consistent_random), the Java client with murmur2. A Java, Kafka Streams or Connect writer of the same topic would send one ${flow.key} to another partition: order breaks, and a compacted topic keeps two "latest" values. murmur2_random hashes like Java (null keys still spread randomly).`,
        { explicit: true, refs: [DOCS.librdkafkaPartitioner] },
      ),
    );
  }

  const batching = decideBatching(facts, flow, partitions, recordBytes, family);
  for (const b of batching) merge(d, b.value === null ? { config: {}, rationale: [{ setting: b.setting, why: b.why, refs: [] }] } : set(b.setting, b.value, b.why));

  const codecWhy = compression.why;
  if (compression.codec === 'none')
    d.rationale.push({
      setting: 'compression.type',
      why: `${codecWhy}${family === 'franz-go' ? ' franz-go would otherwise compress with snappy (its default preference is snappy, then none), so none is set.' : ''}`,
      refs: [],
    });
  if (compression.codec !== 'none' || family === 'franz-go') {
    const kafkajsNote =
      family === 'kafkajs' && compression.codec !== 'none'
        ? ` kafkajs compresses only gzip by itself: register a ${compression.codec} codec package (e.g. kafkajs-lz4) or use @confluentinc/kafka-javascript, the supported librdkafka-based client (kafkajs is unmaintained since 2023).`
        : '';
    merge(d, set('compression.type', compression.codec, `${codecWhy}${kafkajsNote}`));
  }

  if (facts.environment === 'development' && flow.delivery !== 'at-most-once') {
    merge(d, set('request.timeout.ms', String(PLANNING.developmentRequestTimeoutMs), 'Development: a broker that does not answer within 10 s is down, not slow.'));
    merge(
      d,
      set(
        'delivery.timeout.ms',
        String(PLANNING.developmentDeliveryTimeoutMs),
        'Development fails fast: a send that cannot complete in 30 s is reported instead of retried for minutes. Must stay ≥ linger.ms + request.timeout.ms.',
      ),
    );
  }

  return { flow: flow.name, source: flow.source, delivery: flow.delivery, topic, client: facts.library, config: d.config, rationale: d.rationale };
}

interface BatchingChoice {
  setting: 'linger.ms' | 'batch.size';
  /** null: no value to set, only the reason. */
  value: string | null;
  why: string;
}

/**
 * linger.ms and batch.size from the latency budget and the per-partition rate: wait at most a
 * share of the budget (by priority), and no longer than it takes a partition to fill the batch
 * the priority aims for; size batches to what arrives in that wait, never below the library's
 * own default.
 */
export function decideBatching(facts: Facts, flow: FlowFacts, partitions: number, recordBytes: number, family: string): BatchingChoice[] {
  const budget = flow.latencyP99Ms;
  const designBytesPerSecond = flow.peakPerSecond * flow.growthFactor * recordBytes;
  const perPartitionPerSecond = designBytesPerSecond / Math.max(partitions, 1);
  const target = PLANNING.targetBatchBytes[facts.priority];
  const fillMs = Math.ceil((target / Math.max(perPartitionPerSecond, 1)) * 1000);
  const rateText = `${fmtBytes(designBytesPerSecond)}/s over ${partitions} partition(s) = ${fmtBytes(perPartitionPerSecond)}/s each fills a ${fmtBytes(target)} batch (priority ${facts.priority}) in ${fmt(fillMs)} ms`;
  let linger: number;
  let why: string;
  if (budget !== null && budget <= PLANNING.noLingerBudgetMs) {
    linger = 0;
    why = `End-to-end p99 budget is ${fmt(budget)} ms (≤ ${PLANNING.noLingerBudgetMs} ms): no time to wait for batches.`;
  } else {
    const share = PLANNING.lingerShareOfBudget[facts.priority];
    const cap = budget !== null ? Math.floor(budget * share) : PLANNING.lingerWithoutBudgetMs[facts.priority];
    const capText = budget !== null ? `${pct(share)} of the ${fmt(budget)} ms budget (priority ${facts.priority}) = ${fmt(cap)} ms` : `no latency target: ${fmt(cap)} ms (priority ${facts.priority})`;
    linger = Math.min(cap, Math.max(5, fillMs));
    why =
      linger < cap
        ? `${rateText}; ${capText} is the most the budget allows, so min(${fmt(cap)}, max(5, ${fmt(fillMs)})) = ${fmt(linger)} ms: waiting longer would not fill batches further.`
        : `${rateText}; ${capText} caps the wait, so ${fmt(linger)} ms: fuller batches compress better and cost fewer requests for a delay the budget allows.`;
  }
  const out: BatchingChoice[] = [];
  if (family === 'kafkajs') {
    out.push({
      setting: 'linger.ms',
      value: null,
      why: `kafkajs has no linger: it sends what the application hands it per send() call; batch records in the application (${why.charAt(0).toLowerCase()}${why.slice(1)})`,
    });
    return out;
  }
  out.push({ setting: 'linger.ms', value: String(linger), why });

  const libraryDefault = Number(clientDefault('producer', 'batch.size', facts.kafkaVersion, facts.library).value ?? numericDefault('producer', 'batch.size', facts.kafkaVersion));
  const cap = batchCap(facts, family);
  const perLinger = perPartitionPerSecond * (Math.max(linger, 1) / 1000);
  const wanted = Math.min(cap.bytes, 2 ** Math.ceil(Math.log2(Math.max(perLinger * 1.25, 1))));
  const arithmetic = `${fmtBytes(perPartitionPerSecond)}/s per partition x ${fmt(Math.max(linger, 1))} ms = ${fmtBytes(perLinger)} per linger window; with 25 % headroom, to a power of two and at most ${cap.name} ${fmtBytes(cap.bytes)}: ${fmtBytes(wanted)}`;
  const source = clientDefault('producer', 'batch.size', facts.kafkaVersion, facts.library).source;
  if (wanted > libraryDefault) out.push({ setting: 'batch.size', value: String(wanted), why: `${arithmetic}, above the ${fmtBytes(libraryDefault)} default (${source}).` });
  else out.push({ setting: 'batch.size', value: null, why: `${arithmetic}: the default ${fmtBytes(libraryDefault)} (${source}) already holds it, so batch.size is left unset.` });
  return out;
}

/** The most one batch may hold in this library: its request limit, or the topic's max.message.bytes where the library has none of its own. */
function batchCap(facts: Facts, family: string): { name: string; bytes: number } {
  if (family === 'librdkafka') {
    const v = clientDefault('producer', 'message.max.bytes', facts.kafkaVersion, facts.library).value;
    if (v !== null) return { name: 'librdkafka message.max.bytes', bytes: Number(v) };
  }
  if (family === 'java') return { name: 'max.request.size', bytes: numericDefault('producer', 'max.request.size', facts.kafkaVersion) };
  return { name: "the topic's max.message.bytes", bytes: numericDefault('topic', 'max.message.bytes', facts.kafkaVersion) };
}

function pct(share: number): string {
  return `${fmt(share * 100)} %`;
}
