// Kubernetes ConfigMaps that carry Kafka files in `data` (server.properties, client .properties):
// each such entry is read as the file it holds, with line numbers of the manifest.
import type { RawEntry } from './properties.js';
import { parseProperties } from './properties.js';
import { isRecord, type YamlSource } from './yaml.js';

export interface EmbeddedFile {
  /** The data key, e.g. "server.properties". */
  name: string;
  raw: RawEntry[];
}

function isConfigMap(doc: unknown): doc is Record<string, unknown> {
  return isRecord(doc) && doc.kind === 'ConfigMap' && isRecord(doc.data);
}

/** A data entry that holds key=value lines (by name, or by content when the name says nothing). */
function holdsProperties(key: string, value: string): boolean {
  if (/\.(properties|config|conf)$/i.test(key)) return true;
  const lines = value.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
  return lines.length > 0 && lines.every((l) => /^\s*[A-Za-z0-9_.\->]+\s*[=:]/.test(l));
}

export function configMapFiles(source: YamlSource): EmbeddedFile[] {
  const out: EmbeddedFile[] = [];
  source.docs.forEach((doc, index) => {
    if (!isConfigMap(doc)) return;
    for (const [key, value] of Object.entries(doc.data as Record<string, unknown>)) {
      if (typeof value !== 'string' || !holdsProperties(key, value)) continue;
      // A block scalar (|) starts on the line after its key.
      const offset = source.keyLine(index, ['data', key]) ?? 0;
      out.push({ name: key, raw: parseProperties(value).map((r) => ({ ...r, line: r.line + offset })) });
    }
  });
  return out;
}
