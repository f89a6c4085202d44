// The words a stream processor's design is built from: its inputs as the plan knows them (topic,
// partitions, rate, record size, keys), and each DSL operation's name and description.
import type { StreamsDesign, TopicDesign } from '../../model/design.js';
import type { Operation, ProcessorInput } from '../../model/requirements.js';
import { retentionToMs, type Facts } from '../deconstruct/normalize.js';
import { recordBytes } from './topic.js';

/** An input of a processor: one of this design's flows, or an existing topic described inline. */
export interface StreamsInput {
  name: string;
  topic: string;
  partitions: number | null;
  peakPerSecond: number | null;
  recordBytes: number | null;
  keys: number | null;
}

export const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 0)} MB`;
export const ms = (d: string | number | undefined): number | null => (d === undefined ? null : retentionToMs(d));

export function resolveInput(facts: Facts, topics: readonly TopicDesign[], input: ProcessorInput): StreamsInput {
  if (typeof input === 'string') {
    const flow = facts.flows.find((f) => f.name === input);
    const topic = topics.find((t) => t.flows.includes(input) && t.role !== 'dead-letter');
    if (flow && topic) return { name: input, topic: topic.name, partitions: topic.partitions, peakPerSecond: flow.peakPerSecond * flow.growthFactor, recordBytes: recordBytes(flow), keys: null };
    return { name: input, topic: input, partitions: null, peakPerSecond: null, recordBytes: null, keys: null };
  }
  return {
    name: input.topic,
    topic: input.topic,
    partitions: input.partitions ?? null,
    peakPerSecond: input.peak_per_second ?? null,
    recordBytes: input.message_bytes ?? null,
    keys: input.keys ?? null,
  };
}

export const AGGREGATION_OPS: ReadonlySet<string> = new Set(['count', 'reduce', 'aggregate']);
/** The readable part of a step's DSL name: what it does and, where it has one, to which key or input. */
export const stepSlug = (op: Operation): string => {
  switch (op.op) {
    case 'map':
    case 'select_key':
      return `${op.op.replace('_', '-')}-${op.key}`;
    case 'group_by':
      return op.key ? `group-by-${op.key}` : 'group-by-key';
    case 'join':
      return `join-${op.with}`;
    case 'count':
    case 'reduce':
    case 'aggregate':
      return op.window ? `${op.window.type}-${op.op}` : op.op;
    default:
      return op.op.replace('_', '-');
  }
};
export const changesKey = (op: Operation): boolean => op.op === 'map' || op.op === 'select_key' || (op.op === 'group_by' && op.key !== undefined);
export const describeOp = (op: Operation): string => {
  switch (op.op) {
    case 'map':
    case 'select_key':
      return `${op.op}(key = ${op.key})`;
    case 'group_by':
      return op.key ? `groupBy(${op.key})` : 'groupByKey';
    case 'join':
      return `${op.type} join with ${op.with}${op.window ? ` within ${op.window}` : ''}${op.grace ? ` grace ${op.grace}` : ''}`;
    case 'count':
    case 'reduce':
    case 'aggregate':
      return `${op.op}${op.window ? ` (${op.window.type} window${op.window.size ? ` ${op.window.size}` : ''}${op.window.advance ? ` advance ${op.window.advance}` : ''}${op.window.gap ? ` gap ${op.window.gap}` : ''}${op.window.grace ? ` grace ${op.window.grace}` : ''})` : ''}`;
    default:
      return op.op;
  }
};

/** A sub-topology's tasks, shown as the partition counts of the topics it reads. */
export function tasksWhy(topicsRead: readonly string[], inputs: readonly StreamsInput[], tasks: number | null, internal: StreamsDesign['internalTopics'] = []): string {
  const count = (t: string) => inputs.find((i) => i.topic === t)?.partitions ?? internal.find((x) => x.name === t)?.partitions ?? null;
  return tasks === null ? `max partitions of ${topicsRead.join(', ')} (unknown)` : `max(${topicsRead.map((t) => `${t}: ${count(t) ?? '?'}`).join(', ')}) = ${tasks}`;
}
