// The topology Kafka Streams builds from a processor's operations, walked the way the DSL builds
// it: a key change marks the stream for repartitioning; the next join or aggregation writes it to a
// repartition topic and starts a new sub-topology reading it. Joins check co-partitioning,
// aggregations and suppress add stores with their changelogs, and every source, step and sink is
// recorded with the name the DSL gives it, for the generators.
import { STREAMS_PLANNING } from '../../knowledge/streams.js';
import type { StreamsDesign, StreamsStep, StreamsTopology, TopicDesign } from '../../model/design.js';
import type { Operation, Processor } from '../../model/requirements.js';
import { fmtMs } from '../../model/units.js';
import type { Facts } from '../deconstruct/normalize.js';
import { AGGREGATION_OPS, changesKey, describeOp, mb, ms, resolveInput, stepSlug, tasksWhy, type StreamsInput } from './streams-operations.js';
import { changelogTopic, globalTableStore, joinWindowStore, keyValueStore, suppressBufferStore, tableStore, windowStore, type ChangelogKind } from './streams-stores.js';
import type { StreamsPlan } from './streams.js';

type JoinOp = Extract<Operation, { op: 'join' }>;
type AggregationOp = Extract<Operation, { op: 'count' | 'reduce' | 'aggregate' }>;
type Store = StreamsDesign['stores'][number];

export interface WalkContext {
  facts: Facts;
  processor: Processor;
  topics: readonly TopicDesign[];
  appId: string;
  /** The processor's inputs, resolved; the first is the stream the operations start from. */
  inputs: StreamsInput[];
  /** Receives the walk's assumptions and questions. */
  plan: StreamsPlan;
}

/** What the walk yields: the parts of a StreamsDesign that follow from the operations. */
export interface ProcessorTopology {
  subtopologies: StreamsDesign['subtopologies'];
  internalTopics: StreamsDesign['internalTopics'];
  stores: StreamsDesign['stores'];
  joins: StreamsDesign['joins'];
  topology: StreamsTopology;
  /** Which sub-topology holds each store (its tasks share the store's size). */
  storeSubtopology: Map<string, number>;
  notes: string[];
  suppressed: boolean;
}

export function walkOperations(context: WalkContext): ProcessorTopology {
  return new OperationWalk(context).run();
}

class OperationWalk {
  private readonly p: Processor;
  private readonly primary: StreamsInput;
  private readonly byName: Map<string, StreamsInput>;
  private readonly keys: number | null;
  private readonly valueBytes: number | null;
  private readonly out: ProcessorTopology = {
    subtopologies: [],
    internalTopics: [],
    stores: [],
    joins: [],
    topology: { sources: [], steps: [], sinks: [] },
    storeSubtopology: new Map(),
    notes: [],
    suppressed: false,
  };
  private readonly names = new Set<string>();
  /** The sub-topology being built. */
  private current: { id: number; inputs: string[]; operations: string[]; partitions: number | null };
  /** The operation that changed the key since the last repartition, if any. */
  private keyChangedBy: string | null = null;
  private newKey = 'key';
  private windowed: { retentionMs: number; type: string } | null = null;
  private step: StreamsStep = { op: 'filter', name: '', subtopology: 0, stores: [] };
  private primaryIsTable = false;

  constructor(private readonly context: WalkContext) {
    this.p = context.processor;
    this.primary = context.inputs[0]!;
    this.byName = new Map(context.inputs.map((i) => [i.name, i]));
    this.keys = this.p.state?.keys ?? null;
    this.valueBytes = this.p.state?.value_bytes ?? this.primary.recordBytes;
    this.current = { id: 0, inputs: [this.primary.topic], operations: [], partitions: this.primary.partitions };
  }

  run(): ProcessorTopology {
    const { p, primary, out } = this;
    const firstStateful = (p.operations ?? []).find((op) => op.op === 'join' || op.op === 'group_by' || AGGREGATION_OPS.has(op.op));
    this.primaryIsTable = firstStateful?.op === 'join' && (firstStateful.type === 'table-table' || firstStateful.type === 'foreign-key');
    this.source(primary, this.primaryIsTable ? 'table' : 'stream', this.primaryIsTable ? this.tableStoreName(primary) : undefined);
    (p.operations ?? []).forEach((op, index) => {
      this.step = { op: op.op, name: this.uniqueName(stepSlug(op)), subtopology: this.current.id, stores: [], ...('key' in op && op.key ? { key: op.key } : {}) };
      this.apply(op, index);
      this.step.subtopology = this.current.id;
      out.topology.steps.push(this.step);
    });
    for (const output of p.outputs ?? []) {
      const topic = this.context.topics.find((t) => t.flows.includes(output) && t.role !== 'dead-letter')?.name ?? output;
      out.topology.sinks.push({ output, topic, name: this.uniqueName(`to-${output}`) });
    }
    this.closeSubtopology();
    return out;
  }

  private apply(op: Operation, index: number): void {
    if (changesKey(op)) {
      this.keyChangedBy = `${describeOp(op)} (operation ${index + 1})`;
      this.newKey = 'key' in op && op.key ? op.key : 'key';
    }
    if (op.op === 'join') this.join(op, index);
    else if (op.op === 'count' || op.op === 'reduce' || op.op === 'aggregate') this.aggregate(op, index);
    else if (op.op === 'suppress') this.suppress();
    this.current.operations.push(describeOp(op));
  }

  private at(field: string): string {
    return `processors.${this.p.name}.${field}`;
  }

  // --- joins

  private join(op: JoinOp, index: number): void {
    const other = this.byName.get(op.with) ?? resolveInput(this.context.facts, this.context.topics, op.with);
    this.step.join = { type: op.type, input: other.name, topic: other.topic, ...(op.type === 'stream-stream' ? { windowMs: ms(op.window) ?? 0, graceMs: ms(op.grace) ?? 0 } : {}) };
    if (op.type === 'global-table') return this.globalTableJoin(other);
    if (op.type === 'foreign-key') return this.foreignKeyJoin(op, other, index);
    if (this.keyChangedBy) this.repartition(`the ${op.type} join with ${other.topic}`, other.partitions, other.topic);
    this.out.joins.push(this.coPartitionedJoin(op, other));
    if (op.type === 'stream-stream') {
      this.streamStreamStores(op, other);
    } else {
      this.source(other, 'table', this.tableStoreName(other));
      this.addTableStore(other);
      if (op.type === 'table-table') this.addTableStore(this.primary);
    }
    this.readAlso(other);
  }

  private globalTableJoin(other: StreamsInput): void {
    const store = `${this.p.name}-${other.name}-global-store`;
    this.source(other, 'global-table', store);
    this.addStore(globalTableStore(store, other));
    this.out.joins.push({
      type: 'global-table',
      left: this.current.inputs[0]!,
      right: other.topic,
      coPartitioned: 'not-required',
      why: 'a GlobalKTable is complete on every instance, so the stream side may have any partitioning and key',
    });
  }

  private foreignKeyJoin(op: JoinOp, other: StreamsInput, index: number): void {
    // TableJoined.as(name) names both subscription topics <application.id>-<name>-subscription-...-topic.
    const name = `${this.context.appId}-${this.step.name}`;
    const foreignKey = op.key ?? `${other.name}_id`;
    if (op.key === undefined)
      this.context.plan.assumptions.push({ field: this.at(`operations.${index + 1}.key`), value: foreignKey, why: `not given; the left value's field holding the key of ${other.topic}` });
    this.step.key = foreignKey;
    const { current } = this;
    this.out.internalTopics.push(
      {
        name: `${name}-subscription-registration-topic`,
        kind: 'foreign-key',
        partitions: other.partitions,
        config: { 'cleanup.policy': 'delete' },
        why: `carries each left record's foreign key to the partition of ${other.topic} that holds it; ${other.partitions ?? '?'} partitions like ${other.topic}`,
        avoid: 'a GlobalKTable of the right side when it is small avoids both foreign-key topics',
      },
      {
        name: `${name}-subscription-response-topic`,
        kind: 'foreign-key',
        partitions: current.partitions,
        config: { 'cleanup.policy': 'delete' },
        why: `brings the joined value back to the left record's partition; ${current.partitions ?? '?'} partitions like the left side`,
      },
    );
    this.out.joins.push({
      type: op.type,
      left: current.inputs[0]!,
      right: other.topic,
      coPartitioned: 'not-required',
      why: "a foreign-key join repartitions through its own subscription topics, so neither side needs the other's key or partition count",
    });
    // The right table and the registration topic form their own sub-topology in Streams; the
    // left side's tasks stay its own.
    this.source(other, 'table', this.tableStoreName(other));
    this.addTableStore(other);
    if (this.primaryIsTable) this.addTableStore(this.primary);
  }

  /** Stream-table, table-table and stream-stream joins: both sides need the same partitions, key and partitioner. */
  private coPartitionedJoin(op: JoinOp, other: StreamsInput): StreamsDesign['joins'][number] {
    const left = this.current.inputs[0]!;
    const leftPartitions = this.current.partitions;
    const co = leftPartitions !== null && other.partitions !== null ? (leftPartitions === other.partitions ? 'yes' : 'no') : left.endsWith('-repartition') ? 'yes' : 'unknown';
    return {
      type: op.type,
      left,
      right: other.topic,
      coPartitioned: co,
      why:
        co === 'no'
          ? `${left} has ${leftPartitions} partitions and ${other.topic} ${other.partitions}: Streams refuses to start; both sides need the same partition count, the same key and the same partitioner${other.keys && other.recordBytes && other.keys * other.recordBytes <= STREAMS_PLANNING.globalTableMaxBytes ? `, or read ${other.topic} as a GlobalKTable (${mb(other.keys * other.recordBytes)} per instance)` : ''}`
          : co === 'yes'
            ? `both sides have ${other.partitions ?? leftPartitions ?? 'the same number of'} partitions; both must also be keyed by the join key with the default partitioner`
            : `partition counts unknown; they must be equal, with the same key and partitioner`,
    };
  }

  private streamStreamStores(op: JoinOp, other: StreamsInput): void {
    const windowMs = ms(op.window) ?? 0;
    const graceMs = ms(op.grace) ?? 0;
    if (op.window === undefined) this.context.plan.questions.push(`Processor "${this.p.name}": within what time of each other must the two records of the ${op.with} join arrive (the join window)?`);
    const retentionMs = 2 * windowMs + graceMs;
    this.source(other, 'stream');
    // StreamJoined.withStoreName(base) names the two stores <base>-this-join-store and <base>-other-join-store.
    this.step.storeName = this.p.name;
    for (const side of [this.primary, other]) {
      const store = `${this.p.name}-${side === this.primary ? 'this' : 'other'}-join-store`;
      this.addStore(joinWindowStore(store, side, windowMs, graceMs, retentionMs));
      this.addChangelog(store, 'window', retentionMs);
    }
  }

  // --- aggregations and suppress

  private aggregate(op: AggregationOp, index: number): void {
    if (this.keyChangedBy) this.repartition(op.op, null, null);
    const store = `${this.p.name}-${op.op}-store`;
    this.step.storeName = store;
    const w = op.window;
    if (w) {
      const sizeMs = ms(w.size) ?? ms(w.gap) ?? 0;
      const graceMs = ms(w.grace) ?? 0;
      if (w.grace === undefined)
        this.context.plan.assumptions.push({ field: this.at(`operations.${index + 1}.window.grace`), value: 0, why: 'not given; no grace period: records arriving after the window ends are dropped' });
      const advanceMs = w.type === 'hopping' ? (ms(w.advance) ?? sizeMs) : sizeMs;
      const perKey = Math.ceil((sizeMs + graceMs) / Math.max(1, advanceMs));
      this.windowed = { retentionMs: sizeMs + graceMs, type: w.type };
      this.step.window = { type: w.type, sizeMs, ...(w.type === 'hopping' ? { advanceMs } : {}), graceMs };
      this.addStore(windowStore(store, { type: w.type, sizeMs, graceMs, perKey }, this.keys, this.valueBytes));
      this.addChangelog(store, w.type === 'session' ? 'session' : 'window', sizeMs + graceMs);
    } else {
      this.addStore(keyValueStore(store, this.keys, this.valueBytes));
      this.addChangelog(store, 'key-value', null);
    }
    if (!this.keys) this.context.plan.questions.push(`Processor "${this.p.name}": about how many distinct keys does its ${op.op} hold? The store and its restore time follow from it.`);
  }

  private suppress(): void {
    const { notes } = this.out;
    this.out.suppressed = true;
    if (!this.windowed) notes.push('suppress without a windowed aggregation before it only rate-limits updates (untilTimeLimit); until-window-close needs a windowed count/reduce/aggregate.');
    // Suppressed.withName(name) names its buffer store <name>-store.
    const store = `${this.step.name}-store`;
    this.addStore(suppressBufferStore(store, this.keys, this.valueBytes));
    this.addChangelog(store, 'key-value', null);
    if (this.windowed) notes.push(`suppress emits each window's result once, after window end + grace: output lags the event by up to ${fmtMs(this.windowed.retentionMs)}.`);
  }

  // --- sub-topologies, sources and stores

  /** Closes the current sub-topology at a repartition topic keyed by the new key; the next one reads it. */
  private repartition(reason: string, partitionsFrom: number | null, sizedLike: string | null): void {
    const { appId } = this.context;
    const { current, out } = this;
    const base = `${appId}-by-${this.newKey}`;
    const taken = out.internalTopics.filter((t) => t.name.startsWith(base)).length;
    const name = `${base}${taken ? `-${taken + 1}` : ''}-repartition`;
    this.closeSubtopology();
    const partitions = partitionsFrom ?? current.partitions;
    out.internalTopics.push({
      name,
      kind: 'repartition',
      partitions,
      config: { 'cleanup.policy': 'delete', 'retention.ms': '-1' },
      why: `${this.keyChangedBy} changes the key before ${reason}, so every record is written here keyed by the new key and read back by sub-topology ${current.id + 1}; ${sizedLike ? `${partitions ?? '?'} partitions to be co-partitioned with ${sizedLike}` : `${partitions ?? '?'} partitions = tasks of sub-topology ${current.id}`}. Streams purges it as records are processed.`,
      avoid: 'Produce the input keyed by the new key where the data is created, or use map_values where the key need not change.',
    });
    this.current = { id: current.id + 1, inputs: [name], operations: [], partitions };
    this.keyChangedBy = null;
    this.step.repartition = { name: name.slice(appId.length + 1, -'-repartition'.length), topic: name, partitions };
  }

  /** Records the current sub-topology as it stands: its tasks and why, from the internal topics so far. */
  private closeSubtopology(): void {
    const { current, out } = this;
    out.subtopologies.push({
      id: current.id,
      inputs: current.inputs,
      operations: current.operations,
      tasks: current.partitions,
      why: tasksWhy(current.inputs, this.context.inputs, current.partitions, out.internalTopics),
    });
  }

  /** A joined input is read by the current sub-topology: its tasks are the most partitions of its inputs. */
  private readAlso(other: StreamsInput): void {
    this.current.inputs.push(other.topic);
    this.current.partitions = this.current.partitions === null || other.partitions === null ? null : Math.max(this.current.partitions, other.partitions);
  }

  private uniqueName(slug: string): string {
    const base = `${this.p.name}-${slug.replace(/[^A-Za-z0-9._-]+/g, '-')}`;
    let name = base;
    for (let n = 2; this.names.has(name); n++) name = `${base}-${n}`;
    this.names.add(name);
    return name;
  }

  private source(input: StreamsInput, as: StreamsTopology['sources'][number]['as'], storeName?: string): void {
    const { sources } = this.out.topology;
    if (!sources.some((s) => s.input === input.name))
      sources.push({ input: input.name, topic: input.topic, as, name: this.uniqueName(`${input.name}-source`), ...(storeName ? { storeName } : {}), partitions: input.partitions });
  }

  private addStore(store: Store): void {
    this.out.stores.push(store);
    this.step.stores.push(store.name);
    this.out.storeSubtopology.set(store.name, this.current.id);
  }

  private tableStoreName(table: StreamsInput): string {
    return `${this.p.name}-${table.name}-table-store`;
  }

  private addTableStore(table: StreamsInput): void {
    const store = this.tableStoreName(table);
    if (this.out.stores.some((s) => s.name === store)) return;
    this.addStore(tableStore(store, table));
  }

  private addChangelog(store: string, kind: ChangelogKind, retentionMs: number | null): void {
    this.out.internalTopics.push(changelogTopic(this.context.appId, store, kind, retentionMs, this.current.partitions, this.context.facts.documentedVersion));
  }
}
