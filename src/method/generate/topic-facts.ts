// What every topic manifest says about a topic: its settings and the one-line reasons from the
// design. Shared by the kafka-topics.sh, Strimzi, Terraform and AsyncAPI renderers.
import type { TopicDesign } from '../../model/design.js';
import { oneLine } from './files.js';

/** The reasons the design gives for a topic's partitions, replication and settings, one line each. */
export function topicReasons(topic: TopicDesign): string[] {
  return topic.rationale.map((r) => `${r.setting}: ${oneLine(r.why)}`);
}

/** The topic's settings in a stable order, for manifests that list them. */
export function topicConfigEntries(topic: TopicDesign): Array<[string, string]> {
  return Object.entries(topic.config).sort(([a], [b]) => a.localeCompare(b));
}

/** One line naming what the topic is for. */
export function topicHeadline(topic: TopicDesign): string {
  return `${topic.name}: ${topic.role} topic of ${topic.flows.join(', ')}${topic.key ? `, keyed by ${topic.key}` : ', unkeyed'}`;
}
