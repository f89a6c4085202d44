// Protobuf's wire format read without the .proto: field numbers and wire types, values as the
// wire gives them (https://protobuf.dev/programming-guides/encoding/). Field names, enums and
// signedness need the schema, so a length-delimited field shows as UTF-8 text when it is printable,
// else as a nested message when its bytes parse as one, else base64. Confluent's framing puts the path of
// message indexes (which message of the .proto) before the message.
import { UserError } from '../../model/errors.js';
import { littleEndian, ProtoReader, unzigzag } from './protobuf-reader.js';

export interface WireField {
  field: number;
  wire: 'varint' | 'i64' | 'len' | 'i32';
  /** varint and i64/i32: the unsigned number (digits as text beyond 2^53); len: fields, text or base64. */
  value: number | string | WireField[];
  /** For len: how the bytes were read. */
  as?: 'message' | 'text' | 'base64';
}

/** Nested messages are tried this deep at most; deeper bytes stay bytes. */
const MAX_DEPTH = 16;

const asNumber = (n: bigint): number | string => (n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n.toString());

/** The fields of one message; throws when the bytes are not a well-formed message. */
function fields(bytes: Uint8Array, depth: number): WireField[] {
  const r = new ProtoReader(bytes);
  const out: WireField[] = [];
  while (r.pos < bytes.length) {
    const { number, wire, at } = r.tag();
    out.push(wireValue(r, number, wire, at, depth));
  }
  return out;
}

/** The value of a field read without its schema, the tag already read. */
export function wireValue(r: ProtoReader, field: number, wire: number, at: number, depth = 0): WireField {
  if (wire === 0) return { field, wire: 'varint', value: asNumber(r.varint()) };
  if (wire === 1) return { field, wire: 'i64', value: asNumber(littleEndian(r.take(8))) };
  if (wire === 5) return { field, wire: 'i32', value: Number(littleEndian(r.take(4))) };
  if (wire === 2) return { field, wire: 'len', ...lengthDelimited(r.take(r.length()), depth) };
  return r.fail(`field ${field} has wire type ${wire} (a group, or no Protobuf at all), which is not decoded without a schema`, at);
}

function lengthDelimited(b: Uint8Array, depth: number): Pick<WireField, 'value' | 'as'> {
  // Printable text first: short text often also parses as a message ("hi" is field 13 = 105),
  // while a real nested message nearly always holds a tag or length below 0x20.
  const text = Buffer.from(b).toString('utf8');
  // eslint-disable-next-line no-control-regex
  if (Buffer.from(text, 'utf8').equals(Buffer.from(b)) && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) return { value: text, as: 'text' };
  if (depth < MAX_DEPTH) {
    try {
      return { value: fields(b, depth + 1), as: 'message' };
    } catch {
      // not a message either: bytes
    }
  }
  return { value: Buffer.from(b).toString('base64'), as: 'base64' };
}

/** A message's fields, read without its schema. */
export function decodeProtobufWire(bytes: Uint8Array): WireField[] {
  return fields(bytes, 0);
}

/**
 * Confluent's Protobuf payload: the message-index path (zig-zag varints: a count, then the
 * indexes; a count of 0 means [0], the first message of the .proto), then the message.
 */
export function splitMessageIndexes(payload: Uint8Array): { indexes: number[]; message: Uint8Array } {
  const r = new ProtoReader(payload, 'the message-index path');
  const zigzag = () => Number(BigInt.asIntN(32, unzigzag(r.varint())));
  const count = zigzag();
  if (count < 0 || count > 100) throw new UserError({ message: `the Protobuf payload starts with ${count} message indexes, not a Confluent message-index path` });
  const indexes = count === 0 ? [0] : Array.from({ length: count }, zigzag);
  return { indexes, message: payload.subarray(r.pos) };
}
