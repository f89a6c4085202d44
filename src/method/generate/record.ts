// The shape of the records the generated programs exchange: an event id for deduplication, the
// key field the design orders by, a sequence number so order per key can be checked, and a
// timestamp. One definition, rendered by every language (and as an Avro schema when chosen).
import { pascalCase, snakeCase } from './files.js';

export interface RecordField {
  name: string;
  avroType: 'string' | 'long';
  doc: string;
}

export const EVENT_ID_HEADER = 'event_id';

export function recordFields(key: string | null): RecordField[] {
  return [
    { name: 'event_id', avroType: 'string', doc: 'unique per event; consumers deduplicate by it' },
    ...(key ? [{ name: snakeCase(key), avroType: 'string' as const, doc: `the record key (${key}): events of one ${key} stay in order` }] : []),
    { name: 'seq', avroType: 'long', doc: 'sequence number of the event in its stream, increasing per key' },
    { name: 'created_at', avroType: 'long', doc: 'milliseconds since the epoch when the event was created' },
  ];
}

/** The Avro schema of a flow's records, as a JSON string for the schema registry. */
export function avroSchema(flow: string, key: string | null): string {
  return JSON.stringify({
    type: 'record',
    // Avro names start with a letter or "_"; flow names may start with a digit.
    name: `${pascalCase(flow)}Event`.replace(/^(?=[0-9])/, '_'),
    namespace: 'generated.kafka',
    fields: recordFields(key).map((f) => ({ name: f.name, type: f.avroType, doc: f.doc })),
  });
}
