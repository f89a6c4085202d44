// Two rounds of a design compared decision by decision: topics (partitions, replication, key,
// config), producer and consumer config, instances, patterns, and the findings that appeared or
// went away. When the two rounds' requirements are known, each change names the requirement
// changes that can explain it.
import type { ConsumerDesign, Design, Finding, ProducerDesign, Rationale, TopicDesign } from '../../model/design.js';
import type { Requirements } from '../../model/requirements.js';
import { causesOf } from './influences.js';
import { diffRequirements, type RequirementChange } from './requirements-diff.js';

export interface DecisionChange {
  /** What the decision is about: "topic orders.payments", "producer payments", "pattern claim-check". */
  subject: string;
  /** Decision key in the influence table: "topic.partitions", "producer.config.acks", "pattern.claim-check". */
  decision: string;
  flows: string[];
  /** The setting that changed ("partitions", "acks"), or "added" / "removed" for a whole topic, client or pattern. */
  setting: string;
  /** null: absent (or the client's default, for a config key). */
  before: string | null;
  after: string | null;
  /** The new round's reason for the value, when it gives one. */
  why?: string;
  /** Requirement changes that can move this decision; empty when unknown or a knock-on effect. */
  causes: RequirementChange[];
}

export interface DesignDiff {
  requirementChanges: RequirementChange[];
  /** False when the previous requirements were not given: causes are then empty. */
  requirementsKnown: boolean;
  decisions: DecisionChange[];
  findingsAppeared: Finding[];
  findingsGone: Finding[];
}

export interface RoundRequirements {
  previous: Requirements;
  current: Requirements;
}

type Change = Omit<DecisionChange, 'causes'>;

function configChanges(subject: string, prefix: string, flows: string[], a: Record<string, string>, b: Record<string, string>, rationale: Rationale[]): Change[] {
  const out: Change[] = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const before = a[key] ?? null;
    const after = b[key] ?? null;
    if (before === after) continue;
    const why = rationale.find((r) => r.setting === key)?.why;
    out.push({ subject, decision: `${prefix}.config.${key}`, flows, setting: key, before, after, ...(why ? { why } : {}) });
  }
  return out;
}

function field(subject: string, decision: string, flows: string[], setting: string, before: unknown, after: unknown, rationale: Rationale[] = []): Change[] {
  const show = (v: unknown) => (v === null || v === undefined ? null : String(v));
  if (show(before) === show(after)) return [];
  const why = rationale.find((r) => r.setting === setting)?.why;
  return [{ subject, decision, flows, setting, before: show(before), after: show(after), ...(why ? { why } : {}) }];
}

/** Pairs items of two lists by identity, first with first; the unmatched ones came or went. */
function pair<T>(a: readonly T[], b: readonly T[], id: (x: T) => string): { both: Array<[T, T]>; gone: T[]; added: T[] } {
  const waiting = new Map<string, T[]>();
  for (const x of a) waiting.set(id(x), [...(waiting.get(id(x)) ?? []), x]);
  const both: Array<[T, T]> = [];
  const added: T[] = [];
  for (const y of b) {
    const x = waiting.get(id(y))?.shift();
    if (x) both.push([x, y]);
    else added.push(y);
  }
  return { both, gone: [...waiting.values()].flat(), added };
}

function topicSummary(t: TopicDesign): string {
  return `${t.partitions} partitions, RF ${t.replicationFactor}, key ${t.key ?? '(none)'}, ${t.role}`;
}

function topicChanges(a: TopicDesign[], b: TopicDesign[]): Change[] {
  const { both, gone, added } = pair(a, b, (t) => t.name);
  const subject = (t: TopicDesign) => `topic ${t.name}`;
  return [
    ...gone.map((t): Change => ({ subject: subject(t), decision: 'topic', flows: t.flows, setting: 'removed', before: topicSummary(t), after: null })),
    ...added.map((t): Change => ({ subject: subject(t), decision: 'topic', flows: t.flows, setting: 'added', before: null, after: topicSummary(t), why: t.rationale[0]?.why })),
    ...both.flatMap(([x, y]) => [
      ...field(subject(y), 'topic.partitions', y.flows, 'partitions', x.partitions, y.partitions, y.rationale),
      ...field(subject(y), 'topic.replicationFactor', y.flows, 'replicationFactor', x.replicationFactor, y.replicationFactor, y.rationale),
      ...field(subject(y), 'topic.key', y.flows, 'key', x.key, y.key, y.rationale),
      ...field(subject(y), 'topic.role', y.flows, 'role', x.role, y.role),
      ...configChanges(subject(y), 'topic', y.flows, x.config, y.config, y.rationale),
    ]),
  ];
}

type Client = ProducerDesign | ConsumerDesign;

function clientChanges<T extends Client>(kind: 'producer' | 'consumer', a: T[], b: T[], extra: (x: T, y: T, subject: string) => Change[]): Change[] {
  const { both, gone, added } = pair(a, b, (c) => `${c.flow}|${c.topic}`);
  const subject = (c: T) => `${kind} ${c.flow} → ${c.topic}`;
  return [
    ...gone.map((c): Change => ({ subject: subject(c), decision: kind, flows: [c.flow], setting: 'removed', before: c.topic, after: null })),
    ...added.map((c): Change => ({ subject: subject(c), decision: kind, flows: [c.flow], setting: 'added', before: null, after: c.topic })),
    ...both.flatMap(([x, y]) => [
      ...field(subject(y), `${kind}.client`, [y.flow], 'client', x.client, y.client),
      ...extra(x, y, subject(y)),
      ...configChanges(subject(y), kind, [y.flow], x.config, y.config, y.rationale),
    ]),
  ];
}

function patternChanges(a: Design['patterns'], b: Design['patterns']): Change[] {
  const { both, gone, added } = pair(a, b, (p) => p.id);
  return [
    ...gone.map((p): Change => ({ subject: `pattern ${p.id}`, decision: `pattern.${p.id}`, flows: p.flows, setting: 'removed', before: p.flows.join(', '), after: null })),
    ...added.map((p): Change => ({ subject: `pattern ${p.id}`, decision: `pattern.${p.id}`, flows: p.flows, setting: 'added', before: null, after: p.flows.join(', '), why: p.why })),
    ...both.flatMap(([x, y]) => [
      ...field(`pattern ${y.id}`, `pattern.${y.id}`, y.flows, 'flows', x.flows.join(', '), y.flows.join(', ')),
      // The same pattern for a different reason (JSON to Avro, a new instance count) is news too.
      ...field(`pattern ${y.id}`, `pattern.${y.id}`, y.flows, 'why', x.why, y.why),
    ]),
  ];
}

function designChanges(a: Design, b: Design): Change[] {
  return [
    ...field('design', 'design.kafkaVersion', [], 'kafkaVersion', a.kafkaVersion, b.kafkaVersion),
    ...field('design', 'design.environment', [], 'environment', a.environment, b.environment),
    ...field('design', 'design.client', [], 'client', `${a.client.library} (${a.client.language})`, `${b.client.library} (${b.client.language})`),
  ];
}

/** Findings are the same finding when rule, flow, setting and severity agree; numbers in the message may move. */
function findingId(f: Finding): string {
  return [f.rule, f.flow ?? '', f.setting ?? '', f.severity].join('|');
}

export function diffDesigns(previous: Design, current: Design, requirements?: RoundRequirements): DesignDiff {
  const requirementChanges = requirements ? diffRequirements(requirements.previous, requirements.current) : [];
  const changes: Change[] = [
    ...designChanges(previous, current),
    ...topicChanges(previous.topics, current.topics),
    ...clientChanges('producer', previous.producers, current.producers, () => []),
    ...clientChanges('consumer', previous.consumers, current.consumers, (x, y, subject) => [
      ...field(subject, 'consumer.groupId', [y.flow], 'groupId', x.groupId, y.groupId),
      ...field(subject, 'consumer.instances', [y.flow], 'instances', x.instances, y.instances, y.rationale),
    ]),
    ...patternChanges(previous.patterns, current.patterns),
  ];
  const findings = pair(previous.findings, current.findings, findingId);
  return {
    requirementChanges,
    requirementsKnown: requirements !== undefined,
    decisions: changes.map((c) => ({ ...c, causes: causesOf(c.decision, c.flows, requirementChanges) })),
    findingsAppeared: findings.added,
    findingsGone: findings.gone,
  };
}

export function isUnchanged(diff: DesignDiff): boolean {
  return diff.decisions.length === 0 && diff.findingsAppeared.length === 0 && diff.findingsGone.length === 0;
}
