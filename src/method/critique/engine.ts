// The rule engine. A rule is a small data-like module (id, severity, summary, why, fix, refs,
// check); the engine gives it a typed view of one configuration: the settings written down, the
// effective value of any setting (written, or the default for the Kafka version and client
// library), and what the user intends (delivery guarantee, processing time, ...) when known.
import { defaultValue, type Scope } from '../../knowledge/catalog.js';
import { clientDefault, clientLibrary, type ClientFamily } from '../../knowledge/clients.js';
import type { Finding, Severity } from '../../model/design.js';
import type { Delivery, Environment, Ordering } from '../../model/requirements.js';

/** What a configuration configures. Client kinds take client defaults; the rest take broker/topic defaults. */
export type ConfigKind = 'producer' | 'consumer' | 'admin' | 'streams' | 'connect' | 'broker' | 'topic';

export interface ConfigEntry {
  /** Canonical (Java) name, after alias resolution. */
  name: string;
  /** The key as written in the file (a librdkafka alias or kafkajs option may differ from name). */
  key: string;
  value: string;
  line?: number;
}

export interface ConfigUnderReview {
  kind: ConfigKind;
  entries: ConfigEntry[];
  file?: string;
  /** Client library id (kafka-clients, confluent-kafka, kafkajs, ...); Java when unknown. */
  library?: string;
  /** A label for messages, e.g. the topic or resource name. */
  label?: string;
}

/** What the user wants from this configuration, when they said it. */
export interface Intent {
  delivery?: Delivery;
  ordering?: Ordering;
  environment?: Environment;
  processingP99Ms?: number;
  messageBytes?: number;
  /** Brokers in the cluster the config runs against. */
  brokers?: number;
  /** Topic replication factor, when reviewing a topic. */
  replicationFactor?: number;
  /** The producer writes inside transactions upstream of this consumer. */
  upstreamTransactional?: boolean;
}

export interface RuleContext {
  readonly config: ConfigUnderReview;
  readonly kafkaVersion: string;
  readonly library: string;
  readonly family: ClientFamily;
  readonly intent: Intent;
  /** The entry as written, if it was. */
  explicit(name: string): ConfigEntry | undefined;
  /** The effective value: written, else the default for this kind, Kafka version and client. */
  value(name: string): string | null;
  /** Effective value as a number (NaN when absent or not numeric). */
  number(name: string): number;
  /** Effective value as a boolean (undefined when absent). */
  bool(name: string): boolean | undefined;
  /** The line to point at for `name` (its own line when written). */
  line(name: string): number | undefined;
}

export interface RuleHit {
  message: string;
  /** The setting the finding is about, for locating it. */
  setting?: string;
  /** Overrides the rule's default severity for this hit (e.g. error in production, info in development). */
  severity?: Severity;
  /** Overrides the rule's generic fix with one that names the numbers. */
  fix?: string;
}

export interface Rule {
  id: string;
  severity: Severity;
  summary: string;
  why: string;
  fix: string;
  refs: string[];
  /** The kinds of configuration the rule reads. */
  kinds: readonly ConfigKind[];
  check(ctx: RuleContext): RuleHit[];
}

const CLIENT_SCOPES: Partial<Record<ConfigKind, 'producer' | 'consumer' | 'admin'>> = { producer: 'producer', consumer: 'consumer', admin: 'admin' };

export function createContext(config: ConfigUnderReview, kafkaVersion: string, intent: Intent = {}): RuleContext {
  const library = config.library ?? 'kafka-clients';
  const family = clientLibrary(library)?.family ?? 'java';
  const byName = new Map<string, ConfigEntry>();
  for (const e of config.entries) byName.set(e.name, e); // the last occurrence wins, as in a .properties file
  const clientScope = CLIENT_SCOPES[config.kind];
  const value = (name: string): string | null => {
    const e = byName.get(name);
    if (e) return e.value;
    if (clientScope) return clientDefault(clientScope, name, kafkaVersion, library).value;
    return defaultValue(config.kind as Scope, name, kafkaVersion);
  };
  return {
    config, kafkaVersion, library, family, intent,
    explicit: (name) => byName.get(name),
    value,
    number: (name) => {
      const v = value(name);
      return v === null || v.trim() === '' ? NaN : Number(v);
    },
    bool: (name) => {
      const v = value(name);
      return v === null ? undefined : v.trim().toLowerCase() === 'true';
    },
    line: (name) => byName.get(name)?.line,
  };
}

/** Runs every rule that reads this kind of configuration and returns its findings. */
export function runRules(rules: readonly Rule[], ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (!rule.kinds.includes(ctx.config.kind)) continue;
    for (const hit of rule.check(ctx)) {
      const line = hit.setting ? ctx.line(hit.setting) : undefined;
      findings.push({
        rule: rule.id,
        severity: hit.severity ?? rule.severity,
        message: hit.message,
        fix: hit.fix ?? rule.fix,
        refs: rule.refs,
        ...(hit.setting ? { setting: hit.setting } : {}),
        ...(ctx.config.file ? { file: ctx.config.file } : {}),
        ...(line !== undefined ? { line } : {}),
      });
    }
  }
  return findings;
}
