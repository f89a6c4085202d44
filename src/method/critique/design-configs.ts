// The config rule set over every configuration a design writes (topics, producers, consumers,
// connectors, Kafka Streams applications), each read with its flow's intent, so a design is
// checked by the same rules as a configuration a user brings.
import type { Design, Finding } from '../../model/design.js';
import type { Facts, FlowFacts } from '../deconstruct/normalize.js';
import { provenanceOf } from '../rules.js';
import { recordBytes } from '../strategy/topic.js';
import type { ConfigKind } from './config-model.js';
import { createContext, runRules, type Intent } from './engine.js';
import { ALL_RULES } from './rules/index.js';

/** Config rules whose finding a design rule already gives, with the design's fuller context. */
const SAID_BY_DESIGN_RULES = new Set(['durability/replication-factor-1']);

/** Runs the config rule set over every designed config, with the flow's intent. */
export function critiqueDesignConfigs(facts: Facts, d: Omit<Design, 'findings'>): Finding[] {
  const flowByName = new Map(facts.flows.map((f) => [f.name, f]));
  const assumedField = provenanceOf(d.assumptions);
  /** The intent fields the design filled in from its own assumptions: findings resting on them only warn. */
  const assumedIntent = (f?: FlowFacts): Intent['assumed'] => {
    const at = (path: string) => `flows[${f?.index}].${path}`;
    const cluster = { environment: 'environment', brokers: 'cluster.brokers' };
    const fields = f ? { ...cluster, delivery: at('delivery'), ordering: at('ordering'), processingP99Ms: at('processing.per_message_ms'), messageBytes: at('throughput.message_bytes') } : cluster;
    return Object.fromEntries(
      Object.entries(fields).flatMap(([key, field]) => {
        const a = assumedField(field);
        return a ? [[key, a]] : [];
      }),
    );
  };
  const intentOf = (flowName: string, extra: Intent = {}): Intent => {
    const f = flowByName.get(flowName)!;
    return {
      delivery: f.delivery,
      ordering: f.ordering,
      sourceKind: f.sourceKind,
      state: f.state,
      buildsState: f.state || f.processing.sideEffects === 'database',
      environment: facts.environment,
      processingP99Ms: f.processing.p99Ms,
      messageBytes: recordBytes(f),
      brokers: facts.brokers,
      platform: facts.platform,
      ...(facts.brokerType !== null ? { brokerType: facts.brokerType } : {}),
      assumed: assumedIntent(f),
      ...extra,
    };
  };
  const review = (kind: ConfigKind, config: Record<string, string>, flow: string, label: string, extra: Intent = {}, library?: string) => {
    const entries = Object.entries(config).map(([name, value]) => ({ name, key: name, value }));
    const ctx = createContext({ kind, entries, library, label }, facts.kafkaVersion, intentOf(flow, extra));
    return runRules(ALL_RULES, ctx)
      .filter((f) => !SAID_BY_DESIGN_RULES.has(f.rule))
      .map((f) => ({ ...f, flow }));
  };
  const sinks = new Set(facts.flows.map((f) => f.sink));
  const txTopics = new Set(d.producers.filter((p) => p.config['transactional.id']).map((p) => p.topic));
  return [
    ...d.topics.flatMap((t) => review('topic', t.config, t.flows[0]!, t.name, { replicationFactor: t.replicationFactor })),
    ...d.producers.flatMap((p) =>
      review('producer', p.config, p.flow, `producer of ${p.topic}`, { consumesFromKafka: p.client !== 'kafka-connect' && sinks.has(p.source) }, p.client === 'kafka-connect' ? undefined : p.client),
    ),
    // A sink connector's consumer is the worker's: it commits after the sink writes, whatever the client defaults say.
    ...d.consumers
      .filter((c) => c.client !== 'kafka-connect')
      .flatMap((c) => review('consumer', c.config, c.flow, `consumer group ${c.groupId}`, { upstreamTransactional: txTopics.has(c.topic) }, c.client)),
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
    ...(d.streams ?? [])
      .filter((s) => s.kafkaStreams)
      .flatMap((s) => {
        const ctx = createContext(
          { kind: 'streams', entries: Object.entries(s.config).map(([name, value]) => ({ name, key: name, value })), label: `Kafka Streams ${s.applicationId}` },
          facts.kafkaVersion,
          { environment: facts.environment, brokers: facts.brokers, assumed: assumedIntent() },
        );
        return runRules(ALL_RULES, ctx).map((f) => ({ ...f, flow: s.processor }));
      }),
  ];
}
