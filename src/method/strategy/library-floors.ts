// Feature floors of the client library the design relies on: the KIP-848 consumer protocol,
// idempotence, transactions, zstd. A stated version below a floor is a finding (design rule
// client/feature-floor); an unstated one is an assumption and a question where a floor matters.
import { compareVersions } from '../../knowledge/catalog.js';
import { featureSupport, type ClientFeature, type FeatureSupport } from '../../knowledge/clients.js';
import type { Assumption, Design } from '../../model/design.js';
import type { Facts } from '../deconstruct/normalize.js';

export interface FeatureUse {
  feature: ClientFeature;
  /** What in the design needs it. */
  by: string;
  support: FeatureSupport;
}

/** The library features the design's client configs rely on. */
export function featuresUsed(facts: Facts, design: Pick<Design, 'producers' | 'consumers'>): FeatureUse[] {
  const uses: FeatureUse[] = [];
  const add = (feature: ClientFeature, by: string) => {
    if (!uses.some((u) => u.feature === feature)) uses.push({ feature, by, support: featureSupport(facts.library, clientVersion(facts), feature) });
  };
  for (const p of design.producers) {
    if (p.config['transactional.id']) add('transactions', `producer of ${p.topic} (transactional.id)`);
    if (p.config['enable.idempotence'] === 'true') add('idempotence', `producer of ${p.topic} (enable.idempotence=true)`);
    if (p.config['compression.type'] === 'zstd') add('zstd', `producer of ${p.topic} (compression.type=zstd)`);
  }
  for (const c of design.consumers) {
    if (c.config['group.protocol'] === 'consumer') add('consumer-group-protocol', `consumer group ${c.groupId} (group.protocol=consumer)`);
  }
  // On Kafka 4.0+ the design would use KIP-848 if it knew the library has it.
  const protocol = featureSupport(facts.library, clientVersion(facts), 'consumer-group-protocol');
  if (design.consumers.length > 0 && compareVersions(facts.kafkaVersion, '4.0') >= 0 && protocol.available === 'unknown') {
    add('consumer-group-protocol', 'KIP-848 rebalancing (the classic protocol is designed until the version is known)');
  }
  return uses;
}

/**
 * The client's release: as stated; for the Java client, the cluster's version when unstated
 * (kafka-clients is released with Kafka, and the assumption is stated); otherwise null.
 */
export function clientVersion(facts: Facts): string | null {
  if (facts.libraryVersion !== null) return facts.libraryVersion;
  return facts.library === 'kafka-clients' ? facts.kafkaVersion : null;
}

export function unknownVersionNotes(facts: Facts, uses: FeatureUse[]): { assumptions: Assumption[]; questions: string[] } {
  const unknown = uses.filter((u) => u.support.available === 'unknown');
  if (unknown.length === 0) return { assumptions: [], questions: [] };
  const floors = unknown.map((u) => `${u.feature} needs ${facts.library} ${u.support.floor.since}+ (${u.by})`);
  const highest = unknown
    .map((u) => u.support.floor.since!)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .at(-1)!;
  return {
    assumptions: [{ field: 'client.library_version', value: `>= ${highest}`, why: `not given; the design relies on ${floors.join('; ')}` }],
    questions: [`Which ${facts.library} version do the services run? ${floors.join('; ')}.`],
  };
}
