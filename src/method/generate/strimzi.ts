// Strimzi KafkaTopic resources (kafka.strimzi.io/v1beta2), one YAML document per topic, for
// clusters run by the Strimzi operator on Kubernetes.
import { stringify } from 'yaml';
import type { TopicDesign } from '../../model/design.js';
import { type GeneratedFile, lines } from './files.js';
import { topicConfigEntries, topicHeadline, topicReasons } from './topic-facts.js';

/** Kubernetes names are lowercase RFC 1123 subdomains; Kafka topic names may hold "_" and capitals. */
export function kubernetesName(topic: string): string {
  return topic
    .toLowerCase()
    .replace(/[^a-z0-9.-]/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
    .slice(0, 253);
}

/** Strimzi takes config values as strings, numbers or booleans; numbers read best as numbers. */
function configValue(value: string): string | number | boolean {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^-?\d+$/.test(value) && Number.isSafeInteger(Number(value)) ? Number(value) : value;
}

function kafkaTopicResource(topic: TopicDesign, cluster: string): Record<string, unknown> {
  const name = kubernetesName(topic.name);
  return {
    apiVersion: 'kafka.strimzi.io/v1beta2',
    kind: 'KafkaTopic',
    metadata: { name, labels: { 'strimzi.io/cluster': cluster } },
    spec: {
      // The resource name must be a Kubernetes name; topicName keeps the Kafka name when they differ.
      ...(name !== topic.name ? { topicName: topic.name } : {}),
      partitions: topic.partitions,
      replicas: topic.replicationFactor,
      config: Object.fromEntries(topicConfigEntries(topic).map(([k, v]) => [k, configValue(v)])),
    },
  };
}

export function renderStrimzi(name: string, topics: readonly TopicDesign[], cluster: string, dir: string): GeneratedFile {
  return {
    path: `${dir}/strimzi-topics.yaml`,
    description: 'Strimzi KafkaTopic resources',
    contents: lines(
      `# KafkaTopic resources for the design "${name}". strimzi.io/cluster names the Kafka resource`,
      `# these topics belong to ("${cluster}"); apply with: kubectl apply -n <namespace> -f strimzi-topics.yaml`,
      topics.map((t) => lines('---', `# ${topicHeadline(t)}`, ...topicReasons(t).map((r) => `#   ${r}`), stringify(kafkaTopicResource(t, cluster), { lineWidth: 0 }).trimEnd())).join('\n'),
      '',
    ),
  };
}
