// Facts about Avro the schema tools rely on: the logical types of the 1.12 specification and the
// types each may annotate, and the documentation pages findings link to.

const AVRO_SPEC = 'https://avro.apache.org/docs/1.12.0/specification/';
export const AVRO_DOCS = {
  spec: AVRO_SPEC,
  names: `${AVRO_SPEC}#names`,
  unions: `${AVRO_SPEC}#unions`,
  enums: `${AVRO_SPEC}#enums`,
  records: `${AVRO_SPEC}#schema-record`,
  logicalTypes: `${AVRO_SPEC}#logical-types`,
  decimal: `${AVRO_SPEC}#decimal`,
  resolution: `${AVRO_SPEC}#schema-resolution`,
  aliases: `${AVRO_SPEC}#aliases`,
  idl: 'https://avro.apache.org/docs/1.12.0/idl-language/',
  confluentEvolution: 'https://docs.confluent.io/platform/current/schema-registry/fundamentals/schema-evolution.html',
  confluentApi: 'https://docs.confluent.io/platform/current/schema-registry/develop/api.html',
} as const;

export interface LogicalTypeFact {
  /** The primitive or complex types it may annotate. */
  on: ReadonlyArray<'int' | 'long' | 'bytes' | 'string' | 'fixed'>;
  /** Required size when it annotates a fixed. */
  fixedSize?: number;
  meaning: string;
}

export const LOGICAL_TYPES: Readonly<Record<string, LogicalTypeFact>> = {
  decimal: { on: ['bytes', 'fixed'], meaning: 'an arbitrary-precision decimal number (needs precision, and scale <= precision)' },
  'big-decimal': { on: ['bytes'], meaning: 'a decimal number whose scale is stored with each value' },
  uuid: { on: ['string', 'fixed'], fixedSize: 16, meaning: 'a UUID' },
  date: { on: ['int'], meaning: 'days since 1970-01-01' },
  'time-millis': { on: ['int'], meaning: 'milliseconds after midnight' },
  'time-micros': { on: ['long'], meaning: 'microseconds after midnight' },
  'timestamp-millis': { on: ['long'], meaning: 'milliseconds since the Unix epoch, UTC' },
  'timestamp-micros': { on: ['long'], meaning: 'microseconds since the Unix epoch, UTC' },
  'timestamp-nanos': { on: ['long'], meaning: 'nanoseconds since the Unix epoch, UTC' },
  'local-timestamp-millis': { on: ['long'], meaning: 'milliseconds since the epoch in an unspecified local time zone' },
  'local-timestamp-micros': { on: ['long'], meaning: 'microseconds since the epoch in an unspecified local time zone' },
  'local-timestamp-nanos': { on: ['long'], meaning: 'nanoseconds since the epoch in an unspecified local time zone' },
  duration: { on: ['fixed'], fixedSize: 12, meaning: 'months, days and milliseconds, three unsigned 32-bit integers' },
};
