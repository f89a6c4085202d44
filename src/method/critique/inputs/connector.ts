// A Kafka Connect connector's configuration: JSON as posted to the Connect REST API
// ({"name": ..., "config": {...}} or the bare config object of PUT /connectors/<name>/config),
// or a Strimzi KafkaConnector resource (spec.class, spec.tasksMax, spec.config).
import type { ConfigEntry, ConfigUnderReview } from '../config-model.js';
import { isRecord, type KeyLine, scalarText } from './yaml.js';

/** The object holding connector.class, if the document is a connector config for the REST API. */
function restConfig(doc: unknown): { config: Record<string, unknown>; path: string[]; name?: string } | undefined {
  if (!isRecord(doc)) return undefined;
  if ('connector.class' in doc) return { config: doc, path: [], ...(typeof doc.name === 'string' ? { name: doc.name } : {}) };
  if (isRecord(doc.config) && 'connector.class' in doc.config) return { config: doc.config, path: ['config'], ...(typeof doc.name === 'string' ? { name: doc.name } : {}) };
  return undefined;
}

export function isConnectorRestDoc(doc: unknown): boolean {
  return restConfig(doc) !== undefined;
}

function entriesOf(config: Record<string, unknown>, doc: number, path: readonly string[], keyLine: KeyLine): ConfigEntry[] {
  return Object.entries(config).map(([key, value]) => {
    const line = keyLine(doc, [...path, key]);
    return { name: key, key, value: scalarText(value), ...(line !== undefined ? { line } : {}) };
  });
}

export function connectorRestConfig(doc: unknown, file: string, keyLine: KeyLine): ConfigUnderReview {
  const rest = restConfig(doc)!;
  const name = rest.name ?? (typeof rest.config.name === 'string' ? rest.config.name : undefined);
  return { kind: 'connector', format: 'connect-rest', file, entries: entriesOf(rest.config, 0, rest.path, keyLine), ...(name ? { label: `connector ${name}` } : {}) };
}

/** A Strimzi KafkaConnector: its class and task count are spec fields, the rest spec.config. */
export function strimziConnectorConfig(doc: Record<string, unknown>, index: number, file: string, keyLine: KeyLine): ConfigUnderReview {
  const spec = isRecord(doc.spec) ? doc.spec : {};
  const metadata = isRecord(doc.metadata) ? doc.metadata : {};
  const fromSpec: ConfigEntry[] = [];
  const field = (specKey: string, name: string) => {
    if (spec[specKey] === undefined) return;
    const line = keyLine(index, ['spec', specKey]);
    fromSpec.push({ name, key: `spec.${specKey}`, value: scalarText(spec[specKey]), ...(line !== undefined ? { line } : {}) });
  };
  field('class', 'connector.class');
  field('tasksMax', 'tasks.max');
  const config = isRecord(spec.config) ? spec.config : {};
  const labels = isRecord(metadata.labels) ? metadata.labels : {};
  const cluster = typeof labels['strimzi.io/cluster'] === 'string' ? labels['strimzi.io/cluster'] : undefined;
  const line = keyLine(index, ['kind']);
  return {
    kind: 'connector',
    format: 'strimzi',
    file,
    label: `KafkaConnector ${typeof metadata.name === 'string' ? metadata.name : ''}`.trim(),
    entries: [...fromSpec, ...entriesOf(config, index, ['spec', 'config'], keyLine)],
    ...(line !== undefined ? { line } : {}),
    ...(cluster ? { clusterName: cluster } : {}),
  };
}
