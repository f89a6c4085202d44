// The embedded Kafka settings reference: facts per setting, scope and documented version.
// Built from ../shared/kafka-configs by scripts/build-catalog.mjs into data/catalog.json.
import catalogJson from './data/catalog.json' with { type: 'json' };

export const SCOPES = ['producer', 'consumer', 'admin', 'topic', 'broker', 'streams', 'connect', 'group'] as const;
export type Scope = (typeof SCOPES)[number];

export const IMPORTANCES = ['high', 'medium', 'low'] as const;
/** How a requested version relates to the documented ones. */
export const VERSION_RELATIONS = ['documented', 'between', 'newer', 'older'] as const;

export interface SettingRun {
  from: string;
  to: string;
  type: string;
  default: string | null;
  defaultHuman?: string;
  validValues: string | null;
  importance: (typeof IMPORTANCES)[number];
  updateMode?: string;
  serverDefaultProperty?: string | null;
}

export interface CatalogSetting {
  scope: Scope;
  name: string;
  runs: SettingRun[];
}

export interface LibrdkafkaProperty {
  name: string;
  scope: 'global' | 'topic';
  appliesTo: 'C' | 'P' | '*';
  range: string | null;
  default: string | null;
  importance: string;
  type: string;
  deprecated: boolean;
  experimental: boolean;
  aliasOf: string | null;
}

export interface KafkajsOption {
  option: string;
  default: unknown;
  javaProperty: string | null;
  required?: boolean;
  mappingNote?: string;
}

/** One franz-go (kgo) option with the default its defaultCfg() gives. */
export interface FranzGoOptionFacts {
  option: string;
  appliesTo: 'C' | 'P' | '*';
  type: string;
  default: string | null;
  /** The Java setting the option plays the part of (null: none). */
  javaProperty: string | null;
  /** The default in the Java setting's value format, where it is spelled differently. */
  javaValue?: string;
  mappingNote?: string;
}

export interface CatalogData {
  versions: string[];
  settings: CatalogSetting[];
  librdkafka: { version: string; properties: LibrdkafkaProperty[] };
  kafkajs: { version: string; sections: Record<string, KafkajsOption[]> };
  franzGo: { version: string; source: string; options: FranzGoOptionFacts[] };
  jvmDependent: string[];
  consumed: string[];
}

// The generator writes this shape (test/knowledge/catalog.test.ts reads it back); the compiler
// reads the file's strings as string, so scopes and types are narrowed here.
const data: CatalogData = catalogJson;
let index: Map<string, CatalogSetting> | undefined;

export function catalogData(): CatalogData {
  return data;
}

function settingIndex(): Map<string, CatalogSetting> {
  index ??= new Map(catalogData().settings.map((s) => [`${s.scope}/${s.name}`, s]));
  return index;
}

/** Orders "3.9" < "3.10" < "4.0". Extra parts (patch) are compared too when present. */
export function compareVersions(a: string, b: string): number {
  const pa = versionParts(a);
  const pb = versionParts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The numbers of a version, split once: rules compare the same few versions for every setting they read. */
const partsOf = new Map<string, readonly number[]>();
function versionParts(v: string): readonly number[] {
  let parts = partsOf.get(v);
  if (!parts) {
    parts = v.split('.').map(Number);
    // Versions come from the catalog and from users: keep the memo small whatever they pass.
    if (partsOf.size < 1024) partsOf.set(v, parts);
  }
  return parts;
}

export function documentedVersions(): readonly string[] {
  return catalogData().versions;
}

export function newestVersion(): string {
  return documentedVersions().at(-1)!;
}

export interface ResolvedVersion {
  requested: string;
  /** The documented version whose tables answer for the requested one. */
  documented: string;
  /** How the requested version relates to the catalog. */
  relation: (typeof VERSION_RELATIONS)[number];
}

/**
 * A version that is not documented is answered by the last documented version at or before it
 * (a default holds until the next documented change). Newer than the catalog: the newest tables;
 * older: the oldest, and the caller says so.
 */
export function resolveVersion(requested: string): ResolvedVersion {
  const major = requested.split('.').slice(0, 2).join('.');
  const versions = documentedVersions();
  if (versions.includes(major)) return { requested, documented: major, relation: 'documented' };
  const older = versions.filter((v) => compareVersions(v, major) <= 0);
  if (older.length === 0) return { requested, documented: versions[0]!, relation: 'older' };
  const documented = older.at(-1)!;
  return { requested, documented, relation: documented === versions.at(-1) ? 'newer' : 'between' };
}

export function isVersionString(v: string): boolean {
  return /^\d+\.\d+(\.\d+)?$/.test(v);
}

export interface SettingFacts extends Omit<SettingRun, 'from' | 'to'> {
  scope: Scope;
  name: string;
  /** The documented version whose table supplied these facts. */
  documentedVersion: string;
  docUrl: string;
}

const anchorPrefix: Record<Scope, string> = {
  producer: 'producerconfigs_',
  consumer: 'consumerconfigs_',
  admin: 'adminclientconfigs_',
  topic: 'topicconfigs_',
  broker: 'brokerconfigs_',
  streams: 'streamsconfigs_',
  connect: 'connectconfigs_',
  group: 'groupconfigs_',
};

/**
 * The one builder of links to a setting in Apache Kafka's documentation: the page of the
 * documented version when one is given, the current documentation otherwise.
 */
export function docUrl(scope: Scope, name: string, documentedVersion?: string): string {
  const page = documentedVersion === undefined ? 'documentation/' : `${documentedVersion.replace('.', '')}/documentation.html`;
  return `https://kafka.apache.org/${page}#${anchorPrefix[scope]}${name}`;
}

export function settingHistory(scope: Scope, name: string): CatalogSetting | undefined {
  return settingIndex().get(`${scope}/${name}`);
}

const factsCache = new Map<string, SettingFacts | undefined>();

/** The facts of one setting as documented for `version`, or undefined when it does not exist then. */
export function setting(scope: Scope, name: string, version: string = newestVersion()): SettingFacts | undefined {
  // Rules ask the same questions for every file they read; the answers never change.
  const key = `${scope}/${name}@${version}`;
  if (factsCache.has(key)) return factsCache.get(key);
  const facts = lookupSetting(scope, name, version);
  // Names the catalog does not know are not kept: a file of 100,000 unknown keys would fill the memo.
  if (facts !== undefined || settingHistory(scope, name)) factsCache.set(key, facts);
  return facts;
}

function lookupSetting(scope: Scope, name: string, version: string): SettingFacts | undefined {
  const entry = settingHistory(scope, name);
  if (!entry) return undefined;
  const { documented } = resolveVersion(version);
  const run = entry.runs.find((r) => compareVersions(r.from, documented) <= 0 && compareVersions(documented, r.to) <= 0);
  if (!run) return undefined;
  const { from: _from, to: _to, ...facts } = run;
  return { ...facts, scope, name, documentedVersion: documented, docUrl: docUrl(scope, name, documented) };
}

/** All settings that exist in `version`, optionally of one scope. */
export function settingsAt(version: string = newestVersion(), scope?: Scope): SettingFacts[] {
  const out: SettingFacts[] = [];
  for (const s of catalogData().settings) {
    if (scope && s.scope !== scope) continue;
    const f = setting(s.scope, s.name, version);
    if (f) out.push(f);
  }
  return out;
}

/** Every (scope, name) the catalog knows in any version. */
export function allSettingNames(scope?: Scope): string[] {
  return [
    ...new Set(
      catalogData()
        .settings.filter((s) => !scope || s.scope === scope)
        .map((s) => s.name),
    ),
  ];
}

/**
 * The documented default as a value a client would use: "null" (Java null) and "" become null,
 * the tables' "\"\"" (empty string or list) becomes "".
 */
export function defaultValue(scope: Scope, name: string, version?: string): string | null {
  const f = setting(scope, name, version);
  if (!f || f.default === null || f.default === 'null') return null;
  if (f.default === '""') return '';
  return f.default;
}

/** Like defaultValue, but for settings the design relies on: a missing fact is a bug in the specialist. */
export function requiredDefault(scope: Scope, name: string, version?: string): string {
  const v = defaultValue(scope, name, version);
  if (v === null) throw new Error(`catalog has no default for ${scope} setting ${name} at ${version ?? newestVersion()}`);
  return v;
}

/** Numeric default; throws when absent or not a number (a catalog bug, not a user error). */
export function numericDefault(scope: Scope, name: string, version?: string): number {
  const n = Number(requiredDefault(scope, name, version));
  if (!Number.isFinite(n)) throw new Error(`catalog default of ${scope} setting ${name} is not numeric`);
  return n;
}

/** Parses a validValues cell such as "[all, -1, 0, 1]" or "(case insensitive) [CONSUMER, CLASSIC]" into its list, if it is one. */
export function enumValues(validValues: string | null): { values: string[]; caseInsensitive: boolean } | undefined {
  if (!validValues) return undefined;
  const m = /^(\(case insensitive\)\s*)?\[([^\]]*)\]$/.exec(validValues.trim());
  if (!m || m[2]!.includes('...')) return undefined;
  const values = m[2]!
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  return { values, caseInsensitive: !!m[1] };
}

/** Parses a numeric range cell "[1,...]" or "[0,...,2147483647]" into bounds. */
export function numericRange(validValues: string | null): { min?: number; max?: number } | undefined {
  if (!validValues) return undefined;
  const m = /^\[\s*(-?[\d.]+)\s*,\s*\.\.\.\s*(?:,\s*(-?[\d.]+)\s*)?\]$/.exec(validValues.trim());
  if (!m) return undefined;
  return { min: Number(m[1]), ...(m[2] !== undefined ? { max: Number(m[2]) } : {}) };
}

export function librdkafkaProperties(): LibrdkafkaProperty[] {
  return catalogData().librdkafka.properties;
}

export function kafkajsOptions(): Record<string, KafkajsOption[]> {
  return catalogData().kafkajs.sections;
}

export function franzGoFacts(): { version: string; source: string; options: FranzGoOptionFacts[] } {
  return catalogData().franzGo;
}
