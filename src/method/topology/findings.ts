// The findings a topology's shape gives: repartitions from key changes (and repeated ones), joins
// after a key change without a repartition, generated names that shift on redeploy, dynamic
// sinks and pattern sources, joins whose co-partitioning cannot be checked or fails.
import { GENERATED_NAME, STREAMS_DOCS, type JoinKind } from '../../knowledge/streams.js';
import type { Finding } from '../../model/design.js';
import type { JoinReport, StoreReport, TopicReport } from './analyze.js';
import { JOIN_LABEL, joinKindOf, keyChanger, upstream } from './graph.js';
import type { ParsedTopology } from './parse.js';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Errors first, then warnings, then notes; the order within each severity is kept. */
export const bySeverity = (a: Finding, b: Finding): number => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];

const finding = (rule: string, severity: Finding['severity'], message: string, fix: string, refs: string[]): Finding => ({ rule: `topology/${rule}`, severity, message, fix, refs });

/** Repartitions caused by a key change, and key changes that reach a join without one. */
export function keyChangeFindings(topology: ParsedTopology, topics: readonly TopicReport[]): Finding[] {
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
        out.push(
          finding(
            'key-change-repartition',
            'info',
            `Repartition topic ${t.clusterName} exists because ${changers.join(', ')} change${changers.length === 1 ? 's' : ''} the key before ${consumer}: every record is written to Kafka and read back once more.`,
            'If the new key is known where the data is produced, produce with that key and drop the key change; where the key does not change, use mapValues/flatMapValues/processValues instead of map/flatMap/process so no repartition is inserted; name it (Grouped.as / Repartitioned.as) so its name stays stable.',
            [STREAMS_DOCS.dsl, STREAMS_DOCS.optimization],
          ),
        );
      } else {
        out.push(
          finding(
            'key-change-repartition',
            'info',
            `Repartition topic ${t.clusterName} feeds ${consumer}; the processor that changes the key upstream has a custom name, so which one it is cannot be read from the names.`,
            'Check which upstream operation changes the key; if none must, use the *Values variants.',
            [STREAMS_DOCS.dsl],
          ),
        );
      }
    }
  }
  for (const [changer, list] of byChanger) {
    if (list.length > 1) {
      out.push(
        finding(
          'repeated-repartition',
          'warning',
          `${changer} changes the key once but its stream is repartitioned ${list.length} times (${list.join(', ')}): each copy writes every record again.`,
          'Set topology.optimization=all (merges them into one) or call repartition() once after the key change and reuse that stream.',
          [STREAMS_DOCS.optimization],
        ),
      );
    }
  }
  // A key change reaching a join in the same sub-topology: the Processor API does not insert a repartition for you.
  for (const n of Object.values(topology.nodes)) {
    if (n.kind !== 'processor' || joinKindOf([n.name]) === 'shared-store') continue;
    const changers = [...upstream(topology, n.name)].filter((u) => u !== n.name && keyChanger(u));
    if (changers.length) {
      out.push(
        finding(
          'join-after-key-change',
          'warning',
          `${n.name} joins records whose key ${changers.join(', ')} changed in the same sub-topology, with no repartition between: records meet state partitioned by the old key and miss matches.`,
          'Call repartition() after the key change (or selectKey before a DSL join, which inserts one).',
          [STREAMS_DOCS.coPartitioning],
        ),
      );
    }
  }
  return out;
}

export function namingFindings(topology: ParsedTopology, stores: readonly StoreReport[], topics: readonly TopicReport[]): Finding[] {
  const out: Finding[] = [];
  const generatedStores = stores.filter((s) => s.generatedName && !s.global);
  const generatedTopics = topics.filter((t) => (t.role === 'repartition' || t.role === 'foreign-key-internal') && /\d{10}/.test(t.name));
  if (generatedStores.length || generatedTopics.length) {
    out.push(
      finding(
        'generated-state-names',
        'warning',
        `${generatedStores.length} store(s) and ${generatedTopics.length} internal topic(s) carry generated names (${[...generatedStores.map((s) => s.name), ...generatedTopics.map((t) => t.name)].slice(0, 4).join(', ')}${generatedStores.length + generatedTopics.length > 4 ? ', ...' : ''}): adding or removing an operator shifts the index, so after a redeploy the app reads a new, empty changelog or repartition topic and its state starts over.`,
        'Name them: Materialized.as("...") for stores, Grouped.as / Repartitioned.as for repartitions, StreamJoined.withName/withStoreName for stream-stream joins; then the names survive topology changes.',
        [STREAMS_DOCS.topology],
      ),
    );
  }
  const generatedProcessors = Object.values(topology.nodes).filter((n) => GENERATED_NAME.test(n.name));
  if (generatedProcessors.length) {
    out.push(
      finding(
        'generated-processor-names',
        'info',
        `${generatedProcessors.length} of ${Object.keys(topology.nodes).length} nodes have generated names (e.g. ${generatedProcessors[0]!.name}); they renumber when the topology changes, which breaks metrics, logs and dashboards keyed by them.`,
        'Give operators names with Named.as / Consumed.as / Produced.as.',
        [STREAMS_DOCS.topology],
      ),
    );
  }
  return out;
}

export function otherFindings(topology: ParsedTopology, joins: readonly JoinReport[]): Finding[] {
  const out: Finding[] = [];
  for (const n of Object.values(topology.nodes)) {
    if (n.kind === 'sink' && n.extractor !== undefined)
      out.push(
        finding(
          'dynamic-sink',
          'info',
          `Sink ${n.name} picks its topic per record (${n.extractor}): the topics it writes are not in the topology, so they must exist beforehand with the partitions and settings you intend.`,
          'Create every topic the extractor can return; list them in the design so they are sized and secured.',
          [STREAMS_DOCS.dsl],
        ),
      );
    if (n.kind === 'source' && n.pattern !== undefined)
      out.push(
        finding(
          'pattern-source',
          'info',
          `Source ${n.name} subscribes to the pattern ${n.pattern}: the task count follows the topics that match it, and a new matching topic triggers a rebalance.`,
          'Keep matching topics at the same partition count; prefer a fixed topic list when the set is known.',
          [STREAMS_DOCS.scaling],
        ),
      );
  }
  for (const j of joins.filter((x) => x.coPartitioned === 'unknown')) {
    out.push(
      finding(
        'co-partitioning-unknown',
        'info',
        `The ${JOIN_LABEL[j.kind]} in sub-topology ${j.subtopology} needs ${j.topics.join(' and ')} co-partitioned: ${j.why}.`,
        'Pass --topics name:partitions,... to check the counts; consider a GlobalKTable for a small table side.',
        [STREAMS_DOCS.coPartitioning],
      ),
    );
  }
  return out;
}

/** A join whose user topics have different partition counts: Streams refuses to start. */
export function notCoPartitioned(kind: JoinKind, subtopology: number, topics: readonly string[], known: Record<string, number>): Finding {
  return finding(
    'not-co-partitioned',
    'error',
    `The ${JOIN_LABEL[kind]} in sub-topology ${subtopology} reads ${topics.map((t) => `${t} (${known[t]} partitions)`).join(' and ')}: Kafka Streams refuses to start ("not co-partitioned") because partition i of one must meet partition i of the other.`,
    `Give the topics the same partition count (repartition the smaller side with repartition(Repartitioned.numberOfPartitions(n)) or recreate it), or, for a small table, read it as a GlobalKTable, which needs no co-partitioning.`,
    [STREAMS_DOCS.coPartitioning],
  );
}
