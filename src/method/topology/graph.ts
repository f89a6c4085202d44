// Reading a parsed topology as a graph: which topics each sub-topology reads and writes and what
// role that gives each topic, what a node reaches upstream, and what kind of join a node's name
// says it is.
import { JOIN_NAME_PATTERNS, KEY_CHANGING_PREFIXES, REPARTITION_SUFFIX, type JoinKind } from '../../knowledge/streams.js';
import type { TopicRole } from './analyze.js';
import type { ParsedTopology } from './parse.js';

const isInternalName = (topic: string): boolean => topic.endsWith(REPARTITION_SUFFIX) || /SUBSCRIPTION-(REGISTRATION|RESPONSE)-\d{10}-topic$|-subscription-(registration|response)-topic$/i.test(topic);

/** Topics Kafka Streams creates and sizes itself (and prefixes with application.id). */
export const isInternalRole = (role: TopicRole): boolean => role === 'repartition' || role === 'foreign-key-internal';

/** Who writes and who reads each topic (by sub-topology id), and the role that follows. */
export interface TopicUse {
  written: Map<string, Set<number>>;
  read: Map<string, Set<number>>;
  /** Every topic read or written, in the order first seen. */
  names: string[];
  roleOf(topic: string): TopicRole;
}

export function topicUse(topology: ParsedTopology, globalIds: ReadonlySet<number>): TopicUse {
  const written = new Map<string, Set<number>>();
  const read = new Map<string, Set<number>>();
  const add = (m: Map<string, Set<number>>, topic: string, id: number) => (m.get(topic) ?? m.set(topic, new Set()).get(topic)!).add(id);
  for (const n of Object.values(topology.nodes)) {
    if (n.kind === 'source') for (const t of n.topics) add(read, t, n.subtopology);
    if (n.kind === 'sink' && n.topic !== undefined) add(written, n.topic, n.subtopology);
  }
  const roleOf = (t: string): TopicRole => {
    const r = [...(read.get(t) ?? [])];
    if (r.length && r.every((id) => globalIds.has(id))) return 'global-input';
    if (!written.has(t)) return 'input';
    if (!read.has(t)) return 'output';
    if (t.endsWith(REPARTITION_SUFFIX)) return 'repartition';
    return isInternalName(t) ? 'foreign-key-internal' : 'through';
  };
  return { written, read, names: [...new Set([...read.keys(), ...written.keys()])], roleOf };
}

export function joinKindOf(names: readonly string[]): JoinKind {
  for (const { kind, pattern } of JOIN_NAME_PATTERNS) if (names.some((n) => pattern.test(n))) return kind;
  return 'shared-store';
}

export const JOIN_LABEL: Record<JoinKind, string> = {
  'stream-stream': 'stream-stream join',
  'stream-table': 'stream-table join',
  'table-table': 'table-table join',
  'foreign-key': 'foreign-key join',
  'stream-globaltable': 'stream-GlobalKTable join',
  'shared-store': 'store shared by several inputs (cogroup or Processor API)',
};

/** A node whose generated name says it may change the key (map, selectKey, flatMap, ...). */
export const keyChanger = (name: string): boolean => KEY_CHANGING_PREFIXES.some((p) => name.startsWith(p));

/** Every node a node reaches upstream inside its sub-topology, itself included. */
export function upstream(topology: ParsedTopology, start: string): Set<string> {
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

/** The topics (or patterns) a node's records come from. */
export function inputsOf(topology: ParsedTopology, node: string): string[] {
  const topics = new Set<string>();
  for (const name of upstream(topology, node)) {
    const n = topology.nodes[name]!;
    if (n.kind === 'source') for (const t of n.pattern !== undefined ? [n.pattern] : n.topics) topics.add(t);
  }
  return [...topics].sort();
}
