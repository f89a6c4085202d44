// Kafka Connect connector settings: facts per connector class (Debezium sources, the outbox
// router, JDBC / Elasticsearch / S3 sinks) and the framework's own connector-level settings.
// data/connectors.json was read from each project's config definitions at the commit it names
// (facts only: names, types, defaults, valid values; docUrl links the meaning).
import connectorsData from './data/connectors.json' with { type: 'json' };
import { didYouMean } from '../model/errors.js';

export interface ConnectorSetting {
  name: string;
  /** Config type as the project defines it: string, int, long, short, boolean, list, class, password, enum. */
  type: string;
  default: string | null;
  values?: string[];
}

/** Where the facts were read: the project, its version and commit (`also`: a second project they span). */
interface Origin {
  project: string;
  version: string;
  commit: string;
  also?: string;
}

interface PluginData {
  id: string;
  class: string;
  docUrl: string;
  source: Origin;
  settings: ConnectorSetting[];
}

interface ConnectorData extends PluginData {
  kind: 'source' | 'sink';
  /** Debezium documents each property under an anchor `<anchor><name with dashes>`. */
  anchor?: string;
  /** Settings passed through to a driver or a sub-component (driver.*, s3.*, ...). */
  prefixes: string[];
  caseInsensitiveValues?: boolean;
}

interface ConnectorsFile {
  framework: {
    origin: Origin;
    docUrl: string;
    common: ConnectorSetting[];
    sourceSettings: ConnectorSetting[];
    sinkSettings: ConnectorSetting[];
    prefixes: string[];
    /** What the worker sets on its tasks' clients before worker and connector overrides (`note` says where). */
    workerClients: Record<'producer' | 'consumer', Record<string, string>> & { note: string };
  };
  connectors: ConnectorData[];
  transforms: PluginData[];
}

// The compiler reads the file's strings as string: `kind` is narrowed here, and
// test/knowledge/data-files.test.ts checks every row against this shape.
const CONNECTORS = connectorsData as ConnectorsFile;

export type ConnectorId = 'debezium-postgres' | 'debezium-mysql' | 'jdbc-sink' | 'elasticsearch-sink' | 's3-sink';
export const OUTBOX_ROUTER_CLASS = 'io.debezium.transforms.outbox.EventRouter';

export interface ConnectorFacts {
  id: string;
  kind: 'source' | 'sink';
  class: string;
  docUrl: string;
  /** "debezium/debezium 3.7.0-SNAPSHOT": where the facts were read. */
  sourceVersion: string;
}

const originText = (o: Origin) => `${o.project} ${o.version}`;
const facts = (c: ConnectorData): ConnectorFacts => ({ id: c.id, kind: c.kind, class: c.class, docUrl: c.docUrl, sourceVersion: originText(c.source) });

/** The connector by its class name (full, or the simple name after the last dot). */
function findConnector(cls: string): ConnectorData | undefined {
  const c = cls.trim();
  return CONNECTORS.connectors.find((x) => x.class === c || x.class.endsWith(`.${c}`));
}

export function connectorByClass(cls: string): ConnectorFacts | undefined {
  const c = findConnector(cls);
  return c && facts(c);
}

export function connectorById(id: ConnectorId): ConnectorFacts {
  return facts(CONNECTORS.connectors.find((x) => x.id === id)!);
}

/** Link to a connector setting: Debezium's per-property anchor, else the connector's options page. */
export function connectorDocUrl(cls: string, name: string): string {
  const c = findConnector(cls);
  if (!c) return CONNECTORS.framework.docUrl;
  return c.anchor && c.settings.some((s) => s.name === name) ? `${c.docUrl}#${c.anchor}${name.replace(/\./g, '-')}` : c.docUrl;
}

export function transformDocUrl(cls: string): string | undefined {
  return CONNECTORS.transforms.find((t) => t.class === cls.trim())?.docUrl;
}

/** A framework (Kafka Connect) connector-level setting, for a source or sink connector. */
function frameworkSettings(kind: 'source' | 'sink' | undefined): ConnectorSetting[] {
  const f = CONNECTORS.framework;
  return [...f.common, ...(kind !== 'sink' ? f.sourceSettings : []), ...(kind !== 'source' ? f.sinkSettings : [])];
}

/** The facts of one setting of a connector class (its own or the framework's); undefined when unknown. */
export function connectorSetting(cls: string | undefined, name: string): (ConnectorSetting & { caseInsensitive: boolean }) | undefined {
  const c = cls ? findConnector(cls) : undefined;
  const own = c?.settings.find((s) => s.name === name);
  const s = own ?? frameworkSettings(c?.kind).find((x) => x.name === name);
  return s && { ...s, caseInsensitive: !!c?.caseInsensitiveValues || !own };
}

/** Default of a connector setting as documented, or null (no default, or unknown setting). */
export function connectorDefault(cls: string, name: string): string | null {
  return connectorSetting(cls, name)?.default ?? null;
}

export type ConnectorProblem = { setting: string; problem: 'unknown'; suggestion?: string } | { setting: string; problem: 'invalid'; expected: string };

const NUMERIC = new Set(['int', 'long', 'short']);

/** Why `value` is not valid for the setting, or undefined when it is (or cannot be judged). */
function invalid(s: ConnectorSetting & { caseInsensitive: boolean }, value: string): string | undefined {
  const v = value.trim();
  if (NUMERIC.has(s.type)) return /^-?\d+$/.test(v) ? undefined : 'an integer';
  if (s.type === 'double') return v !== '' && Number.isFinite(Number(v)) ? undefined : 'a number';
  if (s.type === 'boolean') return /^(true|false)$/i.test(v) ? undefined : 'true or false';
  if (s.values && v !== '') {
    const norm = (x: string) => (s.caseInsensitive ? x.toLowerCase() : x);
    return s.values.some((a) => norm(a) === norm(v)) ? undefined : `one of ${s.values.join(', ')}`;
  }
  return undefined;
}

/**
 * Checks a connector configuration against the documented settings of its class, the framework's
 * connector-level settings and the transforms it names: unknown names (with the nearest known
 * one) and values of the wrong type or outside the enum. A class the facts do not know is only
 * checked for the framework settings' values. `skipValue` leaves placeholders alone.
 */
export function checkConnectorConfig(config: ReadonlyMap<string, string>, skipValue: (v: string) => boolean = () => false): ConnectorProblem[] {
  const cls = config.get('connector.class');
  const connector = cls ? findConnector(cls) : undefined;
  const f = CONNECTORS.framework;
  const transformOf = (alias: string) => CONNECTORS.transforms.find((t) => t.class === config.get(`transforms.${alias}.type`)?.trim());
  const known = connector ? new Set([...connector.settings, ...frameworkSettings(connector.kind)].map((s) => s.name)) : undefined;
  const problems: ConnectorProblem[] = [];
  for (const [name, value] of config) {
    const t = /^transforms\.([^.]+)\.(.+)$/.exec(name);
    if (t) {
      const transform = transformOf(t[1]!);
      if (!transform || ['type', 'predicate', 'negate'].includes(t[2]!)) continue;
      const s = transform.settings.find((x) => x.name === t[2]);
      if (!s) {
        const near = didYouMean(
          t[2]!,
          transform.settings.map((x) => x.name),
          1,
        );
        problems.push({ setting: name, problem: 'unknown', ...(near.length ? { suggestion: `transforms.${t[1]}.${near[0]}` } : {}) });
      } else if (!skipValue(value)) {
        const why = invalid({ ...s, caseInsensitive: true }, value);
        if (why) problems.push({ setting: name, problem: 'invalid', expected: why });
      }
      continue;
    }
    const s = connectorSetting(cls, name);
    if (s) {
      const why = skipValue(value) ? undefined : invalid(s, value);
      if (why) problems.push({ setting: name, problem: 'invalid', expected: why });
      continue;
    }
    if (!known || [...f.prefixes, ...connector!.prefixes].some((p) => name.startsWith(p))) continue;
    const near = didYouMean(name, known, 1);
    problems.push({ setting: name, problem: 'unknown', ...(near.length ? { suggestion: near[0] } : {}) });
  }
  return problems;
}

/** What a Connect worker sets on its tasks' producers or consumers before any override. */
export function workerClientDefault(client: 'producer' | 'consumer', name: string): string | null {
  return CONNECTORS.framework.workerClients[client][name] ?? null;
}

/** Where the framework facts were read. */
export function frameworkOrigin(): string {
  return originText(CONNECTORS.framework.origin);
}
