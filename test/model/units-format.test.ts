// fmt writes numbers as Intl's en-US format does, without loading ICU: held to Intl itself over
// integers, fractions, rounding edges and magnitudes from 1e-9 to 1e22.
import { describe, expect, it } from 'vitest';
import { fmt } from '../../src/model/units.js';

const integer = new Intl.NumberFormat('en-US');
const fraction = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
const byIntl = (n: number) => (!Number.isFinite(n) ? String(n) : Number.isInteger(n) ? integer.format(n) : fraction.format(Number(n.toPrecision(3))));

/** A deterministic spread of values: every magnitude, both signs, halves that round either way. */
function values(): number[] {
  const out = [0, -0, 0.5, 0.0005, 0.0015, -0.0015, 0.00049, 0.9995, 9.995, 999.5, 1e21, 2 ** 70, -(2 ** 53), 1e-7, -1e-7, NaN, Infinity, -Infinity];
  let x = 12345;
  for (let i = 0; i < 20_000; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    const exponent = (x % 32) - 10; // 1e-10 .. 1e21
    const mantissa = (x % 100_003) / 10_007;
    const v = mantissa * 10 ** exponent * (x % 3 === 0 ? -1 : 1);
    out.push(v, Math.round(v), Number(v.toPrecision(2)) + 0.0005);
  }
  return out;
}

describe('fmt', () => {
  it('agrees with Intl en-US on every value', () => {
    const disagreements = values()
      .filter((v) => fmt(v) !== byIntl(v))
      .map((v) => `${v}: ${fmt(v)} vs ${byIntl(v)}`);
    expect(disagreements.slice(0, 5)).toEqual([]);
  });

  it('writes the shapes reports use', () => {
    expect([1234567, 12.5, 0.0125, 1e-7, -0.25, 2 ** 70].map(fmt)).toEqual(['1,234,567', '12.5', '0.013', '0', '-0.25', '1,180,591,620,717,411,300,000']);
  });
});
