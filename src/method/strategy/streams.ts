// Stream processors: the topology Kafka Streams will build from a processor's operations
// (sub-topologies split at every repartition, tasks, internal topics, stores: streams-walk.ts), and
// the Streams configuration that follows (streams-config.ts). Python, Go and TypeScript processors
// get the same topic plan under the library that language really has, without Streams-only settings.
import { STREAM_LIBRARIES, STREAMS_DOCS } from '../../knowledge/streams.js';
import type { Assumption, StreamsDesign, TopicDesign } from '../../model/design.js';
import type { Processor } from '../../model/requirements.js';
import type { Facts } from '../deconstruct/normalize.js';
import type { ReplicationDecision } from './replication.js';
import { configureStreams, type StreamsSettings } from './streams-config.js';
import { resolveInput } from './streams-operations.js';
import { walkOperations } from './streams-walk.js';

export interface StreamsPlan {
  designs: StreamsDesign[];
  assumptions: Assumption[];
  questions: string[];
}

type StreamLanguage = keyof typeof STREAM_LIBRARIES;

export function planStreams(facts: Facts, processors: readonly Processor[], topics: readonly TopicDesign[], replication: ReplicationDecision): StreamsPlan {
  const plan: StreamsPlan = { designs: [], assumptions: [], questions: [] };
  for (const p of processors) plan.designs.push(designProcessor(facts, p, topics, replication, plan));
  return plan;
}

/** Kafka Streams for Java (unless another library is named); otherwise the language's first stream library. */
function processorLibrary(facts: Facts, p: Processor): { language: string; library: string; kafkaStreams: boolean } {
  const language = p.client?.language ?? (facts.language === 'java' ? 'java' : facts.language);
  const kafkaStreams = language === 'java' && (p.client?.library === undefined || /streams/i.test(p.client.library));
  const library = kafkaStreams ? 'kafka-streams' : (p.client?.library ?? (language === 'java' ? (p.client?.library ?? 'kafka-streams') : STREAM_LIBRARIES[language as StreamLanguage].options[0]!));
  return { language, library, kafkaStreams };
}

function designProcessor(facts: Facts, p: Processor, topics: readonly TopicDesign[], replication: ReplicationDecision, plan: StreamsPlan): StreamsDesign {
  const { language, library, kafkaStreams } = processorLibrary(facts, p);
  const appId = p.application_id ?? `${facts.name}-${p.name}`;
  const inputs = p.inputs.map((i) => resolveInput(facts, topics, i));
  const instances = p.instances ?? 2;
  if (p.instances === undefined) plan.assumptions.push({ field: `processors.${p.name}.instances`, value: 2, why: 'not given; two instances so one can fail over to the other' });
  for (const i of inputs.filter((x) => x.partitions === null)) plan.questions.push(`Processor "${p.name}": how many partitions does "${i.topic}" have? Tasks and co-partitioning follow from it.`);
  const delivery = p.delivery ?? 'at-least-once';

  const walked = walkOperations({ facts, processor: p, topics, appId, inputs, plan });
  const settings: StreamsSettings = { config: {}, rationale: [], notes: walked.notes };
  if (kafkaStreams) {
    configureStreams({ facts, processor: p, appId, instances, delivery, replication, walked, plan }, settings);
  } else {
    const options = language === 'java' ? [library] : STREAM_LIBRARIES[language as StreamLanguage].options;
    settings.notes.push(
      `${language} has no Kafka Streams: use ${options.join(', or ')}. ${language === 'java' ? '' : STREAM_LIBRARIES[language as StreamLanguage].note} The repartition and changelog topics below are the ones that processing needs; create them (or let the library create them) with these partition counts and cleanup policies.`,
    );
  }
  if (walked.suppressed)
    settings.rationale.push({
      setting: 'suppress',
      why: 'untilWindowCloses emits one final result per window; size the buffer (Suppressed.BufferConfig) for the keys of one window, or it fails or emits early when full.',
      refs: [STREAMS_DOCS.suppress],
    });

  const { subtopologies, internalTopics, stores, joins, topology } = walked;
  const { config, rationale, notes } = settings;
  return { processor: p.name, library, kafkaStreams, applicationId: appId, instances, subtopologies, internalTopics, stores, joins, config, rationale, notes, topology };
}
