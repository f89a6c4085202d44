// What to generate, decided once for every language: which programs a design needs (producers,
// consumers, read-process-write processors), how each commits, and which patterns shape it.
// Renderers only turn a plan into code; they never re-read the design's intent.
import { PLANNING } from '../../knowledge/planning.js';
import type { ConsumerDesign, Design, ProducerDesign, SecurityDesign, TopicDesign } from '../../model/design.js';
import type { Setting } from './client-config.js';

export type Delivery = 'at-most-once' | 'at-least-once' | 'exactly-once';

/**
 * When a consumer commits: after processing (at-least-once), before processing (at-most-once),
 * or inside the producer's transaction (exactly-once read-process-write).
 */
export type CommitMode = 'after-processing' | 'before-processing' | 'transaction';

/** What a commit mode promises, as every consumer program's header says it; `namedAtMostOnce` names the guarantee too. */
export function commitMeaning(commit: CommitMode, namedAtMostOnce = false): string {
  return {
    'after-processing': 'offsets are committed only after a record is processed.',
    'before-processing': `offsets are committed before processing${namedAtMostOnce ? ' (at-most-once)' : ''}: a crash skips records, never repeats them.`,
    transaction: 'input offsets are committed in the same transaction as the results (exactly-once within Kafka).',
  }[commit];
}

export interface ProducerPlan {
  flow: string;
  /** File or class stem, e.g. "notifications-producer". */
  program: string;
  topic: string;
  /** The field the records are keyed by, or null for unkeyed records. */
  key: string | null;
  delivery: Delivery;
  transactional: boolean;
  settings: Setting[];
  avro: boolean;
}

export interface OutputPlan {
  flow: string;
  topic: string;
  key: string | null;
  settings: Setting[];
}

/** The side topics a failed record can be moved to. */
export type SideTopic = 'dead-letter' | 'pending';

/**
 * What the handler does with a record that failed: drop it (at-most-once: its offset is already
 * committed), move it to a side topic and go on, or raise it (no side topic: stop rather than skip).
 */
export type FailureAction = { action: 'drop' } | { action: 'move-aside'; to: SideTopic } | { action: 'raise' };

/** How one language writes each failure action; `aside` gets the constant naming the side topic. */
export interface FailureCode {
  drop: string;
  aside: (sideTopicConstant: string) => string;
  raise: string;
}

/** The constants naming the side topics in the generated programs (Go spells its own). */
export const SIDE_TOPIC_CONSTANTS: Readonly<Record<SideTopic, string>> = { 'dead-letter': 'DEAD_LETTER_TOPIC', pending: 'PENDING_TOPIC' };

/** A failure action as code, in the words `code` gives for the language. */
export function failureCode(action: FailureAction, code: FailureCode, constants = SIDE_TOPIC_CONSTANTS): string {
  return action.action === 'drop' ? code.drop : action.action === 'move-aside' ? code.aside(constants[action.to]) : code.raise;
}

/** How a consumer's handler treats failures, decided once here so every language does the same. */
export interface FailurePlan {
  /** Failures for a passing reason are retried in place first: the partition waits, so order per key holds. */
  retryInPlace: boolean;
  permanent: FailureAction;
  transient: FailureAction;
  /** A value that cannot be decoded: to the dead-letter topic when records are moved aside, else raised. */
  unreadable: FailureAction;
  /** The consumer moves failed records to side topics, so it needs a producer of its own. */
  movesAside: boolean;
}

export interface ConsumerPlan {
  flow: string;
  program: string;
  topic: string;
  groupId: string;
  key: string | null;
  delivery: Delivery;
  commit: CommitMode;
  settings: Setting[];
  /** Records asked for per poll: the design's poll batch when it states one. */
  batchSize: number;
  /** The batch size is the design's (pollBatch or max.poll.records), not the generator's fallback. */
  batchFromDesign: boolean;
  deadLetterTopic: string | null;
  /** Where records that failed for a passing reason are parked for a later retry. */
  pendingTopic: string | null;
  idempotent: boolean;
  rateLimitPerSecond: number | null;
  /** The topic is compacted state: keep the latest value per key, tombstones delete. */
  compactedState: boolean;
  avro: boolean;
  /** For read-process-write: where the results go, inside the same transaction. */
  output: OutputPlan | null;
  /**
   * Parallel handlers inside one consumer: key-ordered (one key at a time) or unordered. Offsets
   * are committed up to the first record not yet finished in each partition.
   */
  parallel: { keyOrdered: boolean; handlers: number } | null;
  /** Settings of the producer a consumer uses for dead-letter and pending records. */
  sideProducerSettings: Setting[];
  failure: FailurePlan;
}

export interface GenerationPlan {
  name: string;
  kafkaVersion: string;
  producers: ProducerPlan[];
  consumers: ConsumerPlan[];
  topics: TopicDesign[];
  /** How the programs connect (null for designs made before security was part of them: plaintext). */
  security: SecurityDesign | null;
  /** Patterns in the design that the generated code does not render, with the reason. */
  notRendered: Array<{ pattern: string; flows: string[]; reason: string }>;
}

/** Patterns the code renders; others are reported in the plan rather than silently ignored. */
const RENDERED_PATTERNS = new Set([
  'transactional-read-process-write',
  'idempotent-consumer',
  'dead-letter-topic',
  'pending-topic',
  'rate-limited-worker',
  'compacted-state-topic',
  'schema-registry',
  'retry-topics',
  // Rendered where the language's renderer supports it; the README lists it otherwise.
  'key-ordered-parallel-processing',
  'unordered-parallel-processing',
]);

/** The client name of a producer or consumer that is a Kafka Connect worker. */
const CONNECT = 'kafka-connect';

/** Patterns whose moving part is a connector, written as connector configs. */
const AS_CONNECTORS = new Set(['change-data-capture', 'transactional-outbox']);

/** Handlers per instance when the design asks for parallel processing but states no number. */
const DEFAULT_HANDLERS = 4;

/** "4 handlers per instance" in the consumer's concurrency rationale. */
function parallelOf(design: Design, consumer: ConsumerDesign): ConsumerPlan['parallel'] {
  const keyOrdered = hasPattern(design, 'key-ordered-parallel-processing', consumer.flow);
  if (!keyOrdered && !hasPattern(design, 'unordered-parallel-processing', consumer.flow)) return null;
  const m = consumer.rationale.find((r) => r.setting === 'concurrency')?.why.match(/(\d+)\s+handlers per instance/);
  return { keyOrdered, handlers: m ? Number(m[1]) : DEFAULT_HANDLERS };
}

/** The side producer only moves records aside; losing one would lose the record, so it is safe by construction. */
const SIDE_PRODUCER_SETTINGS: readonly Setting[] = [
  { name: 'acks', value: 'all', why: 'a record moved aside must be on every in-sync replica before its offset is committed' },
  { name: 'enable.idempotence', value: 'true', why: 'retries of a moved record must not write it twice' },
];

function settingsOf(client: ProducerDesign | ConsumerDesign): Setting[] {
  return Object.entries(client.config).map(([name, value]) => ({
    name,
    value,
    why: client.rationale.find((r) => r.setting === name)?.why ?? 'set by the design',
  }));
}

function hasPattern(design: Design, id: string, flow: string): boolean {
  return design.patterns.some((p) => p.id === id && p.flows.includes(flow));
}

function topicOf(design: Design, name: string): TopicDesign | undefined {
  return design.topics.find((t) => t.name === name);
}

/** A side topic of a flow by role (dead-letter, pending, retry), found by its role or its name. */
function sideTopic(design: Design, flow: string, role: RegExp): string | null {
  const t = design.topics.find((x) => x.flows.includes(flow) && (role.test(x.role) || role.test(x.name)));
  return t ? t.name : null;
}

const DEAD_LETTER = /dead|dlt|dlq/i;
const PENDING = /pending|retry/i;

/** The flow's delivery guarantee, as its producer carries it; at-least-once for a flow with no producer. */
function deliveryOf(design: Design, flow: string): Delivery {
  return design.producers.find((p) => p.flow === flow)?.delivery ?? 'at-least-once';
}

/**
 * The rate one instance keeps to, from the pattern's reasoning: "16.7/s each" when the design
 * shares a limit among instances, else the first "100 requests/s" or "100 per second".
 */
function rateLimit(design: Design, flow: string): number | null {
  const p = design.patterns.find((x) => x.id === 'rate-limited-worker' && x.flows.includes(flow));
  const each = p?.why.match(/(\d+(?:\.\d+)?)\s*\/\s*s\s+each/i);
  const any = p?.why.match(/(\d+(?:\.\d+)?)\s*(?:requests?|calls?|messages?|msgs?)?\s*(?:\/\s*s\b|per second)/i);
  const m = each ?? any;
  return m ? Number(m[1]) : null;
}

/**
 * A consumer that commits by itself must not also auto-commit: librdkafka's timer would commit
 * records polled but not yet processed. The design's value is kept when it already says false.
 */
function withManualCommit(settings: Setting[]): Setting[] {
  const rest = settings.filter((s) => s.name !== 'enable.auto.commit');
  const stated = settings.find((s) => s.name === 'enable.auto.commit');
  return [
    stated?.value === 'false'
      ? stated
      : {
          name: 'enable.auto.commit',
          value: 'false',
          why: 'the program commits offsets itself at the point its delivery guarantee needs; the auto-commit timer would commit records not yet processed',
        },
    ...rest,
  ];
}

function keyOf(design: Design, topic: string): string | null {
  return topicOf(design, topic)?.key ?? null;
}

/** The transactional producer a read-process-write consumer writes its results with, if the design has one. */
function outputOf(design: Design, consumer: ConsumerDesign): ProducerDesign | undefined {
  const pattern = design.patterns.find((p) => p.id === 'transactional-read-process-write' && p.flows.includes(consumer.flow));
  if (!pattern) return undefined;
  return design.producers.find((p) => p.flow !== consumer.flow && pattern.flows.includes(p.flow) && p.config['transactional.id'] !== undefined);
}

function failureOf(commit: CommitMode, deadLetterTopic: string | null, pendingTopic: string | null): FailurePlan {
  // At-most-once committed the offset before processing: a failure can only be dropped.
  const atMostOnce = commit === 'before-processing';
  const onFailure = (to: SideTopic | null): FailureAction => (atMostOnce ? { action: 'drop' } : to ? { action: 'move-aside', to } : { action: 'raise' });
  return {
    // With a pending topic, passing failures wait there instead of holding up the partition.
    retryInPlace: !pendingTopic && !atMostOnce,
    permanent: onFailure(deadLetterTopic ? 'dead-letter' : null),
    transient: onFailure(pendingTopic ? 'pending' : deadLetterTopic ? 'dead-letter' : null),
    unreadable: deadLetterTopic && !atMostOnce ? { action: 'move-aside', to: 'dead-letter' } : { action: 'raise' },
    movesAside: Boolean(deadLetterTopic || pendingTopic) && !atMostOnce,
  };
}

/** Whether any program of the plan writes or reads Avro values. */
export function usesAvro(plan: GenerationPlan): boolean {
  return [...plan.producers, ...plan.consumers].some((x) => x.avro);
}

export function planGeneration(design: Design): GenerationPlan {
  const embedded = new Set<ProducerDesign>();
  // Connect-run ends (CDC and outbox sources, sink connectors) are connector configs, not programs.
  const consumers: ConsumerPlan[] = design.consumers
    .filter((c) => c.client !== CONNECT)
    .map((c) => {
      const output = outputOf(design, c);
      if (output) embedded.add(output);
      const delivery = deliveryOf(design, c.flow);
      const maxPoll = c.pollBatch?.records ?? Number(c.config['max.poll.records']);
      const batchFromDesign = Number.isInteger(maxPoll) && maxPoll > 0;
      const isSideTopic = DEAD_LETTER.test(topicOf(design, c.topic)?.role ?? '') || PENDING.test(topicOf(design, c.topic)?.role ?? '');
      const pending = hasPattern(design, 'pending-topic', c.flow) || hasPattern(design, 'retry-topics', c.flow) ? sideTopic(design, c.flow, PENDING) : null;
      const commit: CommitMode = output ? 'transaction' : delivery === 'at-most-once' ? 'before-processing' : 'after-processing';
      // A parked key's dead letters are an operator's discards, not an automatic path: the
      // generated code halts on a permanent error there and lists park-key as not rendered.
      const deadLetterTopic = hasPattern(design, 'dead-letter-topic', c.flow) && !hasPattern(design, 'park-key', c.flow) ? sideTopic(design, c.flow, DEAD_LETTER) : null;
      // A consumer of the pending topic retries in place; only the main consumer parks records.
      const pendingTopic = pending !== c.topic ? pending : null;
      return {
        flow: c.flow,
        program: `${c.flow}${isSideTopic ? `-${topicOf(design, c.topic)!.role}` : ''}-consumer`,
        topic: c.topic,
        groupId: c.groupId,
        key: keyOf(design, c.topic),
        delivery,
        commit,
        settings: withManualCommit(settingsOf(c)),
        batchSize: batchFromDesign ? maxPoll : PLANNING.applicationPollBatch,
        batchFromDesign,
        deadLetterTopic,
        pendingTopic,
        idempotent: hasPattern(design, 'idempotent-consumer', c.flow),
        // 0 when the design names no rate: the program then reads it from RATE_LIMIT_PER_SECOND.
        rateLimitPerSecond: hasPattern(design, 'rate-limited-worker', c.flow) ? (rateLimit(design, c.flow) ?? 0) : null,
        compactedState: hasPattern(design, 'compacted-state-topic', c.flow) || topicOf(design, c.topic)?.config['cleanup.policy'] === 'compact',
        avro: hasPattern(design, 'schema-registry', c.flow),
        output: output ? { flow: output.flow, topic: output.topic, key: keyOf(design, output.topic), settings: settingsOf(output) } : null,
        // A transactional processor commits per batch inside its transaction: no parallel handlers there.
        parallel: output ? null : parallelOf(design, c),
        sideProducerSettings: [...SIDE_PRODUCER_SETTINGS],
        failure: failureOf(commit, deadLetterTopic, pendingTopic),
      };
    });
  const producers: ProducerPlan[] = design.producers
    .filter((p) => !embedded.has(p) && p.client !== CONNECT)
    .map((p) => ({
      flow: p.flow,
      program: `${p.flow}-producer`,
      topic: p.topic,
      key: keyOf(design, p.topic),
      delivery: deliveryOf(design, p.flow),
      transactional: p.config['transactional.id'] !== undefined,
      settings: settingsOf(p),
      avro: hasPattern(design, 'schema-registry', p.flow),
    }));
  const notRendered = design.patterns
    .filter((p) => !RENDERED_PATTERNS.has(p.id))
    .map((p) => ({
      pattern: p.id,
      flows: p.flows,
      reason: AS_CONNECTORS.has(p.id)
        ? "its relay is the connector configs under connectors/; the service's outbox insert (or the captured table) is yours"
        : 'the generated code does not render this pattern yet; apply it by hand as the design explains',
    }));
  return { name: design.name, kafkaVersion: design.kafkaVersion, producers, consumers, topics: design.topics, security: design.security ?? null, notRendered };
}
