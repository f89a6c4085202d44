// Numbers and units as people write them: "20k", "1.2 million", "1,200", "three", "3 KB", "2 s",
// "per hour". Pure parsing, shared by the extractors.

const WORD_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dozen: 12,
  twenty: 20,
  thirty: 30,
  fifty: 50,
  hundred: 100,
};

/** A written number: digits with optional thousands separators and decimals, or a small number word. */
export const NUMBER = String.raw`(?<![\w.])(?:\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|a dozen|a hundred)\b)`;
/** Digits only: for rates, where "a" would read "a second" as a number. */
export const DIGITS = String.raw`(?<![\w.])(?:\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
/** A scale word after a number: 20k, 1.2 million, 3M, 2bn. */
export const SCALE = String.raw`(?:\s*(?:k|thousand|m|mm|mil|million|b|bn|billion)\b)?`;

const SCALES: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, mil: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 };

export function parseNumber(written: string): number {
  const w = written.trim().toLowerCase();
  if (w === 'a dozen') return 12;
  if (w === 'a hundred') return 100;
  if (w in WORD_NUMBERS) return WORD_NUMBERS[w]!;
  return Number(w.replace(/,/g, ''));
}

/** "20k" -> 20000, "1.2 million" -> 1200000. */
export function parseScaled(written: string): number {
  const m = /^(.*?)(?:\s*(k|thousand|mm|m|mil|million|bn|b|billion))?$/i.exec(written.trim());
  const base = parseNumber(m?.[1] ?? written);
  const scale = m?.[2] ? SCALES[m[2].toLowerCase()]! : 1;
  return base * scale;
}

/** Time units in milliseconds, keyed by every spelling the extractors accept. */
const TIME_UNITS: Array<[RegExp, number]> = [
  [/^(ms|msec|msecs|millis|milliseconds?)$/, 1],
  [/^(s|sec|secs|seconds?)$/, 1000],
  [/^(m|min|mins|minutes?)$/, 60_000],
  [/^(h|hr|hrs|hours?)$/, 3_600_000],
  [/^(d|days?)$/, 86_400_000],
  [/^(w|wk|wks|weeks?)$/, 7 * 86_400_000],
  [/^(months?)$/, 30 * 86_400_000],
  [/^(y|yrs?|years?)$/, 365 * 86_400_000],
];
/** After a size or duration: "/s", "per second" make it a rate, which other extractors read. */
export const NOT_A_RATE = String.raw`(?!\s*(?:/\s*(?:s|sec|m|min|h|d)\b|per\s+(?:s|sec|second|minute|min|hour|day)\b|a second\b|each second\b))`;
export const TIME_UNIT = String.raw`(?:ms|msecs?|millis|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|months?|y|yrs?|years?)\b`;

export function unitMs(unit: string): number | undefined {
  const u = unit.trim().toLowerCase();
  return TIME_UNITS.find(([re]) => re.test(u))?.[1];
}

/** Byte units, decimal as Kafka's own sizing docs use them; KiB and friends are binary. */
export const BYTE_UNIT = String.raw`(?:bytes?|b|kb|kib|kilobytes?|mb|mib|megabytes?|gb|gib|gigabytes?)\b`;
const BYTE_FACTORS: Array<[RegExp, number]> = [
  [/^(bytes?|b)$/, 1],
  [/^(kb|kilobytes?)$/, 1e3],
  [/^kib$/, 1024],
  [/^(mb|megabytes?)$/, 1e6],
  [/^mib$/, 1024 ** 2],
  [/^(gb|gigabytes?)$/, 1e9],
  [/^gib$/, 1024 ** 3],
];

export function unitBytes(unit: string): number | undefined {
  const u = unit.trim().toLowerCase();
  return BYTE_FACTORS.find(([re]) => re.test(u))?.[1];
}

/** Milliseconds as the shortest retention string the requirements accept: 259200000 -> "3d". */
export function retentionString(ms: number): string {
  for (const [unit, size] of [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
  ] as const) {
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}

/** Two decimals at most: rates derived from "per hour" should not print 17 digits. */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
