// Strimzi custom resources (multi-document YAML) -> configurations. A `Kafka` resource gives the
// broker config (spec.kafka.config) with its broker count (spec.kafka.replicas, or the broker
// node pools of the same cluster) and Kafka version; a `KafkaTopic` gives a topic paired with its
// cluster when the same input holds it; `KafkaConnect` gives a Connect worker, `KafkaConnector` a connector. Other kinds
// (KafkaUser, KafkaBridge, ...) are recognised and left alone. Several files are read together,
// since node pools, the cluster and its topics often live in separate manifests.
import type { ConfigEntry, ConfigUnderReview } from '../config-model.js';
import { strimziConnectorConfig } from './connector.js';
import { isRecord, type KeyLine, scalarText, type YamlSource } from './yaml.js';

export function isStrimziDoc(doc: unknown): doc is Record<string, unknown> {
  return isRecord(doc) && typeof doc.apiVersion === 'string' && doc.apiVersion.startsWith('kafka.strimzi.io/');
}

function configEntries(config: unknown, doc: number, path: readonly string[], keyLine: KeyLine): ConfigEntry[] {
  if (!isRecord(config)) return [];
  return Object.entries(config).map(([key, value]) => {
    const line = keyLine(doc, [...path, key]);
    return { name: key, key, value: scalarText(value), ...(line !== undefined ? { line } : {}) };
  });
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
const rec = (v: unknown) => (isRecord(v) ? v : {});

export function strimziConfigs(sources: ReadonlyArray<{ source: YamlSource; file: string }>): ConfigUnderReview[] {
  const docs = sources.flatMap(({ source, file }) => source.docs.map((doc, index) => ({ doc, index, file, keyLine: source.keyLine })).filter((d) => isStrimziDoc(d.doc)));
  const clusterOf = (doc: Record<string, unknown>) => str(rec(rec(doc.metadata).labels)['strimzi.io/cluster']);
  const pools = docs.filter((d) => (d.doc as Record<string, unknown>).kind === 'KafkaNodePool');
  const clusters = new Map<string, ConfigUnderReview>();
  const out: ConfigUnderReview[] = [];

  for (const { doc: d, index, file, keyLine } of docs) {
    const doc = d as Record<string, unknown>;
    const name = str(rec(doc.metadata).name) ?? '';
    const spec = rec(doc.spec);
    if (doc.kind === 'Kafka') {
      const kafka = rec(spec.kafka);
      const brokerPools = pools.filter((p) => clusterOf(p.doc as Record<string, unknown>) === name)
        .map((p) => rec((p.doc as Record<string, unknown>).spec))
        .filter((s) => Array.isArray(s.roles) && s.roles.includes('broker'));
      const poolBrokers = brokerPools.reduce((sum, s) => sum + (num(s.replicas) ?? 0), 0);
      const controllerPools = pools.filter((p) => clusterOf(p.doc as Record<string, unknown>) === name)
        .map((p) => rec((p.doc as Record<string, unknown>).spec))
        .filter((s) => Array.isArray(s.roles) && s.roles.includes('controller'));
      const controllers = controllerPools.reduce((sum, s) => sum + (num(s.replicas) ?? 0), 0);
      const brokers = num(kafka.replicas) ?? (brokerPools.length > 0 ? poolBrokers : undefined);
      const version = str(kafka.version) ?? (typeof kafka.version === 'number' ? String(kafka.version) : undefined);
      const entries = configEntries(kafka.config, index, ['spec', 'kafka', 'config'], keyLine);
      // Strimzi runs ZooKeeper only when the resource has a zookeeper section; say so to the rules.
      const mode = isRecord(spec.zookeeper) ? 'zookeeper' : 'kraft';
      const line = keyLine(index, ['spec', 'kafka', 'replicas']) ?? keyLine(index, ['kind']);
      const config: ConfigUnderReview = {
        kind: 'broker', format: 'strimzi', file, label: `Kafka ${name}`, entries, mode,
        ...(line !== undefined ? { line } : {}),
        ...(controllerPools.length > 0 ? { controllers } : {}),
        ...(version ? { statedVersion: version } : {}),
        ...(brokers !== undefined ? { brokers } : {}),
      };
      clusters.set(name, config);
      out.push(config);
    } else if (doc.kind === 'KafkaTopic') {
      const entries = configEntries(spec.config, index, ['spec', 'config'], keyLine);
      const partitions = num(spec.partitions);
      const replicas = num(spec.replicas);
      const line = keyLine(index, ['spec', 'replicas']) ?? keyLine(index, ['kind']);
      out.push({
        kind: 'topic', format: 'strimzi', file, label: `KafkaTopic ${str(spec.topicName) ?? name}`, entries,
        ...(line !== undefined ? { line } : {}),
        ...(partitions !== undefined ? { partitions } : {}),
        ...(replicas !== undefined ? { replicationFactor: replicas } : {}),
        ...(clusterOf(doc) ? { clusterName: clusterOf(doc) } : {}),
      });
    } else if (doc.kind === 'KafkaConnect') {
      const version = str(spec.version);
      out.push({ kind: 'connect', format: 'strimzi', file, label: `KafkaConnect ${name}`, entries: configEntries(spec.config, index, ['spec', 'config'], keyLine), ...(version ? { statedVersion: version } : {}) });
    } else if (doc.kind === 'KafkaConnector') {
      out.push(strimziConnectorConfig(doc, index, file, keyLine));
    }
  }
  // A topic or Connect cluster judged next to its Kafka resource reads the cluster's settings.
  for (const c of out) {
    if (c.kind === 'broker') continue;
    const cluster = (c.clusterName && clusters.get(c.clusterName)) || (clusters.size === 1 ? [...clusters.values()][0] : undefined);
    if (cluster) c.cluster = cluster;
  }
  return out;
}
