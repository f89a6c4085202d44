// Values in the Schema Registry wire format (magic byte 0, a 4-byte schema id, the payload)
// decoded with the schema the registry holds for that id: Avro fully, JSON Schema as the JSON it
// is, Protobuf by its wire format only (field numbers and wire types: the .proto is not compiled
// here). A value that cannot be decoded keeps its bytes and says why.
import { decodeAvro } from '../method/decode/avro-binary.js';
import { decodeProtobufWire, splitMessageIndexes } from '../method/decode/protobuf-wire.js';
import { parseSchema, type AvroSchema } from '../method/schema/parse.js';
import type { SchemaById } from './schema-registry.js';

export type SchemaLookup = (id: number) => Promise<SchemaById>;

/** What decoding a framed value gives: the value, or its bytes and the reason it stayed bytes. */
export interface FramedDecoding {
  encoding: 'avro' | 'json' | 'protobuf' | 'base64';
  data: unknown;
  /** Said when the decoding is partial (Protobuf without names) or failed. */
  note?: string;
}

const PROTOBUF_NOTE = 'Protobuf decoded from the wire format alone: field numbers and wire types, varints unsigned, no field names (the .proto is not compiled)';

/** Decodes framed payloads, fetching and parsing each schema id once. */
export function framedDecoder(lookup: SchemaLookup): (schemaId: number, payload: Buffer) => Promise<FramedDecoding> {
  const schemas = new Map<number, Promise<{ found: SchemaById; avro?: AvroSchema }>>();
  const schemaFor = (id: number) => {
    let entry = schemas.get(id);
    if (!entry) {
      entry = lookup(id).then((found) => ({ found, ...(found.schemaType === 'AVRO' && !found.references ? { avro: parseSchema(found.schema, `schema id ${id}`) } : {}) }));
      schemas.set(id, entry);
    }
    return entry;
  };
  return async (schemaId, payload) => {
    try {
      const { found, avro } = await schemaFor(schemaId);
      if (found.references) return kept(payload, `schema id ${schemaId} references ${found.references} other schema(s), which are not resolved here`);
      if (avro) return { encoding: 'avro', data: decodeAvro(avro, payload) };
      if (found.schemaType === 'JSON') return { encoding: 'json', data: JSON.parse(payload.toString('utf8')) as unknown };
      if (found.schemaType === 'PROTOBUF') {
        const { indexes, message } = splitMessageIndexes(payload);
        return { encoding: 'protobuf', data: { messageIndexes: indexes, fields: decodeProtobufWire(message) }, note: PROTOBUF_NOTE };
      }
      return kept(payload, `schema id ${schemaId} is of type ${found.schemaType}, which is not decoded here`);
    } catch (e) {
      return kept(payload, `not decoded with schema id ${schemaId}: ${(e as Error).message}`);
    }
  };
}

function kept(payload: Buffer, note: string): FramedDecoding {
  return { encoding: 'base64', data: payload.toString('base64'), note };
}
