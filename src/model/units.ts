// Numbers and units as every report writes them, in one place so that all texts agree.
// Throughput and disk sizes are decimal (MB = 10^6 bytes, as capacity planning and cloud pricing
// count them); a config value in bytes is shown with its binary unit (1048576 bytes = 1 MiB),
// because that is how Kafka's own defaults are chosen.

// Built once: toLocaleString builds a formatter on every call, which was half of a warm design.
const INTEGER = new Intl.NumberFormat('en-US');
const FRACTION = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** A number for rationale text: integers with thousands separators, others to 3 significant digits. */
export function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return INTEGER.format(n);
  return FRACTION.format(Number(n.toPrecision(3)));
}

/** A size or a rate's bytes in decimal units: "1.5 MB". */
export function fmtBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'];
  let v = n;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) { v /= 1000; i++; }
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
  const units: Array<[number, string]> = [[1 << 30, 'GiB'], [1 << 20, 'MiB'], [1 << 10, 'KiB']];
  const unit = units.find(([size]) => n >= size && n % (size / 4) === 0);
  return unit ? `${n} bytes (${n / unit[0]} ${unit[1]})` : `${n} bytes`;
}
