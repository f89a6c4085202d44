// Numbers and units as every report writes them, in one place so that all texts agree.
// Throughput and disk sizes are decimal (MB = 10^6 bytes, as capacity planning and cloud pricing
// count them); a config value in bytes is shown with its binary unit (1048576 bytes = 1 MiB),
// because that is how Kafka's own defaults are chosen.

/** Digits with a comma every three from the right: "1234567" -> "1,234,567". */
function grouped(digits: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/** An integer's shortest digits, as Intl writes them: 1.5e+21 -> "1500000000000000000000". */
function integerDigits(n: number): string {
  const [mantissa = '', exponent] = String(n).split('e+');
  if (exponent === undefined) return mantissa;
  const [whole = '', fraction = ''] = mantissa.split('.');
  return (whole + fraction).padEnd(whole.length + Number(exponent), '0');
}

/** A decimal string ("0.00150", "12.5", "1e-7") rounded half away from zero to 3 fraction digits. */
function toThreeDecimals(plain: string): { whole: string; fraction: string } {
  if (plain.includes('e')) return { whole: '0', fraction: '' }; // below 1e-6: nothing shows at 3 digits
  const [whole = '0', rest = ''] = plain.split('.');
  if (rest.length <= 3) return { whole, fraction: rest.replace(/0+$/, '') };
  const kept = BigInt(whole + rest.slice(0, 3)) + (rest[3]! >= '5' ? 1n : 0n);
  const text = kept.toString().padStart(4, '0');
  return { whole: text.slice(0, -3), fraction: text.slice(-3).replace(/0+$/, '') };
}

/**
 * A number for rationale text: integers with thousands separators, others to 3 significant digits
 * (at most 3 decimals), as Intl's en-US format writes them. Written out because building an
 * Intl.NumberFormat loads ICU, a sixth of the CLI's start-up (bench/cli-start.bench.mjs).
 */
export function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  if (Number.isInteger(n)) return sign + grouped(integerDigits(Math.abs(n)));
  const { whole, fraction } = toThreeDecimals(String(Math.abs(Number(n.toPrecision(3)))));
  return `${sign}${grouped(whole)}${fraction ? `.${fraction}` : ''}`;
}

/** A size or a rate's bytes in decimal units: "1.5 MB". */
export function fmtBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'];
  let v = n;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${fmt(Number(v.toPrecision(3)))} ${units[i]}`;
}

/** A duration in the largest unit that divides it: "7 d", "30 s", "250 ms"; negative is "forever". */
export function fmtMs(ms: number): string {
  if (ms < 0) return 'forever';
  if (ms % 86_400_000 === 0) return `${ms / 86_400_000} d`;
  if (ms >= 86_400_000) return `${fmt(ms / 86_400_000)} d`;
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  if (ms >= 1000 && ms % 1000 === 0) return `${ms / 1000} s`;
  return `${fmt(ms)} ms`;
}

/** A config value in milliseconds as written, with seconds where they read better: "300000 ms (300 s)". */
export function fmtConfigMs(n: number): string {
  return n >= 10_000 && n % 1000 === 0 ? `${n} ms (${n / 1000} s)` : `${n} ms`;
}

/** A config value in bytes as written, with its binary unit where it has one: "1048576 bytes (1 MiB)". */
export function fmtConfigBytes(n: number): string {
  const units: Array<[number, string]> = [
    [1 << 30, 'GiB'],
    [1 << 20, 'MiB'],
    [1 << 10, 'KiB'],
  ];
  const unit = units.find(([size]) => n >= size && n % (size / 4) === 0);
  return unit ? `${n} bytes (${n / unit[0]} ${unit[1]})` : `${n} bytes`;
}
