// What a parsed topology means: sub-topologies and their tasks, the topics it reads and writes,
// which of them Kafka Streams creates (repartition, changelog), stores, joins and the
// co-partitioning each needs, and findings. Pure: partition counts come in as values.
import type { Finding } from '../../model/design.js';
import {
  CHANGELOG_SUFFIX, GENERATED_NAME, JOIN_NAME_PATTERNS, KEY_CHANGING_PREFIXES, REPARTITION_SUFFIX,
  STREAMS_DOCS, WINDOWED_JOIN_STORE, type JoinKind,
} from '../../knowledge/streams.js';
import type { ParsedTopology, TopologyNode } from './parse.js';

export interface TopologyOptions {
  /** application.id, to print the real names of internal topics; "<application.id>" otherwise. */
  applicationId?: string;
  /** Known partition counts of the topics the topology reads (from --topics or a cluster). */
  partitions?: Record<string, number>;
}

export type TopicRole = 'input' | 'output' | 'repartition' | 'foreign-key-internal' | 'through' | 'global-input';

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
  changelogCleanup: 'compact' | 'compact,delete' | null;
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
  coPartitioned: 'yes' | 'no' | 'unknown' | 'not-required';
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

const isInternalName = (topic: string): boolean => topic.endsWith(REPARTITION_SUFFIX) || /SUBSCRIPTION-(REGISTRATION|RESPONSE)-\d{10}-topic$|-subscription-(registration|response)-topic$/i.test(topic);

function joinKindOf(names: readonly string[]): JoinKind {
  for (const { kind, pattern } of JOIN_NAME_PATTERNS) if (names.some((n) => pattern.test(n))) return kind;
  return 'shared-store';
}

/** Every node a node reaches upstream inside its sub-topology, itself included. */
function upstream(topology: ParsedTopology, start: string): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length) {
    const name = stack.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    for (const p of topology.nodes[name]?.predecessors ?? []) stack.push(p);
  }
  return seen;
}

function inputsOf(topology: ParsedTopology, node: string): string[] {
  const topics = new Set<string>();
  for (const name of upstream(topology, node)) {
    const n = topology.nodes[name]!;
    if (n.kind === 'source') for (const t of n.pattern !== undefined ? [n.pattern] : n.topics) topics.add(t);
  }
  return [...topics].sort();
}

const JOIN_LABEL: Record<JoinKind, string> = {
  'stream-stream': 'stream-stream join', 'stream-table': 'stream-table join', 'table-table': 'table-table join',
  'foreign-key': 'foreign-key join', 'stream-globaltable': 'stream-GlobalKTable join',
  'shared-store': 'store shared by several inputs (cogroup or Processor API)',
};

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

const finding = (rule: string, severity: Finding['severity'], message: string, fix: string, refs: string[]): Finding => ({ rule: `topology/${rule}`, severity, message, fix, refs });

export function analyzeTopology(topology: ParsedTopology, options: TopologyOptions = {}): TopologyReport {
  const appId = options.applicationId ?? '<application.id>';
  const known = options.partitions ?? {};
  const nodes = Object.values(topology.nodes);
  const globalIds = new Set(topology.subtopologies.filter((s) => s.global).map((s) => s.id));

  // Topics: who writes, who reads.
  const written = new Map<string, Set<number>>();
  const read = new Map<string, Set<number>>();
  const add = (m: Map<string, Set<number>>, topic: string, id: number) => (m.get(topic) ?? m.set(topic, new Set()).get(topic)!).add(id);
  for (const n of nodes) {
    if (n.kind === 'source') for (const t of n.topics) add(read, t, n.subtopology);
    if (n.kind === 'sink' && n.topic !== undefined) add(written, n.topic, n.subtopology);
  }
  const topicNames = [...new Set([...read.keys(), ...written.keys()])];
  const roleOf = (t: string): TopicRole => {
    const r = [...(read.get(t) ?? [])];
    if (r.length && r.every((id) => globalIds.has(id))) return 'global-input';
    if (!written.has(t)) return 'input';
    if (!read.has(t)) return 'output';
    if (t.endsWith(REPARTITION_SUFFIX)) return 'repartition';
    return isInternalName(t) ? 'foreign-key-internal' : 'through';
  };
  const internal = (role: TopicRole) => role === 'repartition' || role === 'foreign-key-internal';

  // Stores and the processors touching them, per sub-topology.
  const storeUsers = new Map<string, TopologyNode[]>();
  for (const n of nodes) if (n.kind === 'processor') for (const s of n.stores) (storeUsers.get(s) ?? storeUsers.set(s, []).get(s)!).push(n);
  const globalStores = new Set([...storeUsers].filter(([, users]) => users.some((u) => globalIds.has(u.subtopology))).map(([s]) => s));

  // Joins: a store touched from branches of different input topics ties those topics together.
  const joins: JoinReport[] = [];
  const findings: Finding[] = [];
  const sharing = [...storeUsers].filter(([s]) => !globalStores.has(s)).map(([store, users]) => ({ store, users, inputs: [...new Set(users.flatMap((u) => inputsOf(topology, u.name)))].sort() })).filter((x) => x.inputs.length >= 2);
  // Merge stores whose input sets overlap in the same sub-topology: one join keeps two stores (one per side).
  const groups: Array<{ subtopology: number; stores: Set<string>; processors: Set<string>; topics: Set<string> }> = [];
  for (const s of sharing) {
    const sub = s.users[0]!.subtopology;
    const hit = groups.find((g) => g.subtopology === sub && s.inputs.some((t) => g.topics.has(t)) && [...g.processors].some((p) => s.users.some((u) => u.name === p || topology.nodes[p]!.successors.includes(u.name) || u.successors.includes(p))));
    const g = hit ?? (groups.push({ subtopology: sub, stores: new Set(), processors: new Set(), topics: new Set() }), groups[groups.length - 1]!);
    g.stores.add(s.store);
    for (const u of s.users) g.processors.add(u.name);
    for (const t of s.inputs) g.topics.add(t);
  }
  // Tasks per sub-topology = the most partitions among its source topics; an internal topic gets
  // the task count of the sub-topology writing it (Streams' own rule when no count is given).
  const subs = [...topology.subtopologies].sort((a, b) => a.id - b.id);
  const partitions = new Map<string, { n: number | null; why: string }>();
  for (const t of topicNames) {
    if (known[t] !== undefined) partitions.set(t, { n: known[t]!, why: 'given' });
  }
  const sizedByJoin = new Set<string>();
  // An internal topic in a join takes the partition count of the user topic it must be co-partitioned with.
  for (const g of groups) {
    const counts = [...g.topics].filter((t) => !internal(roleOf(t)) && known[t] !== undefined);
    if (!counts.length) continue;
    const n = Math.max(...counts.map((t) => known[t]!));
    for (const t of [...g.topics].filter((x) => internal(roleOf(x)) && known[x] === undefined)) {
      sizedByJoin.add(t);
      partitions.set(t, { n, why: `${n}, co-partitioned with ${counts.join(', ')} (Streams sizes it to match)` });
    }
  }
  const tasks = new Map<number, { n: number | null; why: string }>();
  // Internal topics chain forward through sub-topologies; iterate until nothing changes (a DAG, so at most subs.length rounds).
  for (let round = 0; round <= subs.length; round++) {
    for (const s of subs) {
      const sources = s.nodes.map((n) => topology.nodes[n]!).filter((n) => n.kind === 'source');
      const counts = sources.flatMap((n) => (n.kind === 'source' ? n.topics : [])).map((t) => ({ t, p: partitions.get(t) }));
      const patterns = sources.filter((n) => n.kind === 'source' && n.pattern !== undefined);
      if (s.global) tasks.set(s.id, { n: 0, why: 'a global store is filled from every partition by each instance; no tasks' });
      else if (patterns.length || counts.some((c) => !c.p || c.p.n === null)) {
        const missing = counts.filter((c) => !c.p || c.p.n === null).map((c) => c.t);
        tasks.set(s.id, { n: null, why: `max partitions of its source topics; unknown for ${[...missing, ...patterns.map((p) => (p.kind === 'source' ? `pattern ${p.pattern}` : ''))].join(', ')} (pass --topics name:partitions)` });
      } else {
        const n = Math.max(...counts.map((c) => c.p!.n!));
        tasks.set(s.id, { n, why: `max(${counts.map((c) => `${c.t}: ${c.p!.n}`).join(', ')}) = ${n}` });
      }
      for (const n of s.nodes.map((x) => topology.nodes[x]!)) {
        if (n.kind !== 'sink' || n.topic === undefined || !internal(roleOf(n.topic)) || known[n.topic] !== undefined || sizedByJoin.has(n.topic)) continue;
        const t = tasks.get(s.id)!;
        partitions.set(n.topic, { n: t.n, why: t.n === null ? `as many as sub-topology ${s.id} has tasks (unknown)` : `= tasks of sub-topology ${s.id}, which writes it: ${t.n}` });
      }
    }
  }

  for (const g of groups) {
    const topics = [...g.topics].sort();
    const processors = [...g.processors];
    const kind = joinKindOf([...processors, ...g.stores]);
    const external = topics.filter((t) => !internal(roleOf(t)) && known[t] !== undefined);
    const unknown = topics.filter((t) => !internal(roleOf(t)) && known[t] === undefined);
    const distinct = new Set(external.map((t) => known[t]));
    let coPartitioned: JoinReport['coPartitioned'];
    let why: string;
    if (distinct.size > 1) {
      coPartitioned = 'no';
      why = `partition counts differ: ${external.map((t) => `${t}: ${known[t]}`).join(', ')}`;
      findings.push(finding('not-co-partitioned', 'error', `The ${JOIN_LABEL[kind]} in sub-topology ${g.subtopology} reads ${external.map((t) => `${t} (${known[t]} partitions)`).join(' and ')}: Kafka Streams refuses to start ("not co-partitioned") because partition i of one must meet partition i of the other.`, `Give the topics the same partition count (repartition the smaller side with repartition(Repartitioned.numberOfPartitions(n)) or recreate it), or, for a small table, read it as a GlobalKTable, which needs no co-partitioning.`, [STREAMS_DOCS.coPartitioning]));
    } else if (unknown.length) {
      coPartitioned = 'unknown';
      why = `partition counts unknown for ${unknown.join(', ')}; they must equal ${external.length ? `${known[external[0]!]} (${external.join(', ')})` : 'each other'}`;
    } else {
      coPartitioned = 'yes';
      why = internal(roleOf(topics[0]!)) || topics.some((t) => internal(roleOf(t))) ? 'internal topics are sized by Kafka Streams to match' : `all ${external.length} have ${[...distinct][0]} partitions`;
    }
    joins.push({ kind, subtopology: g.subtopology, processors, stores: [...g.stores].sort(), topics, coPartitioned, why: `${why}; the producers must also key both sides by the join key with the same partitioner` });
  }
  // A stream-GlobalKTable join lists no store (the global store is reachable from every task), so
  // it shows as a stream-table join processor without stores; it needs no co-partitioning.
  const globalTopics = [...read].filter(([, ids]) => [...ids].every((id) => globalIds.has(id))).map(([t]) => t).sort();
  for (const n of nodes) {
    if (n.kind !== 'processor' || n.stores.length || joinKindOf([n.name]) !== 'stream-table') continue;
    joins.push({ kind: 'stream-globaltable', subtopology: n.subtopology, processors: [n.name], stores: [], topics: [...inputsOf(topology, n.name), ...globalTopics], coPartitioned: 'not-required', why: `a global store holds every partition of its topic on each instance, so the stream side may be partitioned any way${globalTopics.length > 1 ? '; describe() does not say which global topic this join reads' : ''}` });
  }

  const stores: StoreReport[] = [...storeUsers].map(([name, users]) => {
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
          : 'a key-value store, or a windowed aggregation\'s window store (then compact,delete with retention = window size + grace); describe() does not show which';
    return {
      name, subtopology: sub, global, processors: users.map((u) => u.name), windowed,
      changelog: global ? null : `${appId}-${name}${CHANGELOG_SUFFIX}`,
      changelogCleanup: global ? null : windowed ? 'compact,delete' : 'compact',
      why, generatedName: GENERATED_NAME.test(name) || /^KSTREAM-|^KTABLE-/.test(name) && /\d{10}/.test(name),
    };
  });

  const topics: TopicReport[] = topicNames.sort().map((t) => {
    const role = roleOf(t);
    const p = partitions.get(t);
    return {
      name: t, role, clusterName: internal(role) ? `${appId}-${t}` : t,
      writtenBy: [...(written.get(t) ?? [])].sort(), readBy: [...(read.get(t) ?? [])].sort(),
      partitions: p?.n ?? null, partitionsWhy: p?.why ?? 'unknown (pass --topics name:partitions)',
    };
  });

  findings.push(...keyChangeFindings(topology, topics), ...namingFindings(topology, stores, topics), ...otherFindings(topology, joins));
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);

  const subtopologies: SubtopologyReport[] = subs.map((s) => {
    const ns = s.nodes.map((n) => topology.nodes[n]!);
    return {
      id: s.id, global: s.global, nodes: ns.length,
      sourceTopics: ns.flatMap((n) => (n.kind === 'source' ? n.topics : [])),
      sourcePatterns: ns.flatMap((n) => (n.kind === 'source' && n.pattern !== undefined ? [n.pattern] : [])),
      sinkTopics: ns.flatMap((n) => (n.kind === 'sink' ? [n.topic ?? `(dynamic: ${n.extractor})`] : [])),
      stores: [...new Set(ns.flatMap((n) => (n.kind === 'processor' ? n.stores : [])))],
      tasks: tasks.get(s.id)!.n, tasksWhy: tasks.get(s.id)!.why,
    };
  });

  return {
    ...(topology.name !== undefined ? { name: topology.name } : {}),
    applicationId: appId,
    counts: { subtopologies: subs.length, nodes: nodes.length, topics: topics.length, stores: stores.length, joins: joins.length },
    subtopologies, topics, stores, joins, findings,
  };
}

const keyChanger = (name: string): boolean => KEY_CHANGING_PREFIXES.some((p) => name.startsWith(p));

/** Repartitions caused by a key change, and key changes that reach a join without one. */
function keyChangeFindings(topology: ParsedTopology, topics: readonly TopicReport[]): Finding[] {
  const out: Finding[] = [];
  const byChanger = new Map<string, string[]>();
  for (const t of topics.filter((x) => x.role === 'repartition')) {
    const sinks = Object.values(topology.nodes).filter((n) => n.kind === 'sink' && n.topic === t.name);
    for (const sink of sinks) {
      const changers = [...upstream(topology, sink.name)].filter(keyChanger);
      const reader = Object.values(topology.nodes).find((n) => n.kind === 'source' && n.topics.includes(t.name));
      const consumer = reader?.successors.join(', ') ?? 'the next sub-topology';
      if (changers.length) {
        for (const c of changers) byChanger.set(c, [...(byChanger.get(c) ?? []), t.name]);
        out.push(finding('key-change-repartition', 'info', `Repartition topic ${t.clusterName} exists because ${changers.join(', ')} change${changers.length === 1 ? 's' : ''} the key before ${consumer}: every record is written to Kafka and read back once more.`, 'If the new key is known where the data is produced, produce with that key and drop the key change; where the key does not change, use mapValues/flatMapValues/processValues instead of map/flatMap/process so no repartition is inserted; name it (Grouped.as / Repartitioned.as) so its name stays stable.', [STREAMS_DOCS.dsl, STREAMS_DOCS.optimization]));
      } else {
        out.push(finding('key-change-repartition', 'info', `Repartition topic ${t.clusterName} feeds ${consumer}; the processor that changes the key upstream has a custom name, so which one it is cannot be read from the names.`, 'Check which upstream operation changes the key; if none must, use the *Values variants.', [STREAMS_DOCS.dsl]));
      }
    }
  }
  for (const [changer, list] of byChanger) {
    if (list.length > 1) {
      out.push(finding('repeated-repartition', 'warning', `${changer} changes the key once but its stream is repartitioned ${list.length} times (${list.join(', ')}): each copy writes every record again.`, 'Set topology.optimization=all (merges them into one) or call repartition() once after the key change and reuse that stream.', [STREAMS_DOCS.optimization]));
    }
  }
  // A key change reaching a join in the same sub-topology: the Processor API does not insert a repartition for you.
  for (const n of Object.values(topology.nodes)) {
    if (n.kind !== 'processor' || joinKindOf([n.name]) === 'shared-store') continue;
    const changers = [...upstream(topology, n.name)].filter((u) => u !== n.name && keyChanger(u));
    if (changers.length) {
      out.push(finding('join-after-key-change', 'warning', `${n.name} joins records whose key ${changers.join(', ')} changed in the same sub-topology, with no repartition between: records meet state partitioned by the old key and miss matches.`, 'Call repartition() after the key change (or selectKey before a DSL join, which inserts one).', [STREAMS_DOCS.coPartitioning]));
    }
  }
  return out;
}

function namingFindings(topology: ParsedTopology, stores: readonly StoreReport[], topics: readonly TopicReport[]): Finding[] {
  const out: Finding[] = [];
  const generatedStores = stores.filter((s) => s.generatedName && !s.global);
  const generatedTopics = topics.filter((t) => (t.role === 'repartition' || t.role === 'foreign-key-internal') && /\d{10}/.test(t.name));
  if (generatedStores.length || generatedTopics.length) {
    out.push(finding('generated-state-names', 'warning', `${generatedStores.length} store(s) and ${generatedTopics.length} internal topic(s) carry generated names (${[...generatedStores.map((s) => s.name), ...generatedTopics.map((t) => t.name)].slice(0, 4).join(', ')}${generatedStores.length + generatedTopics.length > 4 ? ', ...' : ''}): adding or removing an operator shifts the index, so after a redeploy the app reads a new, empty changelog or repartition topic and its state starts over.`, 'Name them: Materialized.as("...") for stores, Grouped.as / Repartitioned.as for repartitions, StreamJoined.withName/withStoreName for stream-stream joins; then the names survive topology changes.', [STREAMS_DOCS.topology]));
  }
  const generatedProcessors = Object.values(topology.nodes).filter((n) => GENERATED_NAME.test(n.name));
  if (generatedProcessors.length) {
    out.push(finding('generated-processor-names', 'info', `${generatedProcessors.length} of ${Object.keys(topology.nodes).length} nodes have generated names (e.g. ${generatedProcessors[0]!.name}); they renumber when the topology changes, which breaks metrics, logs and dashboards keyed by them.`, 'Give operators names with Named.as / Consumed.as / Produced.as.', [STREAMS_DOCS.topology]));
  }
  return out;
}

function otherFindings(topology: ParsedTopology, joins: readonly JoinReport[]): Finding[] {
  const out: Finding[] = [];
  for (const n of Object.values(topology.nodes)) {
    if (n.kind === 'sink' && n.extractor !== undefined) out.push(finding('dynamic-sink', 'info', `Sink ${n.name} picks its topic per record (${n.extractor}): the topics it writes are not in the topology, so they must exist beforehand with the partitions and settings you intend.`, 'Create every topic the extractor can return; list them in the design so they are sized and secured.', [STREAMS_DOCS.dsl]));
    if (n.kind === 'source' && n.pattern !== undefined) out.push(finding('pattern-source', 'info', `Source ${n.name} subscribes to the pattern ${n.pattern}: the task count follows the topics that match it, and a new matching topic triggers a rebalance.`, 'Keep matching topics at the same partition count; prefer a fixed topic list when the set is known.', [STREAMS_DOCS.scaling]));
  }
  for (const j of joins.filter((x) => x.coPartitioned === 'unknown')) {
    out.push(finding('co-partitioning-unknown', 'info', `The ${JOIN_LABEL[j.kind]} in sub-topology ${j.subtopology} needs ${j.topics.join(' and ')} co-partitioned: ${j.why}.`, 'Pass --topics name:partitions,... to check the counts; consider a GlobalKTable for a small table side.', [STREAMS_DOCS.coPartitioning]));
  }
  return out;
}
