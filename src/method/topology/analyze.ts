// What a parsed topology means: sub-topologies and their tasks, the topics it reads and writes,
// which of them Kafka Streams creates (repartition, changelog), stores, joins and the
// co-partitioning each needs, and findings. Pure: partition counts come in as values.
// The graph reading is in graph.ts, the findings in findings.ts.
import { CHANGELOG_SUFFIX, GENERATED_NAME, WINDOWED_JOIN_STORE, type JoinKind } from '../../knowledge/streams.js';
import type { Finding } from '../../model/design.js';
import { bySeverity, keyChangeFindings, namingFindings, notCoPartitioned, otherFindings } from './findings.js';
import { inputsOf, isInternalRole, joinKindOf, topicUse, type TopicUse } from './graph.js';
import type { ParsedTopology, TopologyNode } from './parse.js';

export interface TopologyOptions {
  /** application.id, to print the real names of internal topics; "<application.id>" otherwise. */
  applicationId?: string;
  /** Known partition counts of the topics the topology reads (from --topics or a cluster). */
  partitions?: Record<string, number>;
}

export const TOPIC_ROLES = ['input', 'output', 'repartition', 'foreign-key-internal', 'through', 'global-input'] as const;
export type TopicRole = (typeof TOPIC_ROLES)[number];
/** A window store's changelog also deletes by time; a key-value store's only compacts. */
export const CHANGELOG_CLEANUPS = ['compact', 'compact,delete'] as const;
export const CO_PARTITIONING = ['yes', 'no', 'unknown', 'not-required'] as const;

export interface TopicReport {
  name: string;
  role: TopicRole;
  /** The name on the cluster: internal topics are prefixed with application.id. */
  clusterName: string;
  writtenBy: number[];
  readBy: number[];
  partitions: number | null;
  partitionsWhy: string;
}

export interface StoreReport {
  name: string;
  subtopology: number;
  global: boolean;
  processors: string[];
  /** Window stores keep a time range; their changelog is compact,delete. */
  windowed: boolean | null;
  changelog: string | null;
  changelogCleanup: (typeof CHANGELOG_CLEANUPS)[number] | null;
  why: string;
  generatedName: boolean;
}

export interface JoinReport {
  kind: JoinKind;
  subtopology: number;
  processors: string[];
  stores: string[];
  /** The topics that must be co-partitioned: same partition count, same key, same partitioner. */
  topics: string[];
  coPartitioned: (typeof CO_PARTITIONING)[number];
  why: string;
}

export interface SubtopologyReport {
  id: number;
  global: boolean;
  nodes: number;
  sourceTopics: string[];
  sourcePatterns: string[];
  sinkTopics: string[];
  stores: string[];
  tasks: number | null;
  tasksWhy: string;
}

export interface TopologyReport {
  name?: string;
  applicationId: string;
  counts: { subtopologies: number; nodes: number; topics: number; stores: number; joins: number };
  subtopologies: SubtopologyReport[];
  topics: TopicReport[];
  stores: StoreReport[];
  joins: JoinReport[];
  findings: Finding[];
}

/** A partition or task count with how it was found. */
interface Count {
  n: number | null;
  why: string;
}

/** Stores touched from branches of different input topics, merged when they are one join's two sides. */
interface JoinGroup {
  subtopology: number;
  stores: Set<string>;
  processors: Set<string>;
  topics: Set<string>;
}

export function analyzeTopology(topology: ParsedTopology, options: TopologyOptions = {}): TopologyReport {
  const appId = options.applicationId ?? '<application.id>';
  const known = options.partitions ?? {};
  const nodes = Object.values(topology.nodes);
  const globalIds = new Set(topology.subtopologies.filter((s) => s.global).map((s) => s.id));
  const use = topicUse(topology, globalIds);

  // Stores and the processors touching them, per sub-topology.
  const storeUsers = new Map<string, TopologyNode[]>();
  for (const n of nodes) if (n.kind === 'processor') for (const s of n.stores) (storeUsers.get(s) ?? storeUsers.set(s, []).get(s)!).push(n);
  const globalStores = new Set([...storeUsers].filter(([, users]) => users.some((u) => globalIds.has(u.subtopology))).map(([s]) => s));

  const groups = joinGroups(topology, storeUsers, globalStores);
  const subs = [...topology.subtopologies].sort((a, b) => a.id - b.id);
  const { partitions, tasks } = partitionsAndTasks(topology, subs, use, groups, known);
  const findings: Finding[] = [];
  const joins: JoinReport[] = groups.map((g) => {
    const { join, differing } = joinReport(g, use, known);
    if (differing) findings.push(notCoPartitioned(join.kind, g.subtopology, differing, known));
    return join;
  });
  joins.push(...globalTableJoins(topology, use, globalIds));
  const stores = storeReports(storeUsers, globalStores, joins, appId);
  const topics = topicReports(use, partitions, appId);
  findings.push(...keyChangeFindings(topology, topics), ...namingFindings(topology, stores, topics), ...otherFindings(topology, joins));
  findings.sort(bySeverity);

  return {
    ...(topology.name !== undefined ? { name: topology.name } : {}),
    applicationId: appId,
    counts: { subtopologies: subs.length, nodes: nodes.length, topics: topics.length, stores: stores.length, joins: joins.length },
    subtopologies: subtopologyReports(topology, subs, tasks),
    topics,
    stores,
    joins,
    findings,
  };
}

/** Joins: a store touched from branches of different input topics ties those topics together. */
function joinGroups(topology: ParsedTopology, storeUsers: ReadonlyMap<string, TopologyNode[]>, globalStores: ReadonlySet<string>): JoinGroup[] {
  const sharing = [...storeUsers]
    .filter(([s]) => !globalStores.has(s))
    .map(([store, users]) => ({ store, users, inputs: [...new Set(users.flatMap((u) => inputsOf(topology, u.name)))].sort() }))
    .filter((x) => x.inputs.length >= 2);
  // Merge stores whose input sets overlap in the same sub-topology: one join keeps two stores (one per side).
  const groups: JoinGroup[] = [];
  for (const s of sharing) {
    const sub = s.users[0]!.subtopology;
    const hit = groups.find(
      (g) =>
        g.subtopology === sub &&
        s.inputs.some((t) => g.topics.has(t)) &&
        [...g.processors].some((p) => s.users.some((u) => u.name === p || topology.nodes[p]!.successors.includes(u.name) || u.successors.includes(p))),
    );
    const g = hit ?? (groups.push({ subtopology: sub, stores: new Set(), processors: new Set(), topics: new Set() }), groups[groups.length - 1]!);
    g.stores.add(s.store);
    for (const u of s.users) g.processors.add(u.name);
    for (const t of s.inputs) g.topics.add(t);
  }
  return groups;
}

/**
 * Tasks per sub-topology = the most partitions among its source topics; an internal topic gets
 * the task count of the sub-topology writing it (Streams' own rule when no count is given).
 */
function partitionsAndTasks(
  topology: ParsedTopology,
  subs: ParsedTopology['subtopologies'],
  use: TopicUse,
  groups: readonly JoinGroup[],
  known: Record<string, number>,
): { partitions: Map<string, Count>; tasks: Map<number, Count> } {
  const internal = (t: string) => isInternalRole(use.roleOf(t));
  const partitions = new Map<string, Count>();
  for (const t of use.names) {
    if (known[t] !== undefined) partitions.set(t, { n: known[t]!, why: 'given' });
  }
  const sizedByJoin = new Set<string>();
  // An internal topic in a join takes the partition count of the user topic it must be co-partitioned with.
  for (const g of groups) {
    const counts = [...g.topics].filter((t) => !internal(t) && known[t] !== undefined);
    if (!counts.length) continue;
    const n = Math.max(...counts.map((t) => known[t]!));
    for (const t of [...g.topics].filter((x) => internal(x) && known[x] === undefined)) {
      sizedByJoin.add(t);
      partitions.set(t, { n, why: `${n}, co-partitioned with ${counts.join(', ')} (Streams sizes it to match)` });
    }
  }
  const tasks = new Map<number, Count>();
  // Internal topics chain forward through sub-topologies; iterate until nothing changes (a DAG, so at most subs.length rounds).
  for (let round = 0; round <= subs.length; round++) {
    for (const s of subs) {
      tasks.set(s.id, subtopologyTasks(topology, s, partitions));
      for (const n of s.nodes.map((x) => topology.nodes[x]!)) {
        if (n.kind !== 'sink' || n.topic === undefined || !internal(n.topic) || known[n.topic] !== undefined || sizedByJoin.has(n.topic)) continue;
        const t = tasks.get(s.id)!;
        partitions.set(n.topic, { n: t.n, why: t.n === null ? `as many as sub-topology ${s.id} has tasks (unknown)` : `= tasks of sub-topology ${s.id}, which writes it: ${t.n}` });
      }
    }
  }
  return { partitions, tasks };
}

function subtopologyTasks(topology: ParsedTopology, s: ParsedTopology['subtopologies'][number], partitions: ReadonlyMap<string, Count>): Count {
  const sources = s.nodes.map((n) => topology.nodes[n]!).filter((n) => n.kind === 'source');
  const counts = sources.flatMap((n) => (n.kind === 'source' ? n.topics : [])).map((t) => ({ t, p: partitions.get(t) }));
  const patterns = sources.filter((n) => n.kind === 'source' && n.pattern !== undefined);
  if (s.global) return { n: 0, why: 'a global store is filled from every partition by each instance; no tasks' };
  if (patterns.length || counts.some((c) => !c.p || c.p.n === null)) {
    const missing = counts.filter((c) => !c.p || c.p.n === null).map((c) => c.t);
    return {
      n: null,
      why: `max partitions of its source topics; unknown for ${[...missing, ...patterns.map((p) => (p.kind === 'source' ? `pattern ${p.pattern}` : ''))].join(', ')} (pass --topics name:partitions)`,
    };
  }
  const n = Math.max(...counts.map((c) => c.p!.n!));
  return { n, why: `max(${counts.map((c) => `${c.t}: ${c.p!.n}`).join(', ')}) = ${n}` };
}

/** A join group as reported: its kind from the names, and whether its user topics are co-partitioned (`differing` when they are not). */
function joinReport(g: JoinGroup, use: TopicUse, known: Record<string, number>): { join: JoinReport; differing?: string[] } {
  const internal = (t: string) => isInternalRole(use.roleOf(t));
  const topics = [...g.topics].sort();
  const processors = [...g.processors];
  const kind = joinKindOf([...processors, ...g.stores]);
  const external = topics.filter((t) => !internal(t) && known[t] !== undefined);
  const unknown = topics.filter((t) => !internal(t) && known[t] === undefined);
  const distinct = new Set(external.map((t) => known[t]));
  let coPartitioned: JoinReport['coPartitioned'];
  let why: string;
  if (distinct.size > 1) {
    coPartitioned = 'no';
    why = `partition counts differ: ${external.map((t) => `${t}: ${known[t]}`).join(', ')}`;
  } else if (unknown.length) {
    coPartitioned = 'unknown';
    why = `partition counts unknown for ${unknown.join(', ')}; they must equal ${external.length ? `${known[external[0]!]} (${external.join(', ')})` : 'each other'}`;
  } else {
    coPartitioned = 'yes';
    why = internal(topics[0]!) || topics.some((t) => internal(t)) ? 'internal topics are sized by Kafka Streams to match' : `all ${external.length} have ${[...distinct][0]} partitions`;
  }
  const join: JoinReport = {
    kind,
    subtopology: g.subtopology,
    processors,
    stores: [...g.stores].sort(),
    topics,
    coPartitioned,
    why: `${why}; the producers must also key both sides by the join key with the same partitioner`,
  };
  return coPartitioned === 'no' ? { join, differing: external } : { join };
}

/**
 * A stream-GlobalKTable join lists no store (the global store is reachable from every task), so
 * it shows as a stream-table join processor without stores; it needs no co-partitioning.
 */
function globalTableJoins(topology: ParsedTopology, use: TopicUse, globalIds: ReadonlySet<number>): JoinReport[] {
  const globalTopics = [...use.read]
    .filter(([, ids]) => [...ids].every((id) => globalIds.has(id)))
    .map(([t]) => t)
    .sort();
  const joins: JoinReport[] = [];
  for (const n of Object.values(topology.nodes)) {
    if (n.kind !== 'processor' || n.stores.length || joinKindOf([n.name]) !== 'stream-table') continue;
    joins.push({
      kind: 'stream-globaltable',
      subtopology: n.subtopology,
      processors: [n.name],
      stores: [],
      topics: [...inputsOf(topology, n.name), ...globalTopics],
      coPartitioned: 'not-required',
      why: `a global store holds every partition of its topic on each instance, so the stream side may be partitioned any way${globalTopics.length > 1 ? '; describe() does not say which global topic this join reads' : ''}`,
    });
  }
  return joins;
}

function storeReports(storeUsers: ReadonlyMap<string, TopologyNode[]>, globalStores: ReadonlySet<string>, joins: readonly JoinReport[], appId: string): StoreReport[] {
  return [...storeUsers].map(([name, users]) => {
    const global = globalStores.has(name);
    const sub = users[0]!.subtopology;
    const join = joins.find((j) => j.stores.includes(name));
    const windowed = WINDOWED_JOIN_STORE.test(name) || join?.kind === 'stream-stream' ? true : null;
    const tableSource = users.some((u) => /^KTABLE-SOURCE-/.test(u.name));
    const why = global
      ? 'a global store restores from its source topic; no changelog'
      : windowed
        ? 'a stream-stream join window store: changelog compact,delete, retention = join window + grace (+ windowstore.changelog.additional.retention.ms)'
        : tableSource
          ? 'a table built from a topic; with topology.optimization=all (reuse.ktable.source.topics) that topic serves as its changelog and none is created'
          : "a key-value store, or a windowed aggregation's window store (then compact,delete with retention = window size + grace); describe() does not show which";
    return {
      name,
      subtopology: sub,
      global,
      processors: users.map((u) => u.name),
      windowed,
      changelog: global ? null : `${appId}-${name}${CHANGELOG_SUFFIX}`,
      changelogCleanup: global ? null : windowed ? 'compact,delete' : 'compact',
      why,
      generatedName: GENERATED_NAME.test(name) || (/^KSTREAM-|^KTABLE-/.test(name) && /\d{10}/.test(name)),
    };
  });
}

function topicReports(use: TopicUse, partitions: ReadonlyMap<string, Count>, appId: string): TopicReport[] {
  return [...use.names].sort().map((t) => {
    const role = use.roleOf(t);
    const p = partitions.get(t);
    return {
      name: t,
      role,
      clusterName: isInternalRole(role) ? `${appId}-${t}` : t,
      writtenBy: [...(use.written.get(t) ?? [])].sort(),
      readBy: [...(use.read.get(t) ?? [])].sort(),
      partitions: p?.n ?? null,
      partitionsWhy: p?.why ?? 'unknown (pass --topics name:partitions)',
    };
  });
}

function subtopologyReports(topology: ParsedTopology, subs: ParsedTopology['subtopologies'], tasks: ReadonlyMap<number, Count>): SubtopologyReport[] {
  return subs.map((s) => {
    const ns = s.nodes.map((n) => topology.nodes[n]!);
    return {
      id: s.id,
      global: s.global,
      nodes: ns.length,
      sourceTopics: ns.flatMap((n) => (n.kind === 'source' ? n.topics : [])),
      sourcePatterns: ns.flatMap((n) => (n.kind === 'source' && n.pattern !== undefined ? [n.pattern] : [])),
      sinkTopics: ns.flatMap((n) => (n.kind === 'sink' ? [n.topic ?? `(dynamic: ${n.extractor})`] : [])),
      stores: [...new Set(ns.flatMap((n) => (n.kind === 'processor' ? n.stores : [])))],
      tasks: tasks.get(s.id)!.n,
      tasksWhy: tasks.get(s.id)!.why,
    };
  });
}
