// The specialist's main job, as one pure function: requirements in, a checked design out.
// Deconstruct -> strategy per flow -> self-critique (design rules + the config rule set).
import { PLANNING } from '../knowledge/planning.js';
import type { Assumption, ConnectorDesign, ConsumerDesign, Design, Finding, PatternUse, ProducerDesign, SchemaDraft, TopicDesign } from '../model/design.js';
import type { Requirements } from '../model/requirements.js';
import { createContext, runRules, type Intent } from './critique/engine.js';
import type { ConfigKind } from './critique/config-model.js';
import { runDesignRules } from './critique/design-rules/index.js';
import type { FlowPlan } from './critique/design-rules/types.js';
import { ALL_RULES } from './critique/rules/index.js';
import { provenanceOf } from './rules.js';
import { deconstruct, type Facts, type FlowFacts } from './deconstruct/normalize.js';
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
import { choosePatterns } from './strategy/patterns.js';
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
      flow, topic: topic.name, partitions: topic.partitions, recordBytes: recordBytes(flow),
      transactionalProcessor: connectProduced ? undefined : writtenInTx?.processor, compression,
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
        facts, flow, topic: topic.name, plan,
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
    draft.questions.push(`The topics keep ~${fmtBytes(perBroker)} per broker (all replicas, after compression): how much usable log disk does each broker have (cluster.disk_per_broker)? Keep it at most ${PLANNING.diskSafeFill * 100} % full.`);
  }
  if (facts.platform === 'msk') {
    const choice = mskBrokerChoice(facts.brokerType, mskLoad(draft), facts.brokers, mskZones(facts.racks));
    if (choice.assumed) {
      const why = choice.fit.fits
        ? `not stated; the smallest kafka.m7g size that carries the design on ${facts.brokers} brokers: ${choice.fit.arithmetic}`
        : `not stated; no kafka.m7g size carries the design on ${facts.brokers} brokers, so the largest is assumed (see platform/msk-capacity): ${choice.fit.arithmetic}`;
      draft.assumptions.push({ field: 'cluster.broker_type', value: choice.fit.size.id, why });
      draft.questions.push(`Which Amazon MSK broker size will the cluster run (cluster.broker_type, e.g. kafka.m7g.large or express.m7g.large)? The design was checked against ${choice.fit.size.id}; each size writes, holds partitions and serves clients differently.`);
    }
  }
  const findings = [
    ...runDesignRules({ facts, design: draft, flows: flowPlans }),
    ...critiqueConfigs(facts, draft),
  ];
  const checked = dedupe(findings);
  // A finding that rests on an assumption is settled by its question: the user must be asked it.
  const settling = checked.flatMap((f) => (f.question && !draft.questions.includes(f.question) ? [f.question] : []));
  return { ...draft, questions: [...new Set([...draft.questions, ...settling])], findings: checked };
}

function flowQuestions(flow: FlowFacts, readIntoKafka: boolean): string[] {
  const q: string[] = [];
  if (flow.state && flow.retentionMs < 0) q.push(`Flow "${flow.name}": about how many distinct ${flow.key} values exist? The compacted topic's size is that count x record size.`);
  if (flow.processing.sideEffects === 'external-api' && flow.delivery !== 'at-most-once') q.push(`Flow "${flow.name}": does the external API accept an idempotency key? If so, pass the event id and duplicates are handled at the source.`);
  if (flow.delivery === 'exactly-once' && flow.processing.sideEffects === 'kafka' && !readIntoKafka) {
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
  const assumedField = provenanceOf(d.assumptions);
  /** The intent fields the design filled in from its own assumptions: findings resting on them only warn. */
  const assumedIntent = (f?: FlowFacts): Intent['assumed'] => {
    const at = (path: string) => `flows[${f?.index}].${path}`;
    const cluster = { environment: 'environment', brokers: 'cluster.brokers' };
    const fields = f ? { ...cluster, delivery: at('delivery'), ordering: at('ordering'), processingP99Ms: at('processing.per_message_ms'), messageBytes: at('throughput.message_bytes') } : cluster;
    return Object.fromEntries(Object.entries(fields).flatMap(([key, field]) => {
      const a = assumedField(field);
      return a ? [[key, a]] : [];
    }));
  };
  const intentOf = (flowName: string, extra: Intent = {}): Intent => {
    const f = flowByName.get(flowName)!;
    return {
      delivery: f.delivery, ordering: f.ordering, sourceKind: f.sourceKind, state: f.state, buildsState: f.state || f.processing.sideEffects === 'database', environment: facts.environment,
      processingP99Ms: f.processing.p99Ms, messageBytes: recordBytes(f), brokers: facts.brokers, platform: facts.platform, ...(facts.brokerType !== null ? { brokerType: facts.brokerType } : {}), assumed: assumedIntent(f), ...extra,
    };
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
    ...d.producers.flatMap((p) => review('producer', p.config, p.flow, `producer of ${p.topic}`, { consumesFromKafka: p.client !== 'kafka-connect' && sinks.has(p.source) }, p.client === 'kafka-connect' ? undefined : p.client)),
    // A sink connector's consumer is the worker's: it commits after the sink writes, whatever the client defaults say.
    ...d.consumers.filter((c) => c.client !== 'kafka-connect').flatMap((c) => review('consumer', c.config, c.flow, `consumer group ${c.groupId}`, { upstreamTransactional: txTopics.has(c.topic) }, c.client)),
    ...(d.connectors ?? []).flatMap((c) => review('connector', c.config, c.flow, `connector ${c.name}`)),
    // The replication flows as one MirrorMaker 2 file (as generate writes it), judged against the topics they mirror.
    ...(() => {
      const flows = d.replication ?? [];
      const mirrored = d.topics.filter((t) => flows.some((r) => r.topics.includes(t.name)));
      if (mirrored.length === 0) return [];
      const clusters = [...new Set(flows.flatMap((r) => [r.source, r.target]))].join(', ');
      const config = Object.assign({}, ...flows.map((r) => r.config), { clusters }) as Record<string, string>;
      return review('mirrormaker', config, mirrored[0]!.flows[0]!, 'MirrorMaker 2', { replicationFactor: Math.max(...mirrored.map((t) => t.replicationFactor)) });
    })(),
    ...(d.streams ?? []).filter((s) => s.kafkaStreams).flatMap((s) => {
      const ctx = createContext({ kind: 'streams', entries: Object.entries(s.config).map(([name, value]) => ({ name, key: name, value })), label: `Kafka Streams ${s.applicationId}` }, facts.kafkaVersion, { environment: facts.environment, brokers: facts.brokers, assumed: assumedIntent() });
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
