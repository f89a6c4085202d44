// The Avro binary reader on hand-made bytes: the cases an encoder in JavaScript rarely produces
// (longs beyond 2^53, decimals, block sizes) and data that does not fit.
import { describe, expect, it } from 'vitest';
import { decodeAvro } from '../../../src/method/decode/avro-binary.js';
import { parseSchema } from '../../../src/method/schema/parse.js';
import { UserError } from '../../../src/model/errors.js';

const decode = (schema: unknown, bytes: number[]) => decodeAvro(parseSchema(JSON.stringify(schema)), Uint8Array.from(bytes));

/** Zig-zag varint bytes of a 64-bit value. */
function varlong(n: bigint): number[] {
  let z = n >= 0n ? n << 1n : (-n << 1n) - 1n;
  const out: number[] = [];
  do {
    const b = Number(z & 0x7fn);
    z >>= 7n;
    out.push(z ? b | 0x80 : b);
  } while (z);
  return out;
}

describe('decodeAvro', () => {
  it('gives longs beyond 2^53 as their exact digits and safe ones as numbers', () => {
    expect(decode('long', varlong(2n ** 60n + 3n))).toBe('1152921504606846979');
    expect(decode('long', varlong(-(2n ** 63n)))).toBe('-9223372036854775808');
    expect(decode('long', varlong(-(2n ** 53n) + 1n))).toBe(-(2 ** 53) + 1);
  });

  it('gives decimals as exact decimal text from bytes and fixed', () => {
    const bytesDecimal = { type: 'bytes', logicalType: 'decimal', precision: 6, scale: 2 };
    expect(decode(bytesDecimal, [...varlong(2n), 0xff, 0x83])).toBe('-1.25');
    expect(decode(bytesDecimal, [...varlong(1n), 0x05])).toBe('0.05');
    expect(decode({ type: 'fixed', name: 'D', size: 3, logicalType: 'decimal', precision: 6 }, [0x01, 0x00, 0x00])).toBe('65536');
  });

  it('reads array blocks with a negative count and a byte size, and map blocks', () => {
    // Two blocks: -2 items with their size, then 1 item, then the end.
    expect(decode({ type: 'array', items: 'int' }, [...varlong(-2n), ...varlong(2n), ...varlong(7n), ...varlong(-1n), ...varlong(1n), ...varlong(3n), 0])).toEqual([7, -1, 3]);
    expect(decode({ type: 'map', values: 'string' }, [...varlong(1n), ...varlong(1n), 0x6b, ...varlong(1n), 0x76, 0])).toEqual({ k: 'v' });
  });

  it('refuses data that ends early, has bytes left over, or points outside an enum or union', () => {
    const refusal = (schema: unknown, bytes: number[]) => {
      try {
        decode(schema, bytes);
      } catch (e) {
        expect(e).toBeInstanceOf(UserError);
        return (e as UserError).problems[0]!.message;
      }
      throw new Error('decoded');
    };
    expect(refusal('string', [...varlong(5n), 0x61])).toMatch(/declares 5 items or bytes, more than it holds/);
    expect(refusal('double', [0, 0, 0])).toMatch(/ends early \(at byte 0 of 3, 8 more needed\)/);
    expect(refusal('int', [0x02, 0x02])).toMatch(/1 byte\(s\) left/);
    expect(refusal({ type: 'enum', name: 'E', symbols: ['A'] }, varlong(3n))).toMatch(/symbol index 3 for enum E, which has 1 symbols/);
    expect(refusal(['null', 'int'], varlong(2n))).toMatch(/union branch 2/);
    expect(refusal('long', Array(11).fill(0xff))).toMatch(/longer than 10 bytes/);
  });
});
