// The specialist's main job, as one pure function: requirements in, a checked design out.
// Deconstruct -> strategy per flow -> self-critique (design rules + the config rule set).
import { DOCS, PLANNING } from '../knowledge/planning.js';
import type { ConsumerDesign, Design, Finding, PatternUse, ProducerDesign, SchemaDraft, TopicDesign } from '../model/design.js';
import type { Requirements } from '../model/requirements.js';
import { createContext, runRules, type ConfigKind, type Intent } from './critique/engine.js';
import { runDesignRules } from './critique/design-rules/index.js';
import type { FlowPlan } from './critique/design-rules/types.js';
import { ALL_RULES } from './critique/rules/index.js';
import { deconstruct, type Facts, type FlowFacts } from './deconstruct/normalize.js';
import { planConsumers } from './strategy/consumer-plan.js';
import { designConsumer } from './strategy/consumer.js';
import { fmtMs } from './strategy/decision.js';
import { readProcessWriteSteps, transactionalSteps } from './strategy/flow-graph.js';
import { scaffoldForFlow } from './schema/scaffold.js';
import { choosePatterns } from './strategy/patterns.js';
import { designProducer } from './strategy/producer.js';
import { decideReplication, type ReplicationDecision } from './strategy/replication.js';
import { planStreams } from './strategy/streams.js';
import { designTopic, recordBytes } from './strategy/topic.js';

export interface DesignOptions {
  /** Names the requirements file in error messages. */
  file?: string;
}

/** Share of records assumed to fail permanently, for sizing a dead-letter topic. */
const DEAD_LETTER_SHARE = 0.01;

export function design(requirements: Requirements, options: DesignOptions = {}): Design {
  const facts = deconstruct(requirements, options.file);
  const replication = decideReplication(facts);
  const steps = readProcessWriteSteps(facts.flows);
  const txSteps = transactionalSteps(facts.flows);
  // Looked up per flow: a map, not a scan of every step for every flow.
  const txWriting = new Map(txSteps.map((s) => [s.output, s]));
  const txReading = new Map(txSteps.map((s) => [s.input, s]));
  const readsIntoKafka = new Set(steps.map((s) => s.input));
  const questions = [...facts.questions];

  const topics: TopicDesign[] = [];
  const producers: ProducerDesign[] = [];
  const consumers: ConsumerDesign[] = [];
  const patternUses: PatternUse[] = [];
  const alternatives: Design['alternatives'] = [];
  const flowPlans: FlowPlan[] = [];
  const schemas: SchemaDraft[] = [];

  for (const flow of facts.flows) {
    const plan = planConsumers(flow);
    const { topic, partitionDecision } = designTopic(facts, flow, plan, replication);
    const chosen = choosePatterns(flow, plan, txSteps, facts.language);
    const writtenInTx = txWriting.get(flow);
    const readInTx = txReading.get(flow);

    topics.push(topic);
    if (chosen.deadLetter) topics.push(deadLetterTopic(facts, flow, topic, replication));
    producers.push(designProducer({
      facts, flow, topic: topic.name, partitions: topic.partitions, recordBytes: recordBytes(flow),
      transactionalProcessor: writtenInTx?.processor,
    }));
    consumers.push(designConsumer({
      facts, flow, topic: topic.name, plan,
      readsTransactionalInput: writtenInTx !== undefined,
      commitsInTransaction: readInTx !== undefined,
    }));
    patternUses.push(...chosen.patterns);
    alternatives.push(...plan.alternatives, ...chosen.alternatives);
    flowPlans.push({ flow, plan, topic, partitionDecision });
    if (flow.schema.format === 'avro') {
      const draft = scaffoldForFlow({ flow: flow.name, key: flow.key ?? undefined, system: facts.name, producer: flow.source });
      schemas.push({ flow: flow.name, subject: `${topic.name}-value`, format: 'avro', schema: draft.schema, notes: draft.notes });
    }
    questions.push(...flowQuestions(flow, readsIntoKafka));
  }

  const streams = requirements.processors?.length ? planStreams(facts, requirements.processors, topics, replication) : null;
  const draft: Omit<Design, 'findings'> = {
    name: facts.name,
    kafkaVersion: facts.kafkaVersion,
    environment: facts.environment,
    client: { language: facts.language, library: facts.library },
    assumptions: [...facts.assumptions, ...(streams?.assumptions ?? [])],
    questions: [...new Set([...questions, ...(streams?.questions ?? [])])],
    topics,
    producers,
    consumers,
    patterns: mergePatterns(patternUses),
    alternatives,
    schemas,
    ...(streams ? { streams: streams.designs } : {}),
  };
  const findings = [
    ...runDesignRules({ facts, design: draft, flows: flowPlans }),
    ...critiqueConfigs(facts, draft),
  ];
  return { ...draft, findings: dedupe(findings) };
}

function deadLetterTopic(facts: Facts, flow: FlowFacts, main: TopicDesign, replication: ReplicationDecision): TopicDesign {
  const partitions = Math.min(main.partitions, Math.max(1, facts.brokers));
  const retentionMs = Math.max(PLANNING.deadLetterRetentionMs, flow.retentionMs < 0 ? 0 : flow.retentionMs);
  const peak = main.sizing.peakBytesPerSecond * DEAD_LETTER_SHARE;
  const average = flow.averagePerSecond * flow.growthFactor * recordBytes(flow) * DEAD_LETTER_SHARE;
  return {
    name: `${main.name}.dlt`,
    flows: [flow.name],
    role: 'dead-letter',
    partitions,
    replicationFactor: main.replicationFactor,
    key: main.key,
    config: {
      'min.insync.replicas': main.config['min.insync.replicas'] ?? String(replication.minInsyncReplicas),
      'cleanup.policy': 'delete',
      'retention.ms': String(retentionMs),
    },
    sizing: { peakBytesPerSecond: peak, diskBytes: average * (retentionMs / 1000) * main.replicationFactor },
    rationale: [
      { setting: 'partitions', why: `Dead letters are rare (sized at ${DEAD_LETTER_SHARE * 100} % of the flow): min(${main.partitions} main partitions, ${facts.brokers} broker(s)) = ${partitions}. Same key as the main topic, so a replay keeps per-key order.`, refs: [DOCS.partitions] },
      { setting: 'retention.ms', why: `${fmtMs(retentionMs)}: long enough for someone to inspect and replay failed records.`, refs: [] },
      { setting: 'min.insync.replicas', why: 'Same durability as the main topic: a dead letter is often the only copy of a failed event.', refs: [DOCS.replication] },
    ],
  };
}

function flowQuestions(flow: FlowFacts, readsIntoKafka: ReadonlySet<FlowFacts>): string[] {
  const q: string[] = [];
  if (flow.state && flow.retentionMs < 0) q.push(`Flow "${flow.name}": about how many distinct ${flow.key} values exist? The compacted topic's size is that count x record size.`);
  if (flow.processing.sideEffects === 'external-api' && flow.delivery !== 'at-most-once') q.push(`Flow "${flow.name}": does the external API accept an idempotency key? If so, pass the event id and duplicates are handled at the source.`);
  if (flow.delivery === 'exactly-once' && flow.processing.sideEffects === 'kafka' && !readsIntoKafka.has(flow)) {
    q.push(`Flow "${flow.name}": its consumer writes to Kafka, but no flow starts at "${flow.sink}". Add that output flow so the transaction covering both can be designed.`);
  }
  return q;
}

function mergePatterns(uses: PatternUse[]): PatternUse[] {
  // Sets beside each merged use: membership checks stay constant as flows grow.
  const byId = new Map<string, { use: PatternUse; flows: Set<string>; whys: Set<string> }>();
  for (const u of uses) {
    const seen = byId.get(u.id);
    if (!seen) byId.set(u.id, { use: { ...u, flows: [...u.flows] }, flows: new Set(u.flows), whys: new Set([u.why]) });
    else {
      for (const f of u.flows) {
        if (seen.flows.has(f)) continue;
        seen.flows.add(f);
        seen.use.flows.push(f);
      }
      if (!seen.whys.has(u.why) && !seen.use.why.includes(u.why)) {
        seen.whys.add(u.why);
        seen.use.why = `${seen.use.why} ${u.why}`;
      }
    }
  }
  return [...byId.values()].map((m) => m.use);
}

/** Config rules whose finding a design rule already gives, with the design's fuller context. */
const SAID_BY_DESIGN_RULES = new Set(['durability/replication-factor-1']);

/** Runs the config rule set over every designed config, with the flow's intent. */
function critiqueConfigs(facts: Facts, d: Omit<Design, 'findings'>): Finding[] {
  const flowByName = new Map(facts.flows.map((f) => [f.name, f]));
  const intentOf = (flowName: string, extra: Intent = {}): Intent => {
    const f = flowByName.get(flowName)!;
    return { delivery: f.delivery, ordering: f.ordering, environment: facts.environment, processingP99Ms: f.processing.p99Ms, messageBytes: recordBytes(f), brokers: facts.brokers, ...extra };
  };
  const review = (kind: ConfigKind, config: Record<string, string>, flow: string, label: string, extra: Intent = {}, library?: string) => {
    const entries = Object.entries(config).map(([name, value]) => ({ name, key: name, value }));
    const ctx = createContext({ kind, entries, library, label }, facts.kafkaVersion, intentOf(flow, extra));
    return runRules(ALL_RULES, ctx).filter((f) => !SAID_BY_DESIGN_RULES.has(f.rule)).map((f) => ({ ...f, flow }));
  };
  const sinks = new Set(facts.flows.map((f) => f.sink));
  const txTopics = new Set(d.producers.filter((p) => p.config['transactional.id']).map((p) => p.topic));
  return [
    ...d.topics.flatMap((t) => review('topic', t.config, t.flows[0]!, t.name, { replicationFactor: t.replicationFactor })),
    ...d.producers.flatMap((p) => review('producer', p.config, p.flow, `producer of ${p.topic}`, { consumesFromKafka: sinks.has(p.source) }, p.client)),
    ...d.consumers.flatMap((c) => review('consumer', c.config, c.flow, `consumer group ${c.groupId}`, { upstreamTransactional: txTopics.has(c.topic) }, c.client)),
    ...(d.streams ?? []).filter((s) => s.kafkaStreams).flatMap((s) => {
      const ctx = createContext({ kind: 'streams', entries: Object.entries(s.config).map(([name, value]) => ({ name, key: name, value })), label: `Kafka Streams ${s.applicationId}` }, facts.kafkaVersion, { environment: facts.environment, brokers: facts.brokers });
      return runRules(ALL_RULES, ctx).map((f) => ({ ...f, flow: s.processor }));
    }),
  ];
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = `${f.rule}|${f.flow ?? ''}|${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
