// Least-privilege ACLs: one principal per service, derived from what the design says each service
// does (its producers, consumers, side topics, connectors and Streams applications), so clients
// another step adds get their grants without this module knowing about them.
import { compareVersions } from '../../knowledge/catalog.js';
import { IDEMPOTENT_WRITE_IMPLIED_FROM, SECURITY_DOCS } from '../../knowledge/security.js';
import type { Acl, ConsumerDesign, Design, ProducerDesign, TopicDesign } from '../../model/design.js';
import type { Facts, FlowFacts } from '../deconstruct/normalize.js';
import { firstBy, groupBy } from '../../model/lookup.js';
import { splitTransactionalId } from '../../model/transactional-id.js';

export type DesignParts = Pick<Design, 'name' | 'topics' | 'producers' | 'consumers'> & Partial<Pick<Design, 'connectors' | 'streams'>>;

/** The Kafka principal a service authenticates as. */
export function principalOf(service: string): string {
  return `User:${service}`;
}

/** Connect's usual names (its sample worker config): internal topics and groups start with this. */
export const CONNECT_PREFIX = 'connect-';
/** The Connect worker group of the sample config; exactly-once source tasks use it in their transactional ids. */
export const CONNECT_GROUP = 'connect-cluster';

/** Role or name of a topic a consumer writes aside: dead letters, retries, pending work. */
const SIDE_TOPIC = /dead|dlt|dlq|retry|pending/i;

export function isSideTopic(topic: TopicDesign): boolean {
  return SIDE_TOPIC.test(topic.role) || SIDE_TOPIC.test(topic.name.split('.').at(-1) ?? '');
}

/** The service that runs a consumer: the flow's sink where the facts know the flow, else its group. */
function consumerService(flowByName: ReadonlyMap<string, FlowFacts>, consumer: ConsumerDesign): string {
  return flowByName.get(consumer.flow)?.sink ?? consumer.groupId;
}

function idempotentWriteNeeded(kafkaVersion: string): boolean {
  return compareVersions(kafkaVersion, IDEMPOTENT_WRITE_IMPLIED_FROM) < 0;
}

export function deriveAcls(facts: Facts, parts: DesignParts): Acl[] {
  const flowByName = firstBy(facts.flows, (f) => f.name);
  const connectors = firstBy(parts.connectors ?? [], (c) => `${c.kind}|${c.flow}`);
  const connectorOf = (flow: string, kind: 'source' | 'sink') => connectors.get(`${kind}|${flow}`);
  const topicsOf = groupBy(parts.topics, (t) => t.flows);
  const acls: Acl[] = [];
  const grant = (acl: Acl) => acls.push(acl);
  const connect = principalOf(`${parts.name}-connect`);
  const idempotentWrite = (principal: string, who: string) => {
    if (!idempotentWriteNeeded(facts.kafkaVersion)) return;
    grant({
      principal,
      resourceType: 'cluster',
      name: 'kafka-cluster',
      patternType: 'literal',
      operations: ['IDEMPOTENT_WRITE'],
      why: `${who} uses the idempotent producer and Kafka ${facts.kafkaVersion} is before ${IDEMPOTENT_WRITE_IMPLIED_FROM}, where IdempotentWrite on the cluster is still required (from ${IDEMPOTENT_WRITE_IMPLIED_FROM}, WRITE on a topic implies it, KIP-679).`,
    });
  };

  for (const p of parts.producers) producerAcls(p, connectorOf(p.flow, 'source') ? connect : principalOf(p.source), grant, idempotentWrite);

  for (const c of parts.consumers) {
    const sinkConnector = connectorOf(c.flow, 'sink');
    const principal = sinkConnector ? connect : principalOf(consumerService(flowByName, c));
    const who = principal.slice('User:'.length);
    grant({
      principal,
      resourceType: 'topic',
      name: c.topic,
      patternType: 'literal',
      operations: ['READ', 'DESCRIBE'],
      why: `${who} consumes ${c.topic} (flow ${c.flow}): READ to fetch, DESCRIBE for its metadata and offsets.`,
    });
    if (!sinkConnector) {
      grant({
        principal,
        resourceType: 'group',
        name: c.groupId,
        patternType: 'literal',
        operations: ['READ'],
        why: `${who} joins group ${c.groupId} and commits its offsets there: READ on the group allows both.`,
      });
    }
    // Side topics of the flow: the consumer moves records there, and only it.
    for (const side of (topicsOf.get(c.flow) ?? []).filter((t) => isSideTopic(t) && t.name !== c.topic)) {
      grant({
        principal,
        resourceType: 'topic',
        name: side.name,
        patternType: 'literal',
        operations: ['WRITE', 'DESCRIBE'],
        why: `${who} moves records of flow ${c.flow} it cannot process now to ${side.name} (${side.role}): WRITE and DESCRIBE. Reading it back is granted to whoever consumes it.`,
      });
      idempotentWrite(principal, `${who}'s side producer`);
    }
    const applicationId = c.config['application.id'];
    if (applicationId) streamsAcls(principal, applicationId, c.config['processing.guarantee']?.startsWith('exactly_once') ?? false, grant);
  }

  for (const st of parts.streams ?? []) processorAcls(st, grant);
  if (parts.connectors?.length) connectWorkerAcls(connect, parts, topicsOf, grant);
  return mergeAcls(acls);
}

function producerAcls(p: ProducerDesign, principal: string, grant: (a: Acl) => void, idempotentWrite: (principal: string, who: string) => void) {
  const who = principal.slice('User:'.length);
  grant({
    principal,
    resourceType: 'topic',
    name: p.topic,
    patternType: 'literal',
    operations: ['WRITE', 'DESCRIBE'],
    why: `${who} produces flow ${p.flow} to ${p.topic}: WRITE to append, DESCRIBE to read its metadata. Nothing else on the topic.`,
  });
  const transactionalId = p.config['transactional.id'];
  if (transactionalId) {
    const [prefix, suffix] = splitTransactionalId(transactionalId);
    const perInstance = suffix !== null;
    grant({
      principal,
      resourceType: 'transactional-id',
      name: perInstance ? prefix : transactionalId,
      patternType: perInstance ? 'prefixed' : 'literal',
      operations: ['WRITE', 'DESCRIBE'],
      why: perInstance
        ? `${who} writes in transactions with one transactional id per instance (${transactionalId}): WRITE and DESCRIBE on ids starting "${prefix}" cover every instance and nothing else.`
        : `${who} writes in transactions as ${transactionalId}: WRITE and DESCRIBE on that id.`,
    });
  } else if (p.config['enable.idempotence'] !== 'false' && p.delivery !== 'at-most-once') {
    idempotentWrite(principal, who);
  }
}

/** A Kafka Streams application names its internal topics, group and transactional ids after its application.id. */
export function streamsAcls(principal: string, applicationId: string, exactlyOnce: boolean, grant: (a: Acl) => void) {
  const who = principal.slice('User:'.length);
  grant({
    principal,
    resourceType: 'topic',
    name: `${applicationId}-`,
    patternType: 'prefixed',
    operations: ['CREATE', 'READ', 'WRITE', 'DESCRIBE', 'DELETE'],
    why: `${who} is a Kafka Streams application (${applicationId}): it creates, reads, writes and cleans up its repartition and changelog topics, all named "${applicationId}-...".`,
  });
  grant({ principal, resourceType: 'group', name: applicationId, patternType: 'literal', operations: ['READ'], why: `Kafka Streams uses application.id ${applicationId} as its consumer group.` });
  if (exactlyOnce) {
    grant({
      principal,
      resourceType: 'transactional-id',
      name: applicationId,
      patternType: 'prefixed',
      operations: ['WRITE', 'DESCRIBE'],
      why: `exactly-once Kafka Streams derives its transactional ids from ${applicationId}.`,
    });
  }
}

/** A stream processor reads its inputs and owns its internal topics; its outputs are flows, whose producers grant the writes. */
function processorAcls(st: NonNullable<Design['streams']>[number], grant: (a: Acl) => void) {
  const principal = principalOf(st.processor);
  const internal = new Set(st.internalTopics.map((t) => t.name));
  for (const input of new Set(st.subtopologies.flatMap((s) => s.inputs).filter((t) => !internal.has(t)))) {
    grant({ principal, resourceType: 'topic', name: input, patternType: 'literal', operations: ['READ', 'DESCRIBE'], why: `${st.processor} reads ${input} as an input of its topology.` });
  }
  if (st.kafkaStreams) {
    streamsAcls(principal, st.applicationId, st.config['processing.guarantee']?.startsWith('exactly_once') ?? false, grant);
    return;
  }
  grant({ principal, resourceType: 'group', name: st.applicationId, patternType: 'literal', operations: ['READ'], why: `${st.processor} consumes its inputs in group ${st.applicationId}.` });
  for (const t of st.internalTopics) {
    grant({
      principal,
      resourceType: 'topic',
      name: t.name,
      patternType: 'literal',
      operations: ['CREATE', 'READ', 'WRITE', 'DESCRIBE'],
      why: `${st.processor} keeps its ${t.kind} topic ${t.name}: it creates, writes and reads it back.`,
    });
  }
}

function connectWorkerAcls(principal: string, parts: DesignParts, topicsOf: ReadonlyMap<string, TopicDesign[]>, grant: (a: Acl) => void) {
  const who = principal.slice('User:'.length);
  grant({
    principal,
    resourceType: 'topic',
    name: CONNECT_PREFIX,
    patternType: 'prefixed',
    operations: ['CREATE', 'READ', 'WRITE', 'DESCRIBE'],
    why: `${who} (the Kafka Connect workers) keeps connector configs, offsets and status in its internal topics, named "${CONNECT_PREFIX}..." as in Connect's sample worker config; change the prefix if your worker names them otherwise.`,
  });
  grant({
    principal,
    resourceType: 'group',
    name: CONNECT_PREFIX,
    patternType: 'prefixed',
    operations: ['READ'],
    why: `the workers coordinate in group ${CONNECT_GROUP}, and each sink connector consumes in group "${CONNECT_PREFIX}<connector name>".`,
  });
  if (parts.connectors?.some((c) => c.kind === 'source' && c.config['exactly.once.support'] === 'required')) {
    grant({
      principal,
      resourceType: 'transactional-id',
      name: `${CONNECT_GROUP}-`,
      patternType: 'prefixed',
      operations: ['WRITE', 'DESCRIBE'],
      why: `exactly-once source tasks write in transactions with ids "${CONNECT_GROUP}-<connector>-<task>" (KIP-618).`,
    });
  }
  for (const c of parts.connectors ?? []) {
    const main = topicsOf.get(c.flow)?.find((t) => !isSideTopic(t));
    if (!main) continue;
    // The flow's producer or consumer entry already grants the topic; a connector without one still needs it.
    grant(
      c.kind === 'source'
        ? { principal, resourceType: 'topic', name: main.name, patternType: 'literal', operations: ['WRITE', 'DESCRIBE'], why: `source connector ${c.name} writes flow ${c.flow} to ${main.name}.` }
        : { principal, resourceType: 'topic', name: main.name, patternType: 'literal', operations: ['READ', 'DESCRIBE'], why: `sink connector ${c.name} reads flow ${c.flow} from ${main.name}.` },
    );
  }
}

/** One entry per principal and resource: operations united, reasons joined. */
export function mergeAcls(acls: readonly Acl[]): Acl[] {
  // The reasons seen beside each entry: a reason given again (per producer, per flow) is joined once.
  const byKey = new Map<string, { acl: Acl; whys: Set<string> }>();
  for (const a of acls) {
    const key = aclTarget(a);
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { acl: { ...a, operations: [...a.operations] }, whys: new Set([a.why]) });
    else {
      for (const op of a.operations) if (!seen.acl.operations.includes(op)) seen.acl.operations.push(op);
      if (!seen.whys.has(a.why)) {
        seen.whys.add(a.why);
        seen.acl.why = `${seen.acl.why} ${a.why}`;
      }
    }
  }
  return [...byKey.values()].map((m) => m.acl);
}

/** What a grant is on: principal, resource type, pattern and name (one merged entry each). */
export function aclTarget(a: Acl): string {
  return `${a.principal}|${a.resourceType}|${a.patternType}|${a.name}`;
}

export const ACL_REFS = [SECURITY_DOCS.authorization, SECURITY_DOCS.aclOperations];

/** A grant covers a need when it is for the same principal and kind of resource, names it (or all), and allows the operations. */
export function covers(grant: Acl, need: Acl): boolean {
  if (grant.principal !== need.principal && grant.principal !== 'User:*') return false;
  if (grant.resourceType !== need.resourceType) return false;
  const named = grant.name === '*' || (grant.patternType === 'literal' ? need.patternType === 'literal' && grant.name === need.name : need.name.startsWith(grant.name));
  return named && need.operations.every((op) => grant.operations.includes(op) || grant.operations.includes('ALL'));
}

/** The needs no grant in `acls` covers (grants looked up by principal and resource type, plus those to every principal). */
export function uncovered(needs: readonly Acl[], acls: readonly Acl[]): Acl[] {
  const grantsTo = groupBy(acls, (a) => [`${a.principal}|${a.resourceType}`]);
  return needs.filter((need) => {
    const candidates = [...(grantsTo.get(`${need.principal}|${need.resourceType}`) ?? []), ...(grantsTo.get(`User:*|${need.resourceType}`) ?? [])];
    return !candidates.some((grant) => covers(grant, need));
  });
}
