// Avro's binary encoding read back into plain JSON-like values, given the writer's schema
// (https://avro.apache.org/docs/1.12.0/specification/#binary-encoding). Unions give their
// branch's value, bytes and fixed give base64, decimals give their exact decimal text, and longs
// beyond 2^53 give their digits as text so that no value is silently rounded.
import { UserError } from '../../model/errors.js';
import type { AvroSchema } from '../schema/parse.js';

/** Reads the primitives of the binary encoding, refusing to read past the end. */
class BinaryReader {
  private pos = 0;
  constructor(private readonly bytes: Uint8Array) {}

  get remaining(): number {
    return this.bytes.length - this.pos;
  }

  private need(n: number): void {
    if (n < 0 || this.pos + n > this.bytes.length) throw new UserError({ message: `the Avro data ends early (at byte ${this.pos} of ${this.bytes.length}, ${n} more needed)` });
  }

  /** A zig-zag varint (int and long share it); exact for any 64-bit value. */
  varlong(): bigint {
    let result = 0n;
    for (let shift = 0n; shift < 70n; shift += 7n) {
      this.need(1);
      const b = this.bytes[this.pos++]!;
      result |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) return (result >> 1n) ^ -(result & 1n);
    }
    throw new UserError({ message: `the Avro data has a varint longer than 10 bytes at byte ${this.pos}` });
  }

  count(): number {
    const n = this.varlong();
    if (n > BigInt(this.bytes.length) || n < -BigInt(this.bytes.length)) throw new UserError({ message: `the Avro data declares ${n} items or bytes, more than it holds` });
    return Number(n);
  }

  /** An enum symbol or union branch index (checked against the schema by the caller). */
  index(): number {
    const n = this.varlong();
    return n >= 0n && n <= 0x7fffffffn ? Number(n) : -1;
  }

  take(n: number): Uint8Array {
    this.need(n);
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  view(n: number): DataView {
    const b = this.take(n);
    return new DataView(b.buffer, b.byteOffset, n);
  }
}

const base64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

/** A two's-complement big-endian unscaled value with its scale, as decimal text. */
export function decimalText(b: Uint8Array, scale: number): string {
  let n = 0n;
  for (const byte of b) n = (n << 8n) | BigInt(byte);
  if (b.length && b[0]! & 0x80) n -= 1n << BigInt(8 * b.length);
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString().padStart(scale + 1, '0');
  const text = scale > 0 ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return negative ? `-${text}` : text;
}

/** The decimal scale of a bytes or fixed schema with logicalType decimal (Avro's default scale is 0). */
function scaleOf(schema: AvroSchema): number | undefined {
  if (schema.type === 'union' || schema.logicalType !== 'decimal' || schema.node.kind !== 'object') return undefined;
  const scale = schema.node.members.get('scale');
  return scale?.kind === 'number' && scale.integral && scale.value >= 0 ? scale.value : 0;
}

function read(schema: AvroSchema, r: BinaryReader): unknown {
  switch (schema.type) {
    case 'null':
      return null;
    case 'boolean':
      return r.take(1)[0] !== 0;
    case 'int':
    case 'long': {
      const n = r.varlong();
      return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n.toString();
    }
    case 'float':
      return r.view(4).getFloat32(0, true);
    case 'double':
      return r.view(8).getFloat64(0, true);
    case 'bytes': {
      const b = r.take(r.count());
      const scale = scaleOf(schema);
      return scale !== undefined ? decimalText(b, scale) : base64(b);
    }
    case 'string':
      return Buffer.from(r.take(r.count())).toString('utf8');
    case 'fixed': {
      const b = r.take(schema.size);
      const scale = scaleOf(schema);
      return scale !== undefined ? decimalText(b, scale) : base64(b);
    }
    case 'enum': {
      const i = r.index();
      const symbol = schema.symbols[i];
      if (symbol === undefined) throw new UserError({ message: `the Avro data has symbol index ${i} for enum ${schema.fullName}, which has ${schema.symbols.length} symbols` });
      return symbol;
    }
    case 'record':
      return Object.fromEntries(schema.fields.map((f) => [f.name, read(f.type, r)]));
    case 'array': {
      const items: unknown[] = [];
      blocks(r, () => items.push(read(schema.items, r)));
      return items;
    }
    case 'map': {
      const entries: Record<string, unknown> = {};
      blocks(r, () => {
        const key = Buffer.from(r.take(r.count())).toString('utf8');
        entries[key] = read(schema.values, r);
      });
      return entries;
    }
    case 'union': {
      const i = r.index();
      const branch = schema.branches[i];
      if (!branch) throw new UserError({ message: `the Avro data has union branch ${i}, and the union has ${schema.branches.length} branches` });
      return read(branch, r);
    }
  }
}

/** Arrays and maps come in blocks: a count (negative: followed by the block's size in bytes), ending with 0. */
function blocks(r: BinaryReader, item: () => void): void {
  for (let n = r.count(); n !== 0; n = r.count()) {
    if (n < 0) r.count();
    for (let i = 0; i < Math.abs(n); i++) item();
  }
}

/** The value `bytes` encode under `schema`; bytes left over mean the schema is not the writer's. */
export function decodeAvro(schema: AvroSchema, bytes: Uint8Array): unknown {
  const r = new BinaryReader(bytes);
  const value = read(schema, r);
  if (r.remaining !== 0) throw new UserError({ message: `${r.remaining} byte(s) left after the Avro value: the data was not written with this schema` });
  return value;
}
