// Values in the Schema Registry wire format (magic byte 0, a 4-byte schema id, the payload)
// decoded with the schema the registry holds for that id: Avro fully, JSON Schema as the JSON it
// is, Protobuf with its .proto (and the schemas it references) into JSON with field names. A value
// that cannot be decoded keeps its bytes and says why.
import { decodeAvro } from '../method/decode/avro-binary.js';
import { decodeProtobuf } from '../method/decode/protobuf-decode.js';
import { decodeProtobufWire, splitMessageIndexes } from '../method/decode/protobuf-wire.js';
import { parseSchema, type AvroSchema } from '../method/schema/parse.js';
import { messageAt, resolveProto, type ProtoMessage, type ResolvedProto } from '../method/schema/protobuf-types.js';
import { UserError } from '../model/errors.js';
import type { SchemaById, SchemaReference } from './schema-registry.js';

/** Where schemas come from: by the id a record carries, and by the references a schema makes. */
export interface SchemaSource {
  schemaById(id: number): Promise<SchemaById>;
  referencedSchema(ref: SchemaReference): Promise<Omit<SchemaById, 'id'>>;
}

/** What decoding a framed value gives: the value, or its bytes and the reason it stayed bytes. */
export interface FramedDecoding {
  encoding: 'avro' | 'json' | 'protobuf' | 'base64';
  data: unknown;
  /** Protobuf: the full name of the message the record's message indexes chose. */
  messageType?: string;
  /** Said when the decoding is partial or failed. */
  note?: string;
}

/** Referenced schemas fetched for one Protobuf schema at most (its imports, transitively). */
const MAX_REFERENCED = 100;

interface Prepared {
  found: SchemaById;
  avro?: AvroSchema;
  proto?: ResolvedProto;
  /** Why the Protobuf schema could not be used (its values then show by field number). */
  protoProblem?: string;
}

/** The .proto texts a schema's references name, by import path, following their own references. */
async function referencedProtos(source: SchemaSource, refs: SchemaReference[]): Promise<Map<string, string>> {
  const imports = new Map<string, string>();
  const queue = [...refs];
  while (queue.length) {
    const ref = queue.shift()!;
    if (imports.has(ref.name)) continue;
    if (imports.size >= MAX_REFERENCED) throw new UserError({ message: `the schema references more than ${MAX_REFERENCED} other schemas` });
    const found = await source.referencedSchema(ref);
    imports.set(ref.name, found.schema);
    queue.push(...found.references);
  }
  return imports;
}

async function prepare(source: SchemaSource, id: number): Promise<Prepared> {
  const found = await source.schemaById(id);
  if (found.schemaType === 'AVRO' && !found.references.length) return { found, avro: parseSchema(found.schema, `schema id ${id}`) };
  if (found.schemaType !== 'PROTOBUF') return { found };
  try {
    return { found, proto: resolveProto(found.schema, await referencedProtos(source, found.references), `schema id ${id}`) };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    const [first] = e.problems;
    return { found, protoProblem: `${first?.line !== undefined ? `line ${first.line}: ` : ''}${first?.message}${first?.found !== undefined ? ` (found "${first.found}")` : ''}` };
  }
}

function protobuf(prepared: Prepared, schemaId: number, payload: Buffer): FramedDecoding {
  if (!prepared.proto) {
    const { indexes, message } = splitMessageIndexes(payload);
    return {
      encoding: 'protobuf',
      data: { messageIndexes: indexes, fields: decodeProtobufWire(message) },
      note: `schema id ${schemaId} could not be used (${prepared.protoProblem}): decoded from the wire format alone, fields by number, varints unsigned`,
    };
  }
  const proto = prepared.proto;
  const unresolved = proto.unresolved.length ? [`type(s) ${proto.unresolved.join(', ')} not found in the schema or its references: their fields are kept by number under "$unknown"`] : [];
  let chosen: { type: ProtoMessage; message: Uint8Array };
  try {
    const { indexes, message } = splitMessageIndexes(payload);
    chosen = { type: messageAt(proto, indexes), message };
  } catch (e) {
    // Some serializers (@kafkajs/confluent-schema-registry among them) write no message-index
    // path: the payload is then the first message itself.
    const first = proto.messages[0];
    if (!(e instanceof UserError) || !first) throw e;
    let data: unknown;
    try {
      data = decodeProtobuf(proto, first, payload);
    } catch {
      throw e;
    }
    const note = [`no valid message-index path (${e.message}): decoded as the first message, as serializers that leave the path out write it`, ...unresolved].join('; ');
    return { encoding: 'protobuf', data, messageType: first.fullName, note };
  }
  return {
    encoding: 'protobuf',
    data: decodeProtobuf(proto, chosen.type, chosen.message),
    messageType: chosen.type.fullName,
    ...(unresolved.length ? { note: unresolved[0] } : {}),
  };
}

/** Decodes framed payloads, fetching and parsing each schema id (and what it references) once. */
export function framedDecoder(source: SchemaSource): (schemaId: number, payload: Buffer) => Promise<FramedDecoding> {
  const schemas = new Map<number, Promise<Prepared>>();
  const schemaFor = (id: number) => {
    let entry = schemas.get(id);
    if (!entry) {
      entry = prepare(source, id);
      schemas.set(id, entry);
    }
    return entry;
  };
  return async (schemaId, payload) => {
    try {
      const prepared = await schemaFor(schemaId);
      const { found, avro } = prepared;
      if (found.schemaType === 'PROTOBUF') return protobuf(prepared, schemaId, payload);
      if (found.references.length) return kept(payload, `schema id ${schemaId} references ${found.references.length} other schema(s), which are not resolved for ${found.schemaType}`);
      if (avro) return { encoding: 'avro', data: decodeAvro(avro, payload) };
      if (found.schemaType === 'JSON') return { encoding: 'json', data: JSON.parse(payload.toString('utf8')) as unknown };
      return kept(payload, `schema id ${schemaId} is of type ${found.schemaType}, which is not decoded here`);
    } catch (e) {
      return kept(payload, `not decoded with schema id ${schemaId}: ${(e as Error).message}`);
    }
  };
}

function kept(payload: Buffer, note: string): FramedDecoding {
  return { encoding: 'base64', data: payload.toString('base64'), note };
}
