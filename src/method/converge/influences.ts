// Which requirement fields move which decision. A changed decision is attributed to the changed
// requirements that can move it, so the change log says "partitions 6 -> 12 because peak
// 400 -> 800/s" rather than listing two unrelated edits. The table follows the strategy
// modules; patterns take their fields from the catalog's triggers.
import { patternById } from '../../knowledge/patterns.js';
import type { RequirementChange } from './requirements-diff.js';
import { splitFlowField } from './requirements-diff.js';

/** Field prefixes: "throughput." matches every throughput field; "delivery" matches exactly. */
const BY_DECISION: Record<string, readonly string[]> = {
  topic: ['flows', 'delivery', 'processing.side_effects', 'state', 'throughput.message_bytes', 'sink', 'source'],
  'topic.partitions': ['throughput.', 'processing.', 'ordering', 'key', 'cluster.brokers', 'latency.', 'environment'],
  'topic.replicationFactor': ['cluster.brokers', 'cluster.platform', 'environment'],
  'topic.key': ['key', 'ordering', 'state'],
  'topic.role': ['state', 'delivery', 'processing.side_effects'],
  'topic.config.min.insync.replicas': ['cluster.brokers', 'cluster.platform', 'environment', 'delivery'],
  'topic.config.retention.ms': ['retention', 'state', 'environment'],
  'topic.config.cleanup.policy': ['state', 'retention'],
  'topic.config': ['throughput.message_bytes', 'retention', 'state', 'cluster.', 'environment'],
  producer: ['flows', 'source', 'sink', 'processing.side_effects', 'delivery'],
  'producer.client': ['client.'],
  'producer.config.acks': ['delivery', 'environment'],
  'producer.config.enable.idempotence': ['delivery', 'client.', 'cluster.kafka_version'],
  'producer.config.transactional.id': ['delivery', 'processing.side_effects', 'source', 'sink', 'flows'],
  'producer.config': ['latency.', 'throughput.', 'delivery', 'environment', 'client.', 'cluster.kafka_version'],
  consumer: ['flows', 'sink'],
  'consumer.client': ['client.'],
  'consumer.groupId': ['sink', 'name'],
  'consumer.instances': ['throughput.', 'processing.', 'ordering', 'environment'],
  'consumer.config.enable.auto.commit': ['delivery', 'processing.side_effects'],
  'consumer.config.isolation.level': ['delivery', 'processing.side_effects', 'source', 'sink', 'flows'],
  'consumer.config.client.rack': ['cluster.racks', 'cluster.platform'],
  'consumer.config': ['processing.', 'delivery', 'throughput.', 'latency.', 'client.', 'cluster.kafka_version', 'environment'],
  'design.kafkaVersion': ['cluster.kafka_version'],
  'design.environment': ['environment'],
  'design.client': ['client.'],
};

/** The table entry for a decision: the most specific key that exists. */
function fieldsFor(decision: string): readonly string[] {
  if (decision.startsWith('pattern.')) {
    const p = patternById(decision.slice('pattern.'.length));
    // The environment moves assumed defaults (schema evolution, brokers) that patterns follow.
    return ['flows', 'environment', ...(p?.triggeredBy.map((t) => t.field.replace(/^flows\[\]\./, '')) ?? [])];
  }
  for (let key = decision; key; key = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : '') {
    const fields = BY_DECISION[key];
    if (fields) return fields;
  }
  return [];
}

function matches(field: string, entry: string): boolean {
  if (entry.endsWith('.')) return field.startsWith(entry);
  return field === entry || field.startsWith(`${entry}.`);
}

/**
 * The requirement changes that can explain a change of `decision` (e.g. "topic.partitions",
 * "producer.config.acks", "pattern.dead-letter-topic") on `flows`. A flow field counts only
 * for its own flow; a flow that appeared or went ("flows") counts for decisions on it.
 */
export function causesOf(decision: string, flows: readonly string[], changes: readonly RequirementChange[]): RequirementChange[] {
  const entries = fieldsFor(decision);
  return changes.filter((c) => {
    const { flow, field } = splitFlowField(c.field);
    if (flow !== undefined) {
      if (flows.length > 0 && !flows.includes(flow)) return false;
      return field === '' ? entries.includes('flows') : entries.some((e) => matches(field, e));
    }
    return entries.some((e) => matches(field, e));
  });
}
