// A Protobuf message decoded with its schema into JSON, following the proto3 JSON mapping where it
// is cheap (https://protobuf.dev/programming-guides/json/): field names as declared in the .proto,
// 64-bit integers as decimal text, bytes as base64, enums by name (their number when unnamed),
// maps as objects, absent fields left out, well-known types in their JSON forms. Fields the schema
// does not know, or that arrive with another wire type, are kept by number under "$unknown".
import { ProtoReader, littleEndian, unzigzag } from './protobuf-reader.js';
import { wireValue, type WireField } from './protobuf-wire.js';
import { present, UNKNOWN_KEY } from './protobuf-json.js';
import type { ProtoField, ProtoFieldType, ProtoMessage, ResolvedProto, ScalarType } from '../schema/protobuf-types.js';

/** Messages nested deeper than this are refused (protobuf's own parsers stop at 100). */
const MAX_DEPTH = 64;

const WIRE_OF: Record<ScalarType, number> = {
  double: 1,
  float: 5,
  int32: 0,
  int64: 0,
  uint32: 0,
  uint64: 0,
  sint32: 0,
  sint64: 0,
  fixed32: 5,
  fixed64: 1,
  sfixed32: 5,
  sfixed64: 1,
  bool: 0,
  string: 2,
  bytes: 2,
};

const wireOf = (f: ProtoField): number => (f.group ? 3 : f.mapKey !== undefined ? 2 : f.type.kind === 'scalar' ? WIRE_OF[f.type.scalar] : f.type.kind === 'enum' ? 0 : 2);
/** Repeated numbers, bools and enums may come packed into one length-delimited run. */
const packable = (f: ProtoField): boolean => f.repeated && f.mapKey === undefined && (f.type.kind === 'enum' || (f.type.kind === 'scalar' && WIRE_OF[f.type.scalar] !== 2));

interface Range {
  start: number;
  end: number;
}

const utf8 = new TextDecoder();
const base64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
const finite = (n: number): number | string => (Number.isFinite(n) ? n : Number.isNaN(n) ? 'NaN' : n > 0 ? 'Infinity' : '-Infinity');
const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

class Decoder {
  private readonly entries = new WeakMap<ProtoField, ProtoMessage>();
  constructor(
    private readonly resolved: ResolvedProto,
    private readonly r: ProtoReader,
  ) {}

  /** A message's fields up to the reader's limit (or to the end-group tag of `group`). */
  message(message: ProtoMessage, depth: number, group?: number): unknown {
    const r = this.r;
    if (depth > MAX_DEPTH) r.fail(`messages nest more than ${MAX_DEPTH} deep`);
    const values = new Map<ProtoField, unknown>();
    const parts = new Map<ProtoField, Range[]>();
    const unknown: WireField[] = [];
    const oneofs = new Map<string, ProtoField>();
    const list = (field: ProtoField) => {
      const items = (values.get(field) as unknown[] | undefined) ?? [];
      values.set(field, items);
      return items;
    };
    while (r.pos < r.limit) {
      const { number, wire, at } = r.tag();
      if (wire === 4) {
        if (number === group) return this.finish(message, values, parts, unknown, depth);
        r.fail(`an end-group tag for field ${number} closes nothing`, at);
      }
      const field = message.fields.get(number);
      if (!field || field.type.kind === 'unresolved' || (wire !== wireOf(field) && !(wire === 2 && packable(field)))) {
        if (wire === 3) r.fail(`field ${number} is a group the schema does not declare, which is not decoded`, at);
        unknown.push(wireValue(r, number, wire, at));
        continue;
      }
      if (field.oneof !== undefined) {
        const before = oneofs.get(field.oneof);
        if (before && before !== field) {
          values.delete(before);
          parts.delete(before);
        }
        oneofs.set(field.oneof, field);
      }
      if (field.mapKey !== undefined) {
        const [key, value] = this.mapEntry(field, depth);
        const map = (values.get(field) as Record<string, unknown> | undefined) ?? {};
        map[key] = value;
        values.set(field, map);
      } else if (wire === 2 && packable(field)) {
        const items = list(field);
        const outer = r.enter();
        while (r.pos < r.limit) items.push(this.value(field.type, WIRE_OF[field.type.kind === 'scalar' ? field.type.scalar : 'int32'], depth));
        r.leave(outer);
      } else if (field.repeated) list(field).push(field.group ? this.group(field, depth) : this.value(field.type, wire, depth));
      else if (field.type.kind === 'message' && !field.group) {
        // A singular message seen twice merges, which is what decoding the parts joined gives.
        const ranges = parts.get(field) ?? [];
        const length = r.length();
        ranges.push({ start: r.pos, end: r.pos + length });
        r.pos += length;
        parts.set(field, ranges);
        values.set(field, undefined);
      } else values.set(field, field.group ? this.group(field, depth) : this.value(field.type, wire, depth));
    }
    if (group !== undefined) r.fail(`the group of field ${group} never ends`);
    return this.finish(message, values, parts, unknown, depth);
  }

  private finish(message: ProtoMessage, values: Map<ProtoField, unknown>, parts: Map<ProtoField, Range[]>, unknown: WireField[], depth: number): unknown {
    const out: Record<string, unknown> = {};
    for (const field of message.fields.values()) {
      if (!values.has(field)) continue;
      const ranges = parts.get(field);
      out[field.name] = ranges ? this.merged((field.type as { message: ProtoMessage }).message, ranges, depth) : values.get(field);
    }
    if (unknown.length) out[UNKNOWN_KEY] = unknown;
    return present(message, out, this.resolved, (m, b) => this.nested(m, b, depth));
  }

  /** A singular message field from its occurrences: read in place when it occurs once, else from its parts joined. */
  private merged(message: ProtoMessage, ranges: Range[], depth: number): unknown {
    if (ranges.length > 1) return this.nested(message, Buffer.concat(ranges.map((p) => this.r.bytes.subarray(p.start, p.end))), depth);
    const [resume, outer] = [this.r.pos, this.r.limit];
    [this.r.pos, this.r.limit] = [ranges[0]!.start, ranges[0]!.end];
    const out = this.message(message, depth + 1);
    [this.r.pos, this.r.limit] = [resume, outer];
    return out;
  }

  /** A message held in its own bytes (merged parts or an Any's value), offsets counted within them. */
  private nested(message: ProtoMessage, bytes: Uint8Array, depth: number): unknown {
    return new Decoder(this.resolved, new ProtoReader(bytes, `the joined parts of a ${message.fullName}`)).message(message, depth + 1);
  }

  private group(field: ProtoField, depth: number): unknown {
    return this.message((field.type as { message: ProtoMessage }).message, depth + 1, field.number);
  }

  private value(type: ProtoFieldType, wire: number, depth: number): unknown {
    const r = this.r;
    if (type.kind === 'message') {
      const outer = r.enter();
      const out = this.message(type.message, depth + 1);
      r.leave(outer);
      return out;
    }
    if (type.kind === 'enum') {
      const n = this.int32();
      return type.enum.values.get(n) ?? n;
    }
    if (type.kind !== 'scalar') return undefined;
    if (wire === 0) {
      if (type.scalar === 'int32') return this.int32();
      const start = r.pos;
      const n = r.uint();
      if (n <= Number.MAX_SAFE_INTEGER) {
        switch (type.scalar) {
          case 'bool':
            return n !== 0;
          case 'sint32':
            if (n <= 0xffffffff) return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
            break;
          case 'sint64':
            return String(n % 2 === 1 ? -(n + 1) / 2 : n / 2);
          case 'uint32':
            if (n <= 0xffffffff) return n;
            break;
          default:
            return String(n);
        }
      }
      // Beyond 2^53: read again with 64-bit precision.
      r.pos = start;
      const v = r.varint();
      switch (type.scalar) {
        case 'uint32':
          return Number(BigInt.asUintN(32, v));
        case 'sint32':
          return Number(BigInt.asIntN(32, unzigzag(v)));
        case 'int64':
          return BigInt.asIntN(64, v).toString();
        case 'sint64':
          return BigInt.asIntN(64, unzigzag(v)).toString();
        case 'bool':
          return v !== 0n;
        default:
          return v.toString();
      }
    }
    if (wire === 1) {
      const b = r.take(8);
      return type.scalar === 'double' ? finite(view(b).getFloat64(0, true)) : type.scalar === 'sfixed64' ? BigInt.asIntN(64, littleEndian(b)).toString() : littleEndian(b).toString();
    }
    if (wire === 5) {
      const b = view(r.take(4));
      return type.scalar === 'float' ? finite(b.getFloat32(0, true)) : type.scalar === 'sfixed32' ? b.getInt32(0, true) : b.getUint32(0, true);
    }
    const b = r.take(r.length());
    return type.scalar === 'string' ? utf8.decode(b) : base64(b);
  }

  /** An int32 or enum: negative ones are written as 10-byte varints of their 64-bit sign extension. */
  private int32(): number {
    const start = this.r.pos;
    const n = this.r.uint();
    if (n <= 0x7fffffff) return n;
    this.r.pos = start;
    return Number(BigInt.asIntN(32, this.r.varint()));
  }

  /** One map entry: a message with the key as field 1 and the value as field 2, either may be absent. */
  private mapEntry(field: ProtoField, depth: number): [string, unknown] {
    let entry = this.entries.get(field);
    if (!entry) {
      const part = (name: string, number: number, type: ProtoFieldType): ProtoField => ({ name, number, repeated: false, group: false, type });
      entry = {
        fullName: `${field.name} entry`,
        messages: [],
        fields: new Map([
          [1, part('key', 1, { kind: 'scalar', scalar: field.mapKey! })],
          [2, part('value', 2, field.type)],
        ]),
      };
      this.entries.set(field, entry);
    }
    const outer = this.r.enter();
    const { key, value } = this.message(entry, depth + 1) as { key?: unknown; value?: unknown };
    this.r.leave(outer);
    return [String(key ?? zero({ kind: 'scalar', scalar: field.mapKey! })), value ?? zero(field.type)];
  }
}

/** The value an absent scalar, enum or message has. */
function zero(type: ProtoFieldType): unknown {
  if (type.kind === 'message') return {};
  if (type.kind === 'enum') return type.enum.values.get(0) ?? 0;
  if (type.kind !== 'scalar') return null;
  if (type.scalar === 'bool') return false;
  if (type.scalar === 'string' || type.scalar === 'bytes') return '';
  return type.scalar.endsWith('64') ? '0' : 0;
}

/** Decodes one message of a resolved schema from its bytes. */
export function decodeProtobuf(resolved: ResolvedProto, message: ProtoMessage, bytes: Uint8Array): unknown {
  const r = new ProtoReader(bytes, 'the message');
  return new Decoder(resolved, r).message(message, 0);
}
