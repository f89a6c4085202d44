// The specialist's main job, as one pure function: requirements in, a checked design out.
// Deconstruct -> strategy per flow -> self-critique (design rules + the config rule set).
import { PLANNING } from '../knowledge/planning.js';
import type { Assumption, ConnectorDesign, ConsumerDesign, Design, Finding, PatternUse, ProducerDesign, SchemaDraft, TopicDesign } from '../model/design.js';
import type { Requirements } from '../model/requirements.js';
import { critiqueDesignConfigs } from './critique/design-configs.js';
import { runDesignRules } from './critique/design-rules/index.js';
import type { FlowPlan } from './critique/design-rules/types.js';
import { deconstruct, type FlowFacts } from './deconstruct/normalize.js';
import { perRecordForBatches, planBatches } from './strategy/batch-plan.js';
import { planConsumers } from './strategy/consumer-plan.js';
import { addConnector, connectInternalTopics } from './strategy/connectors.js';
import { designSinkConnector } from './strategy/sink-connector.js';
import { designSourceConnector } from './strategy/source-connector.js';
import { adaptForSource, applyBatchToConsumer, cdcPatterns, connectSinkConsumer, topicForSource } from './strategy/connect-flow.js';
import { designSagas } from './strategy/saga.js';
import { route as routeOf, sourceKindQuestion } from './strategy/sources-sinks.js';
import { designConsumer } from './strategy/consumer.js';
import { fmtBytes } from '../model/units.js';
import { featuresUsed, unknownVersionNotes } from './strategy/library-floors.js';
import { readProcessWriteSteps, transactionalSteps } from './strategy/flow-graph.js';
import { scaffoldForFlow } from './schema/scaffold.js';
import { choosePatterns, mergePatterns } from './strategy/patterns.js';
import { planTransactions } from './strategy/exactly-once.js';
import { planFailureHandling } from './strategy/failure-handling.js';
import { designProducer } from './strategy/producer.js';
import { decideReplication } from './strategy/replication.js';
import { designRegions } from './strategy/regions.js';
import { mskBrokerChoice, mskLoad, mskZones } from './strategy/msk-capacity.js';
import { planSecurity } from './strategy/security.js';
import { decideCompression } from './strategy/storage.js';
import { planStreams } from './strategy/streams.js';
import { designTopic, recordBytes } from './strategy/topic.js';

export interface DesignOptions {
  /** Names the requirements file in error messages. */
  file?: string;
}

export function design(requirements: Requirements, options: DesignOptions = {}): Design {
  const facts = deconstruct(requirements, options.file);
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
  const connectors: ConnectorDesign[] = [];
  const assumptions: Assumption[] = [...facts.assumptions];

  const plans = new Map<FlowFacts, ReturnType<typeof planConsumers>>();
  for (const given of facts.flows) {
    const route = routeOf(given);
    const kindQuestion = sourceKindQuestion(given, requirements.flows[given.index]?.source_kind !== undefined);
    if (kindQuestion) questions.push(kindQuestion);
    const adapted = adaptForSource(given, route, facts.assumptions);
    const flow = adapted.flow;
    assumptions.push(...adapted.assumptions);
    const batch = planBatches(flow);
    const plan = planConsumers(batch ? perRecordForBatches(flow, batch) : flow, { transactional: txReading.has(given) });
    plans.set(given, plan);
    const replication = decideReplication(facts, flow);
    const compression = decideCompression(facts, flow, recordBytes(flow), replication.replicationFactor);
    if (compression.assumption) assumptions.push(compression.assumption);
    const designed = designTopic(facts, flow, plan, replication, compression);
    const { partitionDecision } = designed;
    const topic = topicForSource(facts, route, flow, designed.topic);
    const chosen = cdcPatterns(choosePatterns(flow, plan, txSteps, facts.language), flow, route);
    // The steps were found among the given flows: look them up by the given flow, not the adapted copy.
    const writtenInTx = txWriting.get(given);
    const readInTx = txReading.get(given);

    topics.push(topic);
    const connectProduced = route.source.connector !== null;
    const producer = designProducer({
      facts: connectProduced ? { ...facts, language: 'java', library: 'kafka-clients' } : facts,
      flow,
      topic: topic.name,
      partitions: topic.partitions,
      recordBytes: recordBytes(flow),
      transactionalProcessor: connectProduced ? undefined : writtenInTx?.processor,
      compression,
    });
    if (connectProduced) {
      const source = designSourceConnector({ facts, flow, route, topic, producer, replication });
      producers.push(source.producer!);
      for (const c of source.connectors) addConnector(connectors, c);
      topics.push(...source.topics.filter((t) => !topics.some((x) => x.name === t.name)));
      alternatives.push(...source.alternatives);
      questions.push(...source.questions);
    } else {
      producers.push(producer);
    }
    if (route.sink.connector !== null) {
      // The sink connector's errors.* settings decide what happens to a failing record.
      const sink = designSinkConnector({ facts, flow, route, topic, replication, batch });
      connectors.push(...sink.connectors);
      topics.push(...sink.topics);
      consumers.push(connectSinkConsumer(flow, topic, sink.connectors[0]!, plan, facts));
      patternUses.push(...chosen.patterns);
      alternatives.push(...plan.alternatives, ...chosen.alternatives);
    } else {
      const failure = planFailureHandling(facts, flow, topic, replication);
      topics.push(...failure.topics);
      const consumer = designConsumer({
        facts,
        flow,
        topic: topic.name,
        plan,
        readsTransactionalInput: writtenInTx !== undefined,
        commitsInTransaction: readInTx !== undefined,
      });
      const withFailure = { ...consumer, rationale: [...consumer.rationale, ...failure.rationale] };
      consumers.push(batch ? applyBatchToConsumer(withFailure, batch) : withFailure);
      patternUses.push(...chosen.patterns, ...failure.patterns);
      alternatives.push(...plan.alternatives, ...chosen.alternatives, ...failure.alternatives);
    }
    flowPlans.push({ flow, plan, topic, partitionDecision });
    if (flow.schema.format === 'avro') {
      const draft = scaffoldForFlow({ flow: flow.name, key: flow.key ?? undefined, system: facts.name, producer: flow.source });
      schemas.push({ flow: flow.name, subject: `${topic.name}-value`, format: 'avro', schema: draft.schema, notes: draft.notes });
    }
    questions.push(...plan.questions, ...flowQuestions(flow, readsIntoKafka.has(given)));
  }

  // Each transactional producer, once the consumer that feeds its transactions is designed.
  const producerIndex = new Map(producers.map((p, i) => [p.flow, i]));
  const consumerOf = new Map(consumers.map((c) => [c.flow, c]));
  for (const step of txSteps) {
    const i = producerIndex.get(step.output.name);
    const input = consumerOf.get(step.input.name);
    if (i === undefined || !input) continue;
    const tx = planTransactions(step, plans.get(step.input)!, input, producers[i]!, facts.kafkaVersion, facts.language);
    producers[i] = { ...producers[i]!, config: tx.config, rationale: tx.rationale };
    alternatives.push(...tx.alternatives);
  }
  if (connectors.length > 0) topics.push(...connectInternalTopics(facts, decideReplication(facts), [...new Set(connectors.map((c) => c.flow))]));
  const sagas = designSagas(facts.flows);
  for (const saga of sagas) patternUses.push({ id: 'saga', why: saga.why, flows: saga.flows });

  const streams = requirements.processors?.length ? planStreams(facts, requirements.processors, topics, decideReplication(facts)) : null;
  const secured = planSecurity(facts, { name: facts.name, topics, producers, consumers, ...(connectors.length > 0 ? { connectors } : {}), ...(streams ? { streams: streams.designs } : {}) });
  const draft: Omit<Design, 'findings'> = {
    name: facts.name,
    kafkaVersion: facts.kafkaVersion,
    environment: facts.environment,
    client: { language: facts.language, library: facts.library },
    assumptions: [...assumptions, ...(streams?.assumptions ?? []), ...secured.assumptions],
    questions: [...new Set([...questions, ...(streams?.questions ?? []), ...secured.questions])],
    topics,
    producers,
    consumers,
    patterns: mergePatterns(patternUses),
    alternatives,
    schemas,
    ...(connectors.length > 0 ? { connectors } : {}),
    ...(sagas.length > 0 ? { sagas } : {}),
    ...(facts.regions !== null && facts.regions.count > 1 ? { replication: designRegions(facts, topics) } : {}),
    ...(streams ? { streams: streams.designs } : {}),
    security: secured.security,
    acls: secured.acls,
    quotas: secured.quotas,
  };
  const floors = unknownVersionNotes(facts, featuresUsed(facts, draft));
  draft.assumptions.push(...floors.assumptions);
  draft.questions.push(...floors.questions.filter((q) => !draft.questions.includes(q)));
  const perBroker = topics.reduce((sum, t) => sum + (t.sizing.diskBytesPerBroker ?? 0), 0);
  if (facts.diskPerBrokerBytes === null && perBroker > PLANNING.askDiskAboveBytes) {
    draft.questions.push(
      `The topics keep ~${fmtBytes(perBroker)} per broker (all replicas, after compression): how much usable log disk does each broker have (cluster.disk_per_broker)? Keep it at most ${PLANNING.diskSafeFill * 100} % full.`,
    );
  }
  if (facts.platform === 'msk') {
    const choice = mskBrokerChoice(facts.brokerType, mskLoad(draft), facts.brokers, mskZones(facts.racks));
    if (choice.assumed) {
      const why = choice.fit.fits
        ? `not stated; the smallest kafka.m7g size that carries the design on ${facts.brokers} brokers: ${choice.fit.arithmetic}`
        : `not stated; no kafka.m7g size carries the design on ${facts.brokers} brokers, so the largest is assumed (see platform/msk-capacity): ${choice.fit.arithmetic}`;
      draft.assumptions.push({ field: 'cluster.broker_type', value: choice.fit.size.id, why });
      draft.questions.push(
        `Which Amazon MSK broker size will the cluster run (cluster.broker_type, e.g. kafka.m7g.large or express.m7g.large)? The design was checked against ${choice.fit.size.id}; each size writes, holds partitions and serves clients differently.`,
      );
    }
  }
  const findings = [...runDesignRules({ facts, design: draft, flows: flowPlans }), ...critiqueDesignConfigs(facts, draft)];
  const checked = dedupe(findings);
  // A finding that rests on an assumption is settled by its question: the user must be asked it.
  const settling = checked.flatMap((f) => (f.question && !draft.questions.includes(f.question) ? [f.question] : []));
  return { ...draft, questions: [...new Set([...draft.questions, ...settling])], findings: checked };
}

function flowQuestions(flow: FlowFacts, readIntoKafka: boolean): string[] {
  const q: string[] = [];
  if (flow.state && flow.retentionMs < 0) q.push(`Flow "${flow.name}": about how many distinct ${flow.key} values exist? The compacted topic's size is that count x record size.`);
  if (flow.processing.sideEffects === 'external-api' && flow.delivery !== 'at-most-once')
    q.push(`Flow "${flow.name}": does the external API accept an idempotency key? If so, pass the event id and duplicates are handled at the source.`);
  if (flow.delivery === 'exactly-once' && flow.processing.sideEffects === 'kafka' && !readIntoKafka) {
    q.push(`Flow "${flow.name}": its consumer writes to Kafka, but no flow starts at "${flow.sink}". Add that output flow so the transaction covering both can be designed.`);
  }
  return q;
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
