// Stream processors: the topology Kafka Streams will build from a processor's operations
// (sub-topologies split at every repartition, tasks, internal topics, stores), and the Streams
// configuration that follows (guarantee, commit interval, threads, standbys, replication, state dir,
// rack awareness, task idling). Python, Go and TypeScript processors get the same topic plan under
// the library that language really has, without Streams-only settings.
import { compareVersions, defaultValue, numericDefault, setting } from '../../knowledge/catalog.js';
import { STREAM_LIBRARIES, STREAMS_DOCS, STREAMS_FACTS, STREAMS_PLANNING } from '../../knowledge/streams.js';
import type { Assumption, Rationale, StreamsDesign, TopicDesign } from '../../model/design.js';
import type { Operation, Processor, ProcessorInput } from '../../model/requirements.js';
import { retentionToMs, type Facts } from '../deconstruct/normalize.js';
import { fmtMs } from '../../model/units.js';
import type { ReplicationDecision } from './replication.js';
import { recordBytes } from './topic.js';

interface Input {
  name: string;
  topic: string;
  partitions: number | null;
  peakPerSecond: number | null;
  recordBytes: number | null;
  keys: number | null;
}

export interface StreamsPlan {
  designs: StreamsDesign[];
  assumptions: Assumption[];
  questions: string[];
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 0)} MB`;
const ms = (d: string | number | undefined): number | null => (d === undefined ? null : retentionToMs(d));

function resolveInput(facts: Facts, topics: readonly TopicDesign[], input: ProcessorInput): Input {
  if (typeof input === 'string') {
    const flow = facts.flows.find((f) => f.name === input);
    const topic = topics.find((t) => t.flows.includes(input) && t.role !== 'dead-letter');
    if (flow && topic) return { name: input, topic: topic.name, partitions: topic.partitions, peakPerSecond: flow.peakPerSecond * flow.growthFactor, recordBytes: recordBytes(flow), keys: null };
    return { name: input, topic: input, partitions: null, peakPerSecond: null, recordBytes: null, keys: null };
  }
  return { name: input.topic, topic: input.topic, partitions: input.partitions ?? null, peakPerSecond: input.peak_per_second ?? null, recordBytes: input.message_bytes ?? null, keys: input.keys ?? null };
}

const changesKey = (op: Operation): boolean => op.op === 'map' || op.op === 'select_key' || (op.op === 'group_by' && op.key !== undefined);
const describeOp = (op: Operation): string => {
  switch (op.op) {
    case 'map': case 'select_key': return `${op.op}(key = ${op.key})`;
    case 'group_by': return op.key ? `groupBy(${op.key})` : 'groupByKey';
    case 'join': return `${op.type} join with ${op.with}${op.window ? ` within ${op.window}` : ''}${op.grace ? ` grace ${op.grace}` : ''}`;
    case 'count': case 'reduce': case 'aggregate': return `${op.op}${op.window ? ` (${op.window.type} window${op.window.size ? ` ${op.window.size}` : ''}${op.window.advance ? ` advance ${op.window.advance}` : ''}${op.window.gap ? ` gap ${op.window.gap}` : ''}${op.window.grace ? ` grace ${op.window.grace}` : ''})` : ''}`;
    default: return op.op;
  }
};

export function planStreams(facts: Facts, processors: readonly Processor[], topics: readonly TopicDesign[], replication: ReplicationDecision): StreamsPlan {
  const plan: StreamsPlan = { designs: [], assumptions: [], questions: [] };
  for (const p of processors) plan.designs.push(designProcessor(facts, p, topics, replication, plan));
  return plan;
}

function designProcessor(facts: Facts, p: Processor, topics: readonly TopicDesign[], replication: ReplicationDecision, plan: StreamsPlan): StreamsDesign {
  const at = (field: string) => `processors.${p.name}.${field}`;
  const language = p.client?.language ?? (facts.language === 'java' ? 'java' : facts.language);
  const kafkaStreams = language === 'java' && (p.client?.library === undefined || /streams/i.test(p.client.library));
  const library = kafkaStreams ? 'kafka-streams' : p.client?.library ?? (language === 'java' ? p.client?.library ?? 'kafka-streams' : STREAM_LIBRARIES[language as 'python' | 'go' | 'typescript'].options[0]!);
  const appId = p.application_id ?? `${facts.name}-${p.name}`;
  const inputs = p.inputs.map((i) => resolveInput(facts, topics, i));
  const primary = inputs[0]!;
  const byName = new Map(inputs.map((i) => [i.name, i]));
  const notes: string[] = [];
  const rationale: Rationale[] = [];
  const internalTopics: StreamsDesign['internalTopics'] = [];
  const stores: StreamsDesign['stores'] = [];
  const joins: StreamsDesign['joins'] = [];
  const storeSubtopology = new Map<string, number>();
  const instances = p.instances ?? 2;
  if (p.instances === undefined) plan.assumptions.push({ field: at('instances'), value: 2, why: 'not given; two instances so one can fail over to the other' });
  for (const i of inputs.filter((x) => x.partitions === null)) plan.questions.push(`Processor "${p.name}": how many partitions does "${i.topic}" have? Tasks and co-partitioning follow from it.`);

  const keys = p.state?.keys ?? null;
  const valueBytes = p.state?.value_bytes ?? primary.recordBytes;
  const delivery = p.delivery ?? 'at-least-once';

  // Walk the operations the way the DSL builds them: a key change marks the stream for
  // repartitioning; the next join or aggregation writes it to a repartition topic and starts a
  // new sub-topology reading it.
  const subtopologies: StreamsDesign['subtopologies'] = [];
  let current = { id: 0, inputs: [primary.topic], operations: [] as string[], partitions: primary.partitions };
  let keyChangedBy: string | null = null;
  let newKey = 'key';
  let windowed: { retentionMs: number; type: string } | null = null;
  let suppressed = false;
  const repartition = (reason: string, partitionsFrom: number | null, sizedLike: string | null): string => {
    const base = `${appId}-by-${newKey}`;
    const taken = internalTopics.filter((t) => t.name.startsWith(base)).length;
    const name = `${base}${taken ? `-${taken + 1}` : ''}-repartition`;
    const upstreamTasks = current.partitions;
    subtopologies.push({ id: current.id, inputs: current.inputs, operations: current.operations, tasks: current.partitions, why: tasksWhy(current.inputs, inputs, current.partitions) });
    const partitions = partitionsFrom ?? upstreamTasks;
    internalTopics.push({
      name, kind: 'repartition', partitions, config: { 'cleanup.policy': 'delete', 'retention.ms': '-1' },
      why: `${keyChangedBy} changes the key before ${reason}, so every record is written here keyed by the new key and read back by sub-topology ${current.id + 1}; ${sizedLike ? `${partitions ?? '?'} partitions to be co-partitioned with ${sizedLike}` : `${partitions ?? '?'} partitions = tasks of sub-topology ${current.id}`}. Streams purges it as records are processed.`,
      avoid: 'Produce the input keyed by the new key where the data is created, or use map_values where the key need not change.',
    });
    current = { id: current.id + 1, inputs: [name], operations: [], partitions };
    keyChangedBy = null;
    return name;
  };

  (p.operations ?? []).forEach((op, index) => {
    if (changesKey(op)) {
      keyChangedBy = `${describeOp(op)} (operation ${index + 1})`;
      newKey = 'key' in op && op.key ? op.key : 'key';
    }
    if (op.op === 'join') {
      const other = byName.get(op.with) ?? resolveInput(facts, topics, op.with);
      if (op.type === 'global-table') {
        const bytes = other.keys && other.recordBytes ? other.keys * other.recordBytes : null;
        addStore({ name: `${p.name}-${other.name}-global-store`, kind: 'global-table', bytes, restoreSeconds: bytes === null ? null : bytes / STREAMS_PLANNING.restoreBytesPerSecond, why: `every instance holds all of ${other.topic}${bytes === null ? '' : `: ${other.keys} keys x ${other.recordBytes} B = ${mb(bytes)} per instance`}; restored from the topic itself, no changelog` });
        joins.push({ type: op.type, left: current.inputs[0]!, right: other.topic, coPartitioned: 'not-required', why: 'a GlobalKTable is complete on every instance, so the stream side may have any partitioning and key' });
        current.operations.push(describeOp(op));
        return;
      }
      if (op.type === 'foreign-key') {
        const name = `${appId}-${p.name}-fk`;
        internalTopics.push(
          { name: `${name}-subscription-registration-topic`, kind: 'foreign-key', partitions: other.partitions, config: { 'cleanup.policy': 'delete' }, why: `carries each left record's foreign key to the partition of ${other.topic} that holds it; ${other.partitions ?? '?'} partitions like ${other.topic}`, avoid: 'a GlobalKTable of the right side when it is small avoids both foreign-key topics' },
          { name: `${name}-subscription-response-topic`, kind: 'foreign-key', partitions: current.partitions, config: { 'cleanup.policy': 'delete' }, why: `brings the joined value back to the left record's partition; ${current.partitions ?? '?'} partitions like the left side` },
        );
        joins.push({ type: op.type, left: current.inputs[0]!, right: other.topic, coPartitioned: 'not-required', why: 'a foreign-key join repartitions through its own subscription topics, so neither side needs the other\'s key or partition count' });
        // The right table and the registration topic form their own sub-topology in Streams; the
        // left side's tasks stay its own.
        addTableStore(other, 'table');
        current.operations.push(describeOp(op));
        return;
      }
      if (keyChangedBy) repartition(`the ${op.type} join with ${other.topic}`, other.partitions, other.topic);
      const left = current.inputs[0]!;
      const leftPartitions = current.partitions;
      const co = leftPartitions !== null && other.partitions !== null ? (leftPartitions === other.partitions ? 'yes' : 'no') : left.endsWith('-repartition') ? 'yes' : 'unknown';
      joins.push({
        type: op.type, left, right: other.topic, coPartitioned: co,
        why: co === 'no'
          ? `${left} has ${leftPartitions} partitions and ${other.topic} ${other.partitions}: Streams refuses to start; both sides need the same partition count, the same key and the same partitioner${other.keys && other.recordBytes && other.keys * other.recordBytes <= STREAMS_PLANNING.globalTableMaxBytes ? `, or read ${other.topic} as a GlobalKTable (${mb(other.keys * other.recordBytes)} per instance)` : ''}`
          : co === 'yes' ? `both sides have ${other.partitions ?? leftPartitions ?? 'the same number of'} partitions; both must also be keyed by the join key with the default partitioner` : `partition counts unknown; they must be equal, with the same key and partitioner`,
      });
      if (op.type === 'stream-stream') {
        const windowMs = ms(op.window) ?? 0;
        const graceMs = ms(op.grace) ?? 0;
        if (op.window === undefined) plan.questions.push(`Processor "${p.name}": within what time of each other must the two records of the ${op.with} join arrive (the join window)?`);
        const retentionMs = 2 * windowMs + graceMs;
        for (const side of [primary, other]) {
          const bytes = side.peakPerSecond && side.recordBytes ? side.peakPerSecond * (retentionMs / 1000) * side.recordBytes : null;
          const store = `${p.name}-${side === primary ? 'this' : 'other'}-join-store`;
          addStore({ name: store, kind: 'join-window', bytes, restoreSeconds: bytes === null ? null : bytes / STREAMS_PLANNING.restoreBytesPerSecond, why: `holds ${side.topic}'s records for 2 x ${fmtMs(windowMs)} window + ${fmtMs(graceMs)} grace = ${fmtMs(retentionMs)}${bytes === null ? '' : `: ${side.peakPerSecond}/s x ${retentionMs / 1000} s x ${side.recordBytes} B = ${mb(bytes)}`}` });
          changelog(store, 'window', retentionMs);
        }
      } else {
        addTableStore(other, 'table');
        if (op.type === 'table-table') addTableStore(primary, 'table');
      }
      readAlso(other);
      current.operations.push(describeOp(op));
      return;
    }
    if (op.op === 'count' || op.op === 'reduce' || op.op === 'aggregate') {
      if (keyChangedBy) repartition(op.op, null, null);
      const store = `${p.name}-${op.op}-store`;
      const w = op.window;
      if (w) {
        const sizeMs = ms(w.size) ?? ms(w.gap) ?? 0;
        const graceMs = ms(w.grace) ?? 0;
        if (w.grace === undefined) plan.assumptions.push({ field: at(`operations.${index + 1}.window.grace`), value: 0, why: 'not given; no grace period: records arriving after the window ends are dropped' });
        const advanceMs = w.type === 'hopping' ? ms(w.advance) ?? sizeMs : sizeMs;
        const perKey = Math.ceil((sizeMs + graceMs) / Math.max(1, advanceMs));
        const bytes = keys && valueBytes ? keys * valueBytes * perKey : null;
        windowed = { retentionMs: sizeMs + graceMs, type: w.type };
        addStore({ name: store, kind: w.type === 'session' ? 'session' : 'window', bytes, restoreSeconds: bytes === null ? null : bytes / STREAMS_PLANNING.restoreBytesPerSecond, why: `${w.type} windows kept for size ${fmtMs(sizeMs)} + grace ${fmtMs(graceMs)}; ${perKey} window(s) per key${bytes === null ? ' (state.keys and state.value_bytes unknown)' : `: ${keys} keys x ${valueBytes} B x ${perKey} = ${mb(bytes)}`}` });
        changelog(store, w.type === 'session' ? 'session' : 'window', sizeMs + graceMs);
      } else {
        const bytes = keys && valueBytes ? keys * valueBytes : null;
        addStore({ name: store, kind: 'key-value', bytes, restoreSeconds: bytes === null ? null : bytes / STREAMS_PLANNING.restoreBytesPerSecond, why: bytes === null ? 'one value per key (state.keys and state.value_bytes unknown)' : `${keys} keys x ${valueBytes} B = ${mb(bytes)}` });
        changelog(store, 'key-value', null);
      }
      if (!keys) plan.questions.push(`Processor "${p.name}": about how many distinct keys does its ${op.op} hold? The store and its restore time follow from it.`);
      current.operations.push(describeOp(op));
      return;
    }
    if (op.op === 'suppress') {
      suppressed = true;
      if (!windowed) notes.push('suppress without a windowed aggregation before it only rate-limits updates (untilTimeLimit); until-window-close needs a windowed count/reduce/aggregate.');
      const store = `${p.name}-suppress-store`;
      const bytes = keys && valueBytes ? keys * valueBytes : null;
      addStore({ name: store, kind: 'suppress-buffer', bytes, restoreSeconds: bytes === null ? null : bytes / STREAMS_PLANNING.restoreBytesPerSecond, why: `holds one pending result per key and window until the window closes${bytes === null ? '' : `: up to ${keys} keys x ${valueBytes} B = ${mb(bytes)} in memory across tasks`}` });
      changelog(store, 'key-value', null);
      if (windowed) notes.push(`suppress emits each window's result once, after window end + grace: output lags the event by up to ${fmtMs(windowed.retentionMs)}.`);
    }
    current.operations.push(describeOp(op));
  });
  subtopologies.push({ id: current.id, inputs: current.inputs, operations: current.operations, tasks: current.partitions, why: tasksWhy(current.inputs, inputs, current.partitions, internalTopics) });

  function addStore(store: StreamsDesign['stores'][number]) {
    stores.push(store);
    storeSubtopology.set(store.name, current.id);
  }
  /** A joined input is read by the current sub-topology: its tasks are the most partitions of its inputs. */
  function readAlso(other: Input) {
    current.inputs.push(other.topic);
    current.partitions = current.partitions === null || other.partitions === null ? null : Math.max(current.partitions, other.partitions);
  }
  function tableStoreExists(name: string) { return stores.some((s) => s.name === name); }
  function addTableStore(table: Input, kind: 'table') {
    const store = `${p.name}-${table.name}-table-store`;
    if (tableStoreExists(store)) return;
    const bytes = table.keys && table.recordBytes ? table.keys * table.recordBytes : null;
    addStore({ name: store, kind, bytes, restoreSeconds: bytes === null ? null : bytes / STREAMS_PLANNING.restoreBytesPerSecond, why: `the latest value per key of ${table.topic}${bytes === null ? ` (keys unknown: give inputs[].keys for ${table.topic})` : `: ${table.keys} keys x ${table.recordBytes} B = ${mb(bytes)}`}; with topology.optimization=all the input topic serves as its changelog` });
  }
  function changelog(store: string, kind: 'key-value' | 'window' | 'session', retentionMs: number | null) {
    const extra = numericDefault('streams', 'windowstore.changelog.additional.retention.ms', facts.documentedVersion);
    const config: Record<string, string> = kind === 'key-value'
      ? { 'cleanup.policy': 'compact' }
      : { 'cleanup.policy': 'compact,delete', 'retention.ms': String((retentionMs ?? 0) + extra) };
    internalTopics.push({ name: `${appId}-${store}-changelog`, kind: 'changelog', partitions: current.partitions, config, why: kind === 'key-value' ? 'restores the store after a failure or move; compacted to the latest value per key' : `restores the ${kind} store; compact,delete with retention.ms = ${fmtMs(retentionMs ?? 0)} (window + grace) + ${fmtMs(extra)} (windowstore.changelog.additional.retention.ms) = ${fmtMs((retentionMs ?? 0) + extra)}` });
  }

  const totalTasks = subtopologies.every((s) => s.tasks !== null) ? subtopologies.reduce((a, s) => a + s.tasks!, 0) : null;
  const config: Record<string, string> = {};
  if (kafkaStreams) {
    config['application.id'] = appId;
    rationale.push({ setting: 'application.id', why: `${appId}: names the consumer group and prefixes every internal topic; changing it later starts the application from scratch with empty state.`, refs: [STREAMS_DOCS.config] });
    // Processing guarantee and commit interval.
    if (delivery === 'exactly-once') {
      config['processing.guarantee'] = 'exactly_once_v2';
      config['commit.interval.ms'] = String(STREAMS_FACTS.eosCommitIntervalMs);
      rationale.push({ setting: 'processing.guarantee', why: `exactly-once: exactly_once_v2 commits input offsets, state changelogs and outputs in one transaction per thread; it needs brokers ${STREAMS_FACTS.eosV2BrokerFloor} or newer (this cluster: ${facts.kafkaVersion}).`, refs: [STREAMS_DOCS.eos] });
      rationale.push({ setting: 'commit.interval.ms', why: `${STREAMS_FACTS.eosCommitIntervalMs} ms (the exactly-once default): read_committed consumers see output only when the transaction commits, so this adds up to ${STREAMS_FACTS.eosCommitIntervalMs} ms to end-to-end latency; raising it trades latency for fewer transactions.`, refs: [STREAMS_DOCS.config] });
    } else {
      const commitDefault = numericDefault('streams', 'commit.interval.ms', facts.documentedVersion);
      const target = outputLatencyTarget(facts, p);
      const commit = target !== null && target < commitDefault ? Math.max(100, Math.floor(target / 2)) : commitDefault;
      config['processing.guarantee'] = 'at_least_once';
      config['commit.interval.ms'] = String(commit);
      rationale.push({ setting: 'commit.interval.ms', why: commit === commitDefault ? `${commit} ms (the default for ${facts.kafkaVersion}): with record caches on, aggregation updates are forwarded at each commit, so results can lag up to ${fmtMs(commit)}; after a crash up to that much input is reprocessed.` : `output latency target ${target} ms < default ${commitDefault} ms: target / 2 = ${commit} ms, so cached aggregation updates are flushed in time.`, refs: [STREAMS_DOCS.config] });
    }
    // Threads from tasks and instances.
    if (totalTasks !== null) {
      const perInstance = Math.ceil(totalTasks / instances);
      const threads = Math.max(1, Math.min(perInstance, STREAMS_PLANNING.maxThreadsPerInstance));
      config['num.stream.threads'] = String(threads);
      rationale.push({ setting: 'num.stream.threads', why: `tasks ${subtopologies.map((s) => s.tasks).join(' + ')} = ${totalTasks} over ${instances} instances = ${perInstance} per instance; min(${perInstance}, ${STREAMS_PLANNING.maxThreadsPerInstance} threads per instance, one per core) = ${threads}.${perInstance > threads ? ' More instances, not threads, add parallelism beyond that.' : ''}`, refs: [STREAMS_DOCS.scaling] });
    }
    // Standbys from the recovery target.
    const recoverMs = ms(p.recover_within) ?? STREAMS_PLANNING.recoverWithinMs;
    if (p.recover_within === undefined && stores.length) plan.assumptions.push({ field: at('recover_within'), value: fmtMs(recoverMs), why: 'not given; a replacement instance should be processing again within this time' });
    const perTask = subtopologies.map((sub) => {
      const own = stores.filter((st) => storeSubtopology.get(st.name) === sub.id && st.kind !== 'global-table');
      return { sub, bytes: own.some((st) => st.bytes !== null) && sub.tasks ? own.reduce((a, st) => a + (st.bytes ?? 0), 0) / sub.tasks : null };
    }).filter((x) => x.bytes !== null);
    const largest = perTask.sort((a, b) => b.bytes! - a.bytes!)[0];
    const largestTaskBytes = largest ? largest.bytes : null;
    if (largestTaskBytes !== null) {
      const restore = largestTaskBytes / STREAMS_PLANNING.restoreBytesPerSecond;
      const standbys = restore * 1000 > recoverMs ? 1 : 0;
      config['num.standby.replicas'] = String(standbys);
      rationale.push({ setting: 'num.standby.replicas', why: `largest task: sub-topology ${largest!.sub.id}, its stores / ${largest!.sub.tasks} tasks = ${mb(largestTaskBytes)}; restore at ${mb(STREAMS_PLANNING.restoreBytesPerSecond)}/s (planning figure) = ${restore.toFixed(1)} s ${standbys ? `> ${fmtMs(recoverMs)} target: one standby keeps a warm copy elsewhere, so failover skips the restore` : `<= ${fmtMs(recoverMs)} target: no standby needed`}.`, refs: [STREAMS_DOCS.stateStores] });
      if (standbys && instances < 2) notes.push('A standby needs a second instance to live on: run at least 2 instances.');
    }
    // Internal topics' replication.
    config['replication.factor'] = String(replication.replicationFactor);
    rationale.push({ setting: 'replication.factor', why: `internal topics (repartition, changelog) get the same ${replication.replicationFactor} replicas as the application's topics; the default ${defaultValue('streams', 'replication.factor', facts.documentedVersion)} means the broker's default.replication.factor, which is 1 on many development clusters.`, refs: [STREAMS_DOCS.internalTopics] });
    if (stores.length) {
      config['state.dir'] = `${STREAMS_PLANNING.stateDir}/${appId}`;
      rationale.push({ setting: 'state.dir', why: `the default (${defaultValue('streams', 'state.dir', facts.documentedVersion)}) is a temporary directory: mount a persistent volume here so a restart reuses local state instead of restoring it from changelogs.`, refs: [STREAMS_DOCS.config] });
    }
    if (internalTopics.some((t) => t.kind === 'repartition') || stores.some((s) => s.kind === 'table')) {
      config['topology.optimization'] = 'all';
      rationale.push({ setting: 'topology.optimization', why: 'all: merges repartition topics of the same key change and reuses a table\'s input topic as its changelog (default none).', refs: [STREAMS_DOCS.optimization] });
    }
    if (joins.some((j) => j.type !== 'global-table' && j.type !== 'foreign-key')) {
      config['max.task.idle.ms'] = String(STREAMS_PLANNING.joinTaskIdleMs);
      rationale.push({ setting: 'max.task.idle.ms', why: `${STREAMS_PLANNING.joinTaskIdleMs} ms (default ${defaultValue('streams', 'max.task.idle.ms', facts.documentedVersion)}): a join task waits this long for data on every input before processing, so a late-arriving side does not make records miss their match.`, refs: [STREAMS_DOCS.joins] });
    }
    if (facts.racks !== null && facts.racks > 1) {
      config['client.rack'] = '<the rack or zone of each instance>';
      const strategy = setting('streams', 'rack.aware.assignment.strategy', facts.documentedVersion);
      if (strategy) config['rack.aware.assignment.strategy'] = 'balance_subtopology';
      if (setting('streams', 'rack.aware.assignment.tags', facts.documentedVersion) && config['num.standby.replicas'] === '1') config['rack.aware.assignment.tags'] = 'zone';
      rationale.push({ setting: 'client.rack', why: `${facts.racks} racks: with client.rack set${strategy ? ', rack.aware.assignment.strategy places tasks to cut cross-rack traffic' : ''}${config['rack.aware.assignment.tags'] ? '; rack.aware.assignment.tags (with client.tag.zone=<zone>) puts standbys in another zone' : ''}.`, refs: [STREAMS_DOCS.config] });
    }
    if (delivery === 'exactly-once' && compareVersions(facts.kafkaVersion, STREAMS_FACTS.eosV2BrokerFloor) < 0) notes.push(`exactly_once_v2 needs brokers ${STREAMS_FACTS.eosV2BrokerFloor}+; this cluster runs ${facts.kafkaVersion}.`);
  } else {
    const options = language === 'java' ? [library] : STREAM_LIBRARIES[language as 'python' | 'go' | 'typescript'].options;
    notes.push(`${language} has no Kafka Streams: use ${options.join(', or ')}. ${language === 'java' ? '' : STREAM_LIBRARIES[language as 'python' | 'go' | 'typescript'].note} The repartition and changelog topics below are the ones that processing needs; create them (or let the library create them) with these partition counts and cleanup policies.`);
  }
  if (suppressed) rationale.push({ setting: 'suppress', why: 'untilWindowCloses emits one final result per window; size the buffer (Suppressed.BufferConfig) for the keys of one window, or it fails or emits early when full.', refs: [STREAMS_DOCS.suppress] });

  return { processor: p.name, library, kafkaStreams, applicationId: appId, instances, subtopologies, internalTopics, stores, joins, config, rationale, notes };
}

function tasksWhy(topicsRead: readonly string[], inputs: readonly Input[], tasks: number | null, internal: StreamsDesign['internalTopics'] = []): string {
  const count = (t: string) => inputs.find((i) => i.topic === t)?.partitions ?? internal.find((x) => x.name === t)?.partitions ?? null;
  return tasks === null ? `max partitions of ${topicsRead.join(', ')} (unknown)` : `max(${topicsRead.map((t) => `${t}: ${count(t) ?? '?'}`).join(', ')}) = ${tasks}`;
}

function outputLatencyTarget(facts: Facts, p: Processor): number | null {
  const targets = (p.outputs ?? []).map((o) => facts.flows.find((f) => f.name === o)?.latencyP99Ms ?? null).filter((x): x is number => x !== null);
  return targets.length ? Math.min(...targets) : null;
}
