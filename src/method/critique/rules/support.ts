// Helpers many rules share: severity by environment, value spellings across clients, doc links
// and number formatting for messages that show their arithmetic.
import { compareVersions, docUrl, isVersionString, type Scope } from '../../../knowledge/catalog.js';
import { sameSettingValue } from '../../../knowledge/clients.js';
import type { Severity } from '../../../model/design.js';
import type { ConfigKind } from '../config-model.js';
import type { RuleContext } from '../engine.js';
import { fmtConfigBytes } from '../../../model/units.js';

/** Link to a setting in the current Apache Kafka documentation (rules hold across versions). */
export function docRef(scope: Scope, name: string): string {
  return docUrl(scope, name);
}

// The sets of configuration kinds several rules read, named once (a rule's `kinds` is in its
// explanation and the rules table, in this order).
/** A Kafka server's own file: a KRaft broker or a controller-only node. */
export const SERVER_KINDS: readonly ConfigKind[] = ['broker', 'controller'];
/** Where a topic setting is written: the broker-wide default, or the topic itself. */
export const TOPIC_LEVEL_KINDS: readonly ConfigKind[] = ['broker', 'topic'];
/** Members of a classic consumer group: consumers and Connect workers. */
export const GROUP_MEMBER_KINDS: readonly ConfigKind[] = ['consumer', 'connect'];
/** A client's file: producer, consumer, admin, or one shared by several clients. */
export const CLIENT_KINDS: readonly ConfigKind[] = ['producer', 'consumer', 'admin', 'client'];
/** Files whose settings open connections to brokers: clients, Streams, Connect, and a broker to its peers. */
export const BROKER_CONNECTION_KINDS: readonly ConfigKind[] = [...CLIENT_KINDS, 'streams', 'connect', 'broker'];
/** Files whose keys are Kafka settings as the catalog's tables name them (a MirrorMaker 2 file prefixes its keys with cluster aliases). */
export const SETTING_TABLE_KINDS: readonly ConfigKind[] = [...CLIENT_KINDS, 'streams', 'connect', 'broker', 'controller', 'topic'];
/** Every file of Kafka settings (a connector's configuration holds the connector's own). */
export const KAFKA_FILE_KINDS: readonly ConfigKind[] = [...CLIENT_KINDS, 'streams', 'connect', 'mirrormaker', 'broker', 'controller', 'topic'];

export const LIBRDKAFKA_CONFIGURATION = 'https://github.com/confluentinc/librdkafka/blob/master/CONFIGURATION.md';
export const KAFKAJS_PRODUCING = 'https://kafka.js.org/docs/producing';
export const KAFKAJS_CONSUMING = 'https://kafka.js.org/docs/consuming';

/**
 * Severity by environment: what would bite in production is an error there, a warning when the
 * environment is unknown (shipped examples are often development files) and info in development.
 */
export function byEnvironment(ctx: RuleContext, production: Severity = 'error', unknown: Severity = 'warning', development: Severity = 'info'): Severity {
  const env = ctx.intent.environment;
  return env === 'production' || env === 'staging' ? production : env === 'development' ? development : unknown;
}

/** Loss is not acceptable: the user asked for at-least-once or exactly-once. */
export function lossUnacceptable(ctx: RuleContext): boolean {
  return ctx.intent.delivery === 'at-least-once' || ctx.intent.delivery === 'exactly-once';
}

export function acksAll(ctx: RuleContext): boolean {
  return sameSettingValue('acks', ctx.value('acks'), 'all');
}

/** Where the value comes from, for messages: "(set)" or "(default)". */
export function origin(ctx: RuleContext, name: string): string {
  return ctx.explicit(name) ? '' : ' (default)';
}

/** The name as the user wrote it (a librdkafka alias or kafkajs option), for messages. */
export function written(ctx: RuleContext, name: string): string {
  const e = ctx.explicit(name);
  return e && e.key !== name ? `${e.key} (${name})` : name;
}

/**
 * Whether the producer is idempotent: as written, else its client's default. Java clients before
 * 3.0 default to false, which the catalog (from 3.0 on) cannot say by itself.
 */
export function idempotent(ctx: RuleContext): boolean | undefined {
  if (ctx.explicit('enable.idempotence')) return ctx.bool('enable.idempotence');
  if (ctx.family === 'java' && isVersionString(ctx.kafkaVersion) && compareVersions(ctx.kafkaVersion, '3.0') < 0) return false;
  return ctx.bool('enable.idempotence');
}

/** The consumer runs the KIP-848 consumer group protocol, where the broker owns session and assignment. */
export function consumerGroupProtocol(ctx: RuleContext): boolean {
  return (ctx.value('group.protocol') ?? '').trim().toLowerCase() === 'consumer';
}

/**
 * The flow's records (intent.messageBytes) against a size limit: one hit naming the record size
 * ({{record}}), the limit ({{max}}) and whether the limit is a default ({{origin}}).
 */
export function recordsAbove<M extends string>(ctx: RuleContext, setting: string, messageId: M) {
  const record = ctx.intent.messageBytes;
  const max = ctx.number(setting);
  if (record === undefined || !(record > max)) return [];
  return [{ messageId, data: { record: fmtConfigBytes(record), max: fmtConfigBytes(max), origin: origin(ctx, setting) }, setting }];
}

/**
 * An internal topic's replication factor against the min ISR its acks=all writes need: below it
 * every write fails (`never`); equal to it, one broker down stops them (`oneBrokerDown`, a
 * warning). The hit points at `blame` when the user set it, else at the other setting.
 */
export function internalTopicIsr<N extends string, O extends string>(
  ctx: RuleContext,
  settings: { replicationFactor: string; minIsr: string; blame: 'replicationFactor' | 'minIsr' },
  messages: { never: N; oneBrokerDown: O },
) {
  const rf = ctx.number(settings.replicationFactor);
  const minIsr = ctx.number(settings.minIsr);
  const [blamed, other] = settings.blame === 'minIsr' ? [settings.minIsr, settings.replicationFactor] : [settings.replicationFactor, settings.minIsr];
  const setting = ctx.explicit(blamed) ? blamed : other;
  if (rf < minIsr) return [{ messageId: messages.never, data: { rf, minIsr }, setting }];
  if (rf === minIsr && rf > 1) return [{ messageId: messages.oneBrokerDown, data: { rf, minIsr }, setting, severity: 'warning' as const }];
  return [];
}
