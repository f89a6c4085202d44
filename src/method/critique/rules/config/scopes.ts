// The catalog scopes whose settings a configuration of each kind may hold.
import type { Scope } from '../../../../knowledge/catalog.js';
import type { ConfigKind } from '../../config-model.js';

export const KIND_SCOPES: Record<ConfigKind, readonly Scope[]> = {
  producer: ['producer'],
  consumer: ['consumer'],
  admin: ['admin'],
  client: ['producer', 'consumer', 'admin'],
  streams: ['streams', 'producer', 'consumer', 'admin', 'topic'],
  connect: ['connect', 'producer', 'consumer', 'admin'],
  mirrormaker: ['connect', 'producer', 'consumer', 'admin', 'topic'],
  broker: ['broker'],
  controller: ['broker'],
  topic: ['topic'],
  // A connector's settings are the connector's own (knowledge/connectors.ts), not Kafka's tables.
  connector: [],
};

/**
 * Keys read by pluggable classes rather than by Kafka itself (serializers, Schema Registry
 * clients, per-listener overrides, client prefixes in Connect/Streams files, vendor extensions):
 * Kafka passes them through, so they are neither unknown nor out of place.
 */
const PASS_THROUGH =
  /^(schema\.registry\.|basic\.auth\.|bearer\.auth\.|(key|value)\.subject\.name\.strategy$|specific\.avro\.reader$|auto\.register\.schemas$|use\.latest\.version$|json\.|avro\.|listener\.name\.|producer\.|consumer\.|admin\.|main\.consumer\.|restore\.consumer\.|global\.consumer\.|topic\.|confluent\.|config\.providers\.|interceptor\.|client\.config\.|(key|value|header)\.converter\.)/;

/** Real settings the reference tables leave out: authorizer, standalone Connect worker. */
const DOCUMENTED_ELSEWHERE = new Set(['super.users', 'allow.everyone.if.no.acl.found', 'offset.storage.file.filename']);

export function isPassThrough(name: string): boolean {
  return PASS_THROUGH.test(name) || DOCUMENTED_ELSEWHERE.has(name);
}
