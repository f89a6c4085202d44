// Strimzi custom resources (multi-document YAML) -> configurations. A `Kafka` resource gives the
// broker config (spec.kafka.config) with its broker count (spec.kafka.replicas, or the broker
// node pools of the same cluster) and Kafka version; a `KafkaTopic` gives a topic paired with its
// cluster when the same input holds it; `KafkaConnect` gives a Connect worker, `KafkaConnector` a connector,
// `KafkaMirrorMaker2` the MirrorMaker 2 properties it stands for. Other kinds
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

/**
 * A KafkaMirrorMaker2 resource as the MirrorMaker 2 properties it stands for, so the same rules read
 * both: each mirror is a flow "source->target" with its connectors' settings under that prefix, and
 * the Connect cluster MirrorMaker runs in (the target) has its settings under its alias. Reads the
 * v1beta2 shape (clusters, connectCluster, mirrors[].sourceCluster/targetCluster) and the v1 shape
 * (target, mirrors[].source).
 */
function strimziMirrorMaker2Config(doc: Record<string, unknown>, index: number, file: string, keyLine: KeyLine): ConfigUnderReview {
  const spec = rec(doc.spec);
  const list = (v: unknown) => (Array.isArray(v) ? v.map(rec) : []);
  const v1 = isRecord(spec.target);
  const target = v1 ? str(rec(spec.target).alias) : str(spec.connectCluster);
  const under = (prefix: string, entries: ConfigEntry[]) => entries.map((e) => ({ ...e, name: `${prefix}${e.name}`, key: `${prefix}${e.key}` }));
  const aliases = new Set<string>();
  const entries: ConfigEntry[] = [];
  if (v1) {
    if (target) entries.push(...under(`${target}.`, configEntries(rec(spec.target).config, index, ['spec', 'target', 'config'], keyLine)));
  } else {
    list(spec.clusters).forEach((c, i) => {
      const alias = str(c.alias);
      if (alias) aliases.add(alias);
      if (alias && alias === target) entries.push(...under(`${alias}.`, configEntries(c.config, index, ['spec', 'clusters', String(i), 'config'], keyLine)));
    });
  }
  if (target) aliases.add(target);
  list(spec.mirrors).forEach((m, i) => {
    const source = v1 ? str(rec(m.source).alias) : str(m.sourceCluster);
    const to = v1 ? target : str(m.targetCluster);
    if (!source || !to) return;
    aliases.add(source);
    const flow = `${source}->${to}`;
    const line = keyLine(index, ['spec', 'mirrors', String(i), v1 ? 'source' : 'sourceCluster']);
    entries.push({ name: `${flow}.enabled`, key: `${flow}.enabled`, value: 'true', ...(line !== undefined ? { line } : {}) });
    for (const connector of ['sourceConnector', 'checkpointConnector', 'heartbeatConnector']) {
      entries.push(...under(`${flow}.`, configEntries(rec(m[connector]).config, index, ['spec', 'mirrors', String(i), connector, 'config'], keyLine)));
    }
  });
  const name = str(rec(doc.metadata).name) ?? '';
  const version = str(spec.version);
  const line = keyLine(index, ['kind']);
  return {
    kind: 'mirrormaker',
    format: 'strimzi',
    file,
    label: `KafkaMirrorMaker2 ${name}`,
    entries: [{ name: 'clusters', key: 'clusters', value: [...aliases].join(', ') }, ...entries],
    ...(line !== undefined ? { line } : {}),
    ...(version ? { statedVersion: version } : {}),
  };
}

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
      const brokerPools = pools
        .filter((p) => clusterOf(p.doc as Record<string, unknown>) === name)
        .map((p) => rec((p.doc as Record<string, unknown>).spec))
        .filter((s) => Array.isArray(s.roles) && s.roles.includes('broker'));
      const poolBrokers = brokerPools.reduce((sum, s) => sum + (num(s.replicas) ?? 0), 0);
      const controllerPools = pools
        .filter((p) => clusterOf(p.doc as Record<string, unknown>) === name)
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
        kind: 'broker',
        format: 'strimzi',
        file,
        label: `Kafka ${name}`,
        entries,
        mode,
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
        kind: 'topic',
        format: 'strimzi',
        file,
        label: `KafkaTopic ${str(spec.topicName) ?? name}`,
        entries,
        ...(line !== undefined ? { line } : {}),
        ...(partitions !== undefined ? { partitions } : {}),
        ...(replicas !== undefined ? { replicationFactor: replicas } : {}),
        ...(clusterOf(doc) ? { clusterName: clusterOf(doc) } : {}),
      });
    } else if (doc.kind === 'KafkaConnect') {
      const version = str(spec.version);
      out.push({
        kind: 'connect',
        format: 'strimzi',
        file,
        label: `KafkaConnect ${name}`,
        entries: configEntries(spec.config, index, ['spec', 'config'], keyLine),
        ...(version ? { statedVersion: version } : {}),
      });
    } else if (doc.kind === 'KafkaConnector') {
      out.push(strimziConnectorConfig(doc, index, file, keyLine));
    } else if (doc.kind === 'KafkaMirrorMaker2') {
      out.push(strimziMirrorMaker2Config(doc, index, file, keyLine));
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
