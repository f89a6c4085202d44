// What an Amazon MSK configuration (the server.properties MSK applies to its brokers) may hold.
// MSK accepts a fixed list of Apache Kafka broker properties and rejects every other key; Express
// brokers accept a shorter list and fix replication. Lists read from AWS's pages on 2026-12-04
// (the links below); AWS adds properties over time, so a key missing here is checked against the page
// named in the finding. The lists are data/msk-configuration.json.

import lists from './data/msk-configuration.json' with { type: 'json' };

export const MSK_CONFIGURATION_SOURCES = {
  standard: 'https://docs.aws.amazon.com/msk/latest/developerguide/msk-configuration-properties.html',
  express: 'https://docs.aws.amazon.com/msk/latest/developerguide/msk-configuration-express-read-write.html',
  expressReadOnly: 'https://docs.aws.amazon.com/msk/latest/developerguide/msk-configuration-express-read-only.html',
} as const;

/** The properties a custom MSK configuration may set on Standard brokers ("Custom Amazon MSK configurations"). */
export const MSK_STANDARD_CONFIGURATION: ReadonlySet<string> = new Set(lists.standard);

/** The static properties a custom MSK configuration may set on Express brokers. */
export const MSK_EXPRESS_CONFIGURATION: ReadonlySet<string> = new Set(lists.express);

/** Express brokers: the broker properties MSK lets clients change with AlterConfigs (kafka-configs) instead. */
export const MSK_EXPRESS_DYNAMIC: ReadonlySet<string> = new Set(lists.expressDynamic);

/**
 * Standard brokers: dynamic Kafka settings MSK still keeps to itself. AWS's page says listeners
 * cannot be set (advertised.listeners can); MSK also sets up each listener's TLS, SASL and IAM
 * security from the cluster's authentication options, so those per-listener settings are its own too.
 */
export const MSK_STANDARD_MANAGED_PREFIXES: readonly string[] = ['listeners', 'listener.name.', 'ssl.', 'sasl.'];

/** Express brokers fix these: replication is always 3 with min.insync.replicas 2, and MSK rejects changes. */
export const MSK_EXPRESS_FIXED_SETTINGS: Readonly<Record<string, string>> = {
  'default.replication.factor': '3',
  'min.insync.replicas': '2',
  'unclean.leader.election.enable': 'managed by MSK',
};

/** Where MSK accepts a narrower range than Apache Kafka does (inclusive bounds). */
export const MSK_RANGES: Readonly<Record<string, { min: number; max: number }>> = {
  'replica.lag.time.max.ms': { min: 10_000, max: 30_000 },
  'zookeeper.connection.timeout.ms': { min: 6_000, max: 18_000 },
  'zookeeper.session.timeout.ms': { min: 6_000, max: 18_000 },
};

export type MskBrokerFamily = 'standard' | 'express';

/** The broker family a broker size names (express.* is Express; everything else is Standard). */
export function mskBrokerFamily(brokerType: string | undefined): MskBrokerFamily {
  return brokerType?.startsWith('express.') ? 'express' : 'standard';
}
