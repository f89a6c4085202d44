// critique of a running cluster: the configs DescribeConfigs returned for its topics and a broker,
// written as the .properties files the same rules read, so a live cluster is judged exactly as
// its config files would be. Pure: the snapshot is read at the edge.
import type { CritiqueFile } from './critique.js';

/** The settings a cluster reported away from Kafka's defaults (the rules assume the defaults for the rest). */
export interface LiveConfigs {
  brokerId: number | null;
  broker: Record<string, string> | null;
  topics: Array<{ name: string; config: Record<string, string> }>;
}

/** A .properties value escaped so the reader gets it back as it was (backslashes, line breaks). */
const escapeValue = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');

function propertiesText(config: Record<string, string>): string {
  return Object.entries(config)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${escapeValue(v)}\n`)
    .join('');
}

/** One file per topic (`topic <name>`) and one for the broker that answered, each of its known kind. */
export function liveConfigFiles(live: LiveConfigs): CritiqueFile[] {
  const files: CritiqueFile[] = [];
  if (live.broker) files.push({ file: `broker-${live.brokerId ?? 'unknown'}.properties`, kind: 'broker', text: propertiesText(live.broker) });
  for (const t of live.topics) files.push({ file: `topic ${t.name}`, kind: 'topic', text: propertiesText(t.config) });
  return files;
}
