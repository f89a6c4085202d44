// The rule engine. A rule is a small data-like module (id, severity, summary, why, fix, refs,
// check); the engine gives it a typed view of one configuration (config-model.ts: the settings
// written down and the effective value of any setting) and what the user intends (delivery
// guarantee, processing time, ...) when known.
import { clientLibrary, type ClientFamily } from '../../knowledge/clients.js';
import { effectiveSettings, type ConfigKind, type ConfigUnderReview, type EffectiveSettings } from './config-model.js';
import type { Finding } from '../../model/design.js';
import type { Delivery, Environment, Ordering, Platform, SourceKind } from '../../model/requirements.js';
import { pollLoopFacts } from '../../knowledge/poll-loop.js';
import { findingOf, type AssumedValue, type Provenance, type RuleModule } from '../rules.js';

/** What the user wants from this configuration, when they said it. */
export interface Intent {
  delivery?: Delivery;
  ordering?: Ordering;
  /** How the flow's records reach Kafka (a CDC or outbox connector, an application). */
  sourceKind?: SourceKind;
  /** The flow is latest-state per key (compacted). */
  state?: boolean;
  environment?: Environment;
  processingP99Ms?: number;
  messageBytes?: number;
  /** Brokers in the cluster the config runs against. */
  brokers?: number;
  /** Where the cluster runs (Amazon MSK, Confluent Cloud, ...), when stated: platforms accept less than Apache Kafka does. */
  platform?: Platform;
  /** The platform's broker size (Amazon MSK's kafka.m7g.large, express.m7g.large, ...). */
  brokerType?: string;
  /** Topic replication factor, when reviewing a topic. */
  replicationFactor?: number;
  /** The producer writes inside transactions upstream of this consumer. */
  upstreamTransactional?: boolean;
  /** Each record builds on the earlier ones of its key (state: true, or a database sink). */
  buildsState?: boolean;
  /** The producer writes results of records it consumed from Kafka (consume-process-produce); unknown when unset. */
  consumesFromKafka?: boolean;
  /** What the handler does outside Kafka that must not happen twice (a card charge, an email, an HTTP call). */
  externalSideEffect?: string;
  /** Records the consumer takes per poll as configured (max.poll.records, or consume(num_messages=N) where the library has no setting). */
  batchRecords?: number;
  /**
   * Intent fields the caller filled in itself (the design's assumptions): a finding of a rule that
   * read one of them rests on it, so it is at most a warning and asks.
   */
  assumed?: Partial<Record<Exclude<keyof Intent, 'assumed'>, AssumedValue>>;
}

export interface RuleContext extends EffectiveSettings {
  readonly config: ConfigUnderReview;
  readonly kafkaVersion: string;
  readonly library: string;
  readonly family: ClientFamily;
  readonly intent: Intent;
  /** The broker configuration paired with this one, when known (same Strimzi file or critiqued together). */
  readonly cluster?: RuleContext;
  /** Brokers in the cluster: the intent's, else what the file (or its paired cluster) says. */
  readonly brokers?: number;
  /** A topic's replication factor: stated, else the paired cluster's default.replication.factor. */
  readonly replicationFactor?: number;
}

/** What a config rule's hit adds: the setting it is about, for locating it. */
export interface ConfigHitExtra {
  setting?: string;
}

/** A config rule: the kernel's shape, plus the kinds of configuration it reads. */
export type Rule<M extends string = string> = RuleModule<RuleContext, ConfigHitExtra, { readonly kinds: readonly ConfigKind[] }, M>;

/** Declares a config rule; the message ids its hits name are checked against its messages. */
export function configRule<M extends string>(rule: Rule<M>): Rule {
  return rule;
}

/** What a config rule is, as both doors show it (its messages left out), in this field order. */
export function ruleFacts(meta: Rule['meta']) {
  const { id, severity, summary, why, fix, refs, kinds } = meta;
  return { id, severity, summary, why, fix, refs, kinds };
}

export function createContext(config: ConfigUnderReview, kafkaVersion: string, intent: Intent = {}): RuleContext {
  const library = config.library ?? 'kafka-clients';
  const family = clientLibrary(library)?.family ?? 'java';
  const cluster = config.cluster ? createContext(config.cluster, kafkaVersion, intent) : undefined;
  const settings = effectiveSettings(config, kafkaVersion, cluster);
  const brokers = intent.brokers ?? config.brokers ?? config.cluster?.brokers;
  const clusterRf = cluster ? Number(cluster.value('default.replication.factor')) : NaN;
  const replicationFactor = intent.replicationFactor ?? config.replicationFactor ?? (Number.isFinite(clusterRf) && config.kind === 'topic' ? clusterRf : undefined);
  return {
    config,
    kafkaVersion,
    library,
    family,
    intent,
    ...(cluster ? { cluster } : {}),
    ...(brokers !== undefined ? { brokers } : {}),
    ...(replicationFactor !== undefined ? { replicationFactor } : {}),
    ...settings,
  };
}

/**
 * The intent facts config rules may rest on without the user stating them, each with the value a
 * rule then reads and the question that settles it: a hit naming one of these (`dependsOn`) is at
 * most a warning unless the intent states it.
 */
export const INTENT_FACTS = {
  /** Rules read an unstated delivery as at-least-once, Kafka's usual guarantee. */
  delivery: (ctx: RuleContext) =>
    ctx.intent.delivery !== undefined
      ? undefined
      : {
          field: 'delivery',
          value: 'at-least-once',
          why: 'not stated; what consumers that commit after processing give',
          question: 'Which delivery does the flow need: at-most-once (loss is acceptable), at-least-once (duplicates are handled) or exactly-once (delivery)?',
        },
  /** Where the library has no per-poll record setting, the batch is the application's call argument, not in the file. */
  batchRecords: (ctx: RuleContext) => {
    const batch = pollLoopFacts(ctx.family, ctx.library, ctx.kafkaVersion).batch;
    if (ctx.intent.batchRecords !== undefined || batch.setting !== null || batch.default === null) return undefined;
    return {
      field: 'batch_records',
      value: batch.default,
      why: `not in the file: ${batch.dialect} sets it in the application; ${batch.source}`,
      question: `How many records does the application take per call (${batch.dialect})?`,
    };
  },
} as const satisfies Record<string, (ctx: RuleContext) => ReturnType<Provenance>>;
export type IntentFact = keyof typeof INTENT_FACTS;

function intentProvenance(ctx: RuleContext): Provenance {
  const given = ctx.intent.assumed ?? {};
  return (field) => (field in INTENT_FACTS ? INTENT_FACTS[field as IntentFact](ctx) : undefined) ?? given[field as keyof typeof given];
}

/**
 * The context a rule sees, recording which intent fields it reads: where the caller assumed some
 * intent, every hit of that rule rests on what it read (no rule has to declare it).
 */
function tracked(ctx: RuleContext): { ctx: RuleContext; read: Set<string> } {
  const read = new Set<string>();
  if (!ctx.intent.assumed) return { ctx, read };
  const intent = new Proxy(ctx.intent, {
    get: (target, key) => {
      if (typeof key === 'string') read.add(key);
      return target[key as keyof Intent];
    },
  });
  return { ctx: { ...ctx, intent }, read };
}

/** Runs every rule that reads this kind of configuration and returns its findings. */
export function runRules(rules: readonly Rule[], ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const provenance = intentProvenance(ctx);
  for (const rule of rules) {
    if (!rule.meta.kinds.includes(ctx.config.kind)) continue;
    const seen = tracked(ctx);
    for (const found of rule.check(seen.ctx)) {
      const hit = seen.read.size ? { ...found, dependsOn: [...(found.dependsOn ?? []), ...seen.read] } : found;
      const line = (hit.setting ? ctx.line(hit.setting) : undefined) ?? ctx.config.line;
      // findingOf's object is this finding's own: where it is, added in place (a file of 100,000
      // unknown keys makes 100,000 findings, and each copy was garbage).
      const finding: Finding = findingOf(rule.meta, hit, provenance);
      if (hit.setting) finding.setting = hit.setting;
      if (ctx.config.file) finding.file = ctx.config.file;
      if (line !== undefined) finding.line = line;
      findings.push(finding);
    }
  }
  return findings;
}
