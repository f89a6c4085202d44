// Reading Protobuf's wire primitives (https://protobuf.dev/programming-guides/encoding/) with
// every bound checked before a byte is used: a length is never trusted beyond the bytes there
// are, and each error names the byte offset where the data went wrong.
import { UserError } from '../../model/errors.js';

export class ProtoReader {
  pos = 0;
  /** Where the message being read ends: nothing past it is read (see `enter`). */
  limit: number;
  constructor(
    readonly bytes: Uint8Array,
    /** Said in errors: "byte N of <what>". */
    readonly what = 'the Protobuf data',
  ) {
    this.limit = bytes.length;
  }

  /** Reads a length prefix and bounds reading to that many bytes, returning the bound to restore. */
  enter(): number {
    const outer = this.limit;
    const length = this.length();
    this.limit = this.pos + length;
    return outer;
  }

  /** Back to the enclosing bound once the bytes `enter` bounded are read. */
  leave(outer: number): void {
    if (this.pos !== this.limit) this.fail(`a length-delimited value ends inside its last field`);
    this.limit = outer;
  }

  fail(message: string, at = this.pos): never {
    throw new UserError({ message: `${message} at byte ${at} of ${this.what}` });
  }

  /** A varint of up to 10 bytes as an unsigned 64-bit value. */
  varint(): bigint {
    const start = this.pos;
    let result = 0n;
    for (let shift = 0n; shift < 70n; shift += 7n) {
      if (this.pos >= this.limit) this.fail('the data ends inside a varint', start);
      const b = this.bytes[this.pos++]!;
      result |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) return BigInt.asUintN(64, result);
    }
    return this.fail('a varint runs longer than 10 bytes', start);
  }

  /**
   * A varint as a number: exact below 2^53 (tags, lengths and most values), which is what makes
   * reading fast; callers needing 64 bits read larger ones again with `varint`.
   */
  uint(): number {
    const start = this.pos;
    let result = 0;
    for (let scale = 1, i = 0; i < 10; i++, scale *= 128) {
      if (this.pos >= this.limit) this.fail('the data ends inside a varint', start);
      const b = this.bytes[this.pos++]!;
      result += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) return result;
    }
    return this.fail('a varint runs longer than 10 bytes', start);
  }

  /** A length prefix, no larger than what is left. */
  length(): number {
    const start = this.pos;
    const n = this.uint();
    if (n > this.limit - this.pos) this.fail(`a length of ${BigInt(n)} bytes runs past the end (${this.limit - this.pos} left)`, start);
    return n;
  }

  take(n: number): Uint8Array {
    if (n > this.limit - this.pos) this.fail(`the data ends early (${n} bytes wanted, ${this.limit - this.pos} left)`);
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** A field's tag: its number (checked to be 1..2^29-1) and wire type. */
  tag(): { number: number; wire: number; at: number } {
    const at = this.pos;
    const tag = this.uint();
    const number = Math.floor(tag / 8);
    if (number < 1 || number > 536_870_911) this.fail(`field number ${number} is not a valid field number`, at);
    return { number, wire: tag % 8, at };
  }
}

/** A zig-zag encoded value back to its signed value. */
export const unzigzag = (n: bigint): bigint => (n >> 1n) ^ -(n & 1n);

/** Little-endian unsigned value of 4 or 8 bytes. */
export function littleEndian(b: Uint8Array): bigint {
  let n = 0n;
  for (let i = b.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(b[i]!);
  return n;
}
