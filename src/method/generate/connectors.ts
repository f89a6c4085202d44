// Kafka Connect files for a design's connectors: one JSON body per connector for the Connect REST
// API (POST /connectors), Strimzi KafkaConnector resources, and the worker settings the design's
// connectors rely on (internal topics, client override policy, exactly-once source support).
import { stringify } from 'yaml';
import type { ConnectorDesign, Design } from '../../model/design.js';
import { type GeneratedFile, lines, oneLine } from './files.js';

const DIR = 'connectors';

/** Strimzi resource names are Kubernetes names. */
function kubernetesName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9.-]/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
    .slice(0, 253);
}

function restBody(c: ConnectorDesign): string {
  return `${JSON.stringify({ name: c.name, config: c.config }, null, 2)}\n`;
}

function kafkaConnector(c: ConnectorDesign, cluster: string): Record<string, unknown> {
  const { 'connector.class': cls, 'tasks.max': tasks, ...config } = c.config;
  return {
    apiVersion: 'kafka.strimzi.io/v1beta2',
    kind: 'KafkaConnector',
    metadata: { name: kubernetesName(c.name), labels: { 'strimzi.io/cluster': cluster } },
    spec: { class: cls, tasksMax: Number(tasks ?? '1'), config },
  };
}

function workerProperties(design: Design, connectors: readonly ConnectorDesign[]): string {
  const role = (r: string) => design.topics.find((t) => t.role === r);
  const [configs, offsets, status] = [role('connect-configs'), role('connect-offsets'), role('connect-status')];
  const exactlyOnce = connectors.some((c) => c.config['exactly.once.support'] === 'required');
  return lines(
    `# Kafka Connect worker settings the connectors of "${design.name}" rely on (add bootstrap.servers,`,
    '# converters and security). Internal topics: compacted, replicated like the data.',
    `group.id=${design.name}-connect`,
    configs && `config.storage.topic=${configs.name}`,
    configs && `config.storage.replication.factor=${configs.replicationFactor}`,
    offsets && `offset.storage.topic=${offsets.name}`,
    offsets && `offset.storage.partitions=${offsets.partitions}`,
    offsets && `offset.storage.replication.factor=${offsets.replicationFactor}`,
    status && `status.storage.topic=${status.name}`,
    status && `status.storage.partitions=${status.partitions}`,
    status && `status.storage.replication.factor=${status.replicationFactor}`,
    '# Connectors set producer.override.* / consumer.override.*: the policy must allow them.',
    'connector.client.config.override.policy=All',
    exactlyOnce && '# A source connector requires exactly-once: records and source offsets commit in one transaction.',
    exactlyOnce && 'exactly.once.source.support=enabled',
    '',
  );
}

export function renderConnectors(design: Design, connectCluster: string): GeneratedFile[] {
  const connectors = design.connectors ?? [];
  if (connectors.length === 0) return [];
  return [
    ...connectors.map((c) => ({ path: `${DIR}/${c.name}.json`, contents: restBody(c), description: `${c.kind} connector ${c.name} for the Connect REST API (POST /connectors)` })),
    {
      path: `${DIR}/strimzi-connectors.yaml`,
      description: 'Strimzi KafkaConnector resources',
      contents: lines(
        `# KafkaConnector resources for the design "${design.name}". strimzi.io/cluster names the KafkaConnect`,
        `# resource ("${connectCluster}"), which needs the annotation strimzi.io/use-connector-resources: "true".`,
        connectors.map((c) => lines('---', ...c.rationale.map((r) => `# ${r.setting}: ${oneLine(r.why)}`), stringify(kafkaConnector(c, connectCluster), { lineWidth: 0 }).trimEnd())).join('\n'),
        '',
      ),
    },
    { path: `${DIR}/connect-worker.properties`, contents: workerProperties(design, connectors), description: 'Connect worker settings the connectors rely on' },
  ];
}
