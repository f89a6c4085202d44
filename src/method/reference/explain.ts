// `explain`: everything the specialist knows about one setting (facts for a Kafka version and a
// client library, our explanation, how its default moved across versions) or about one rule.
import { compareVersions, documentedVersions, newestVersion, resolveVersion, SCOPES, setting, settingHistory, type ResolvedVersion, type Scope, type SettingRun } from '../../knowledge/catalog.js';
import { CLIENT_LIBRARIES, clientDefault, clientLibrary, type ClientFamily } from '../../knowledge/clients.js';
import { kafkajsOptionsFor, librdkafkaNamesFor } from '../../knowledge/aliases.js';
import { pollLoopFacts } from '../../knowledge/poll-loop.js';
import { scopeDocumentedAt } from '../../knowledge/doc-artifacts.js';
import { explanationFor, type Explanation } from '../../knowledge/explanations/index.js';
import { didYouMean, UserError } from '../../model/errors.js';
import type { Rule } from '../critique/engine.js';
import { ALL_RULES } from '../critique/rules/index.js';
import { resolveSettingName, unknownSettingError, type ResolvedName } from './names.js';
import { versionArgument } from './version-arg.js';

export interface ExplainOptions {
  kafkaVersion?: string;
  /** A library id from clients.ts (confluent-kafka, kafkajs, ...) or a family (java, librdkafka, kafkajs). */
  client?: string;
  scope?: Scope;
  /** The rules `area/name` queries are answered from (ALL_RULES unless a test passes its own). */
  rules?: readonly Rule[];
}

export interface ClientView {
  library: string;
  family: ClientFamily;
  /** False when the catalog does not hold this library's defaults; `default` is then the Java client's. */
  factsHeld: boolean;
  /** The name the library uses, or null when it has no such setting. */
  name: string | null;
  default: string | null;
  source: string;
  /** How this library's poll loop treats the setting (the batch or the liveness deadline), when it bears on it. */
  pollLoop?: string;
}

export interface Interaction {
  name: string;
  scope: Scope;
  /** False when the related setting does not exist in this version (default is then null). */
  inVersion: boolean;
  default: string | null;
}

export interface OtherClient {
  names: string[];
  default: string | null;
  /** Why the library's classic consumer has no such setting, when it has none. */
  note?: string;
}

export interface DefaultSpan {
  from: string;
  to: string;
  /** The default as the tables show it (null: must be set; "null": Java null). */
  default: string | null;
}

export interface SettingExplanation {
  scope: Scope;
  name: string;
  kafkaVersion: ResolvedVersion;
  /** False when the setting is not in the tables for the requested version; facts then come from `factsFrom`. */
  existsInVersion: boolean;
  /** True when the whole table of this scope is missing for the requested version (a gap in the facts, not a removal). */
  tableMissing?: boolean;
  factsFrom: string;
  type: string;
  default: string | null;
  defaultHuman?: string;
  validValues: string | null;
  importance: SettingRun['importance'];
  updateMode?: string;
  serverDefaultProperty?: string | null;
  /** The requested client's name and default (client scopes only). */
  client?: ClientView;
  /** This setting in librdkafka and kafkajs: their names (empty when they have none) and defaults (client scopes only). */
  otherClients?: { librdkafka: OtherClient; kafkajs: OtherClient };
  explanation?: Explanation;
  /** The settings it interacts with, each with its default at the same version (same scope when it has one). */
  interactions?: Interaction[];
  /** Default over the documented versions, one span per distinct value; gaps are versions without the setting. */
  defaultHistory: DefaultSpan[];
  docUrl: string;
}

export interface RuleExplanation {
  id: string;
  severity: string;
  summary: string;
  why: string;
  fix: string;
  refs: string[];
  kinds: readonly string[];
}

export type ExplainResult = { kind: 'settings'; query: string; resolved: ResolvedName; settings: SettingExplanation[] } | { kind: 'rule'; query: string; rule: RuleExplanation };

const CLIENT_SCOPES: ReadonlySet<Scope> = new Set(['producer', 'consumer', 'admin']);
const FAMILY_LIBRARY: Partial<Record<string, string>> = { java: 'kafka-clients' };

/** A library id or family name as given on the command line, as a library id. */
export function resolveClient(client: string): string {
  const id = FAMILY_LIBRARY[client] ?? client;
  if (clientLibrary(id)) return id;
  const names = [...CLIENT_LIBRARIES.map((l) => l.id), ...Object.keys(FAMILY_LIBRARY)];
  const nearest = didYouMean(client, names);
  throw new UserError({
    message: `unknown client library ${client}`,
    field: '--client',
    expected: names.join(', '),
    found: client,
    suggestion: nearest.length ? `did you mean ${nearest.join(', ')}?` : undefined,
  });
}

function defaultHistory(runs: readonly SettingRun[]): DefaultSpan[] {
  const spans: DefaultSpan[] = [];
  for (const r of runs) {
    const last = spans.at(-1);
    if (last && last.default === r.default && adjacent(last.to, r.from)) last.to = r.to;
    else spans.push({ from: r.from, to: r.to, default: r.default });
  }
  return spans;
}

/** True when `from` is the documented version right after `to` (no gap where the setting was absent). */
function adjacent(to: string, from: string): boolean {
  const versions = documentedVersions();
  return versions.indexOf(from) === versions.indexOf(to) + 1;
}

/** The documented version whose facts answer: `documented` itself, else the nearest one that has the setting. */
function factsVersionFor(runs: readonly SettingRun[], documented: string): { version: string; exists: boolean } {
  const covering = runs.find((r) => compareVersions(r.from, documented) <= 0 && compareVersions(documented, r.to) <= 0);
  if (covering) return { version: documented, exists: true };
  const before = runs.filter((r) => compareVersions(r.to, documented) < 0).at(-1);
  return { version: before ? before.to : runs[0]!.from, exists: false };
}

/** A related setting's default at `version`, from `scope` when it has the setting, else from its first scope. */
function interaction(name: string, scope: Scope, version: string): Interaction {
  const home = setting(scope, name, version) ? scope : (SCOPES.find((s) => setting(s, name, version)) ?? SCOPES.find((s) => settingHistory(s, name))!);
  const facts = setting(home, name, version);
  return { name, scope: home, inVersion: !!facts, default: facts?.default ?? null };
}

export function explainSetting(scope: Scope, name: string, kafkaVersion: string, library?: string): SettingExplanation | undefined {
  const history = settingHistory(scope, name);
  if (!history) return undefined;
  const version = resolveVersion(kafkaVersion);
  const { version: factsFrom, exists } = factsVersionFor(history.runs, version.documented);
  const facts = setting(scope, name, factsFrom)!;
  const isClientScope = CLIENT_SCOPES.has(scope);
  const explanation = explanationFor(scope, name);
  const out: SettingExplanation = {
    scope,
    name,
    kafkaVersion: version,
    existsInVersion: exists,
    factsFrom,
    ...(!exists && !scopeDocumentedAt(scope, version.documented) ? { tableMissing: true } : {}),
    type: facts.type,
    default: facts.default,
    ...(facts.defaultHuman ? { defaultHuman: facts.defaultHuman } : {}),
    validValues: facts.validValues,
    importance: facts.importance,
    ...(facts.updateMode ? { updateMode: facts.updateMode } : {}),
    ...(facts.serverDefaultProperty !== undefined ? { serverDefaultProperty: facts.serverDefaultProperty } : {}),
    ...(explanation ? { explanation, interactions: explanation.interactsWith.map((n) => interaction(n, scope, factsFrom)) } : {}),
    defaultHistory: defaultHistory(history.runs),
    docUrl: facts.docUrl,
  };
  if (isClientScope) {
    const clientScope = scope as 'producer' | 'consumer' | 'admin';
    const other = (names: string[], library: string): OtherClient => {
      const d = clientDefault(clientScope, name, factsFrom, library);
      // A name the library lists for another kind of consumer (librdkafka's share consumer) is not this setting.
      return d.clientName === null && d.value === null ? { names: [], default: null, ...(names.length || d.source ? { note: d.source } : {}) } : { names, default: names.length ? d.value : null };
    };
    out.otherClients = { librdkafka: other(librdkafkaNamesFor(name), 'librdkafka'), kafkajs: other(kafkajsOptionsFor(name), 'kafkajs') };
    if (library) {
      const d = clientDefault(clientScope, name, factsFrom, library);
      const lib = clientLibrary(library)!;
      const factsHeld = lib.family === 'java' || lib.factsVersion !== undefined;
      const story = clientScope === 'consumer' ? pollLoopStory(name, lib.family, library, factsFrom) : undefined;
      out.client = { library, family: lib.family, factsHeld, name: d.clientName, default: d.value, source: d.source, ...(story ? { pollLoop: story } : {}) };
    }
  }
  return out;
}

/** The poll-loop fact for a setting that bounds the batch or the liveness deadline in some library. */
function pollLoopStory(name: string, family: ClientFamily, library: string, version: string): string | undefined {
  const facts = pollLoopFacts(family, library, version);
  if (name === 'max.poll.records') return `batch: ${facts.batch.story}`;
  if (name === 'max.poll.interval.ms' || name === 'session.timeout.ms') return `liveness: ${facts.liveness.story}`;
  return undefined;
}

function explainRule(query: string, rules: readonly Rule[]): ExplainResult {
  const rule = rules.find((r) => r.meta.id === query)?.meta;
  if (!rule) {
    const nearest = didYouMean(
      query,
      rules.map((r) => r.meta.id),
    );
    throw new UserError({
      message: `unknown rule ${query}`,
      found: query,
      suggestion: nearest.length ? `did you mean ${nearest.join(', ')}?` : rules.length ? 'kafka-specialist critique lists the rules it applies' : 'no rules are registered in this build',
    });
  }
  const { id, severity, summary, why, fix, refs, kinds } = rule;
  return { kind: 'rule', query, rule: { id, severity, summary, why, fix, refs: [...refs], kinds } };
}

/**
 * Explains a setting (in every scope that has it, or in `scope`) or, for an `area/name` query, a
 * rule. Names in librdkafka's, kafkajs's or franz-go's spelling resolve to the Java name and
 * select that library as the client when none was given.
 */
export function explain(query: string, options: ExplainOptions = {}): ExplainResult {
  const q = query.trim();
  if (q.includes('/')) return explainRule(q, options.rules ?? ALL_RULES);
  const version = versionArgument('--kafka-version', options.kafkaVersion ?? newestVersion()).requested;
  const resolved = resolveSettingName(q);
  if (!resolved) throw unknownSettingError(q, options.scope);
  // A name written in a client library's spelling selects that library when none was given.
  const library = options.client ? resolveClient(options.client) : resolved.via && resolved.via.as !== 'spelling' ? resolved.via.as : undefined;
  let scopes = SCOPES.filter((s) => settingHistory(s, resolved.name));
  if (options.scope) {
    if (!scopes.includes(options.scope)) {
      throw new UserError({
        message: `${resolved.name} is not a ${options.scope} setting`,
        field: '--scope',
        expected: scopes.join(', '),
        found: options.scope,
        suggestion: `drop --scope, or use one of: ${scopes.join(', ')}`,
      });
    }
    scopes = [options.scope];
  } else if (library && scopes.some((s) => CLIENT_SCOPES.has(s))) {
    scopes = scopes.filter((s) => CLIENT_SCOPES.has(s));
  }
  const settings = scopes.map((s) => explainSetting(s, resolved.name, version, library)!);
  return { kind: 'settings', query: q, resolved, settings };
}
