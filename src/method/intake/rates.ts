// Event rates and rate limits: "20k/s", "1.2 million per hour", "400 events/s at peak",
// "the API allows 100 requests per second". A rate in a clause about an API's allowance is a
// limit on the sink; any other rate is traffic, peak or average by its nearest qualifier.
import { clauses } from './clauses.js';
import { extractMessageSize } from './sizes.js';
import { BYTE_UNIT, DIGITS, NUMBER, parseNumber, parseScaled, round2, SCALE, unitBytes, unitMs } from './numbers.js';
import { nearestQualifier, type Qualifier, type Span } from './qualifiers.js';
import { FLOW, type Understood } from './understood.js';

const PER = String.raw`(?:\s*/\s*|\s+per\s+|\s+an?\s+|\s+each\s+|\s+every\s+)`;
const RATE_UNIT = String.raw`(s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|d|days?)\b`;
const RATE = new RegExp(String.raw`(${DIGITS}${SCALE})\s*(?:([a-z][a-z-]*(?:\s[a-z][a-z-]*)?)\s*?)?${PER}${RATE_UNIT}`, 'gi');
const PER_SECOND_ABBREV = new RegExp(String.raw`(${DIGITS}${SCALE})\s*(rps|qps|tps|eps|msg/s|msgs/s|req/s)\b`, 'gi');
/** A number whose unit is left out because the sentence just gave it: "5000/s on average, 15000 at peak". */
const ELIDED = new RegExp(
  String.raw`(${DIGITS}${SCALE})(?=\s+(?:at (?:the )?peak|on average|in bursts)\b)|(?:\bpeaks? (?:of|at)|\bpeaking at|\bbursts? (?:of|to)|\bspikes? (?:of|to))\s+(${DIGITS}${SCALE})(?![\w.,]|\s*(?:[a-z]+\s*)?(?:/|per\b|ms\b|s\b|sec|min|h\b|hours?|days?|bytes?|[kmg]i?b\b))`,
  'gi',
);
const BYTE_NOUN = /^(bytes?|b|kb|kib|mb|mib|gb|gib|kilobytes?|megabytes?|gigabytes?)$/i;

const LIMIT_WORDS = /\b(allow(s|ed)?|limit(s|ed)?|quota|throttl\w*|capped|caps)\b/i;
const SINK_WORDS = /\b(api|endpoint|downstream|vendor|provider|third[- ]party)\b/i;
const CAPACITY_WORDS = /\b(at most|max(imum)?|only|up to|accepts?|takes?|handles?)\b/i;

type RateKind = 'peak' | 'average';
const RATE_QUALIFIERS: ReadonlyArray<Qualifier<RateKind>> = [
  { kind: 'peak', words: /\b(at peak|peaks?|peaking|spikes?|bursts?|max(imum)?|up to|at most|busiest|highest|black friday)\b/ },
  { kind: 'average', words: /\b(on average|average|avg|typically|typical|normally|usually|steady|baseline|mean|most of the time|normal)\b/ },
];

/** "about 6 per second" states a typical rate: an average, unless a peak word sits closer. */
const APPROXIMATE = /(?:\b(?:about|around|roughly|approximately|approx\.?|some)|~)\s*$/i;

/** "a reading every 10 seconds": a count per stated period. */
const EVERY = new RegExp(String.raw`(?<![\w.])(\d+(?:\.\d+)?|a|an|one|two|three|four|five|ten)\s+(?:[a-z]+\s+){0,2}?every\s+(?:(${NUMBER})\s*)?${RATE_UNIT}`, 'gi');
/** A fleet of sources whose per-source rate is given: "40,000 devices", "8,000 vehicles". */
const SOURCES = 'devices|sensors|vehicles|cars|trucks|phones|meters|terminals|machines|players|stores|shops|clients';
const FLEET = new RegExp(String.raw`(${DIGITS}${SCALE})\s+(?:[a-z-]+\s+){0,2}?(?:${SOURCES})\b`, 'i');
const PER_SOURCE = new RegExp(String.raw`\b(?:each|apiece|per (?:${SOURCES.replace(/s\|/g, '|').replace(/s$/, '')}))\b`, 'i');
/** A byte rate ("5 MB/s in total") turns into records with the record size. */
const BYTE_RATE = new RegExp(String.raw`(${DIGITS})\s*(${BYTE_UNIT})\s*(?:/\s*s(?:ec)?|per second)\b`, 'i');

interface Rate {
  perSecond: number;
  kind: RateKind | undefined;
  limit: boolean;
  from: string;
  /** "per minute", "per hour" and "per day" totals are averages over the period. */
  longPeriod: boolean;
  /** Read as an average from "about", "around", ... alone. */
  approximate: boolean;
  /** How a per-source or byte rate became records per second, when it did. */
  arithmetic?: string;
}

interface Found extends Span {
  count: string;
  periodMs: number;
}

function ratesIn(text: string): Rate[] {
  const out: Rate[] = [];
  const fleetMatch = FLEET.exec(text);
  const fleet = fleetMatch ? { count: parseScaled(fleetMatch[1]!), written: fleetMatch[1]! } : undefined;
  /** The period of the last rate written out in full, for figures that leave it out. */
  let lastPeriodMs: number | undefined;
  for (const c of clauses(text)) {
    const isLimitClause = LIMIT_WORDS.test(c.text) || (SINK_WORDS.test(c.text) && CAPACITY_WORDS.test(c.text));
    const found: Found[] = [];
    for (const m of c.text.matchAll(RATE)) {
      if (m[2] && BYTE_NOUN.test(m[2].trim())) continue;
      found.push({ index: m.index, length: m[0].length, count: m[1]!, periodMs: unitMs(m[3]!)! });
    }
    for (const m of c.text.matchAll(PER_SECOND_ABBREV)) found.push({ index: m.index, length: m[0].length, count: m[1]!, periodMs: 1000 });
    for (const m of c.text.matchAll(EVERY)) {
      if (found.some((f) => m.index < f.index + f.length && f.index < m.index + m[0].length)) continue;
      const count = /^\d/.test(m[1]!) ? m[1]! : String(parseNumber(m[1]!.toLowerCase()));
      found.push({ index: m.index, length: m[0].length, count, periodMs: (m[2] ? parseNumber(m[2]) : 1) * unitMs(m[3]!)! });
    }
    found.sort((a, b) => a.index - b.index);
    const explicitPeriod = found.at(-1)?.periodMs ?? lastPeriodMs;
    if (explicitPeriod !== undefined) {
      for (const m of c.text.matchAll(ELIDED)) {
        const count = (m[1] ?? m[2])!;
        const index = m.index + m[0].lastIndexOf(count);
        if (found.some((f) => index < f.index + f.length && f.index < index + count.length)) continue;
        found.push({ index, length: count.length, count, periodMs: explicitPeriod });
      }
    }
    lastPeriodMs = explicitPeriod;
    for (const f of found) {
      const periodMs = f.periodMs;
      const qualifier = nearestQualifier(c.text, f.index, f.length, RATE_QUALIFIERS);
      const perSource = fleet && PER_SOURCE.test(c.text) && !c.text.slice(f.index, f.index + f.length).includes(fleet.written) ? fleet : undefined;
      const single = parseScaled(f.count) * (1000 / periodMs);
      const approximate = !qualifier && APPROXIMATE.test(c.text.slice(Math.max(0, f.index - 16), f.index));
      out.push({
        perSecond: round2(perSource ? single * perSource.count : single),
        kind: qualifier?.kind ?? (approximate ? 'average' : undefined),
        limit: isLimitClause,
        from: qualifier?.quote ?? c.text.slice(f.index, f.index + f.length),
        longPeriod: periodMs >= 60_000,
        approximate,
        ...(perSource ? { arithmetic: `${perSource.count} sources x ${round2(single)}/s each = ${round2(single * perSource.count)}/s` } : {}),
      });
    }
  }
  return out;
}

/** Peak and average traffic and the sink's rate limit. */
export function extractRates(text: string): Understood[] {
  const rates = ratesIn(text);
  const out: Understood[] = [];
  const limit = rates.find((r) => r.limit);
  if (limit) out.push({ field: `${FLOW}.processing.external_rate_limit_per_second`, value: limit.perSecond, from: limit.from });

  const traffic = rates.filter((r) => !r.limit);
  const bytes = BYTE_RATE.exec(text);
  const size = extractMessageSize(text)[0];
  if (traffic.length === 0 && bytes && size) {
    const perSecond = round2((Number(bytes[1]!.replace(/,/g, '')) * unitBytes(bytes[2]!)!) / (size.value as number));
    traffic.push({
      perSecond,
      kind: undefined,
      limit: false,
      from: bytes[0],
      longPeriod: true,
      approximate: false,
      arithmetic: `${bytes[0]} / ${size.value as number} bytes per record = ${perSecond} records/s`,
    });
  }
  const peak = traffic.find((r) => r.kind === 'peak');
  const average = traffic.find((r) => r.kind === 'average') ?? traffic.find((r) => r.kind === undefined && (r.longPeriod || r.arithmetic !== undefined));
  const unqualified = traffic.find((r) => r.kind === undefined && r !== average);
  if (peak) out.push({ field: `${FLOW}.throughput.peak_per_second`, value: peak.perSecond, from: peak.from });
  else if (unqualified && (!average || unqualified.perSecond >= average.perSecond)) {
    out.push({
      field: `${FLOW}.throughput.peak_per_second`,
      value: unqualified.perSecond,
      from: unqualified.from,
      note: 'no "peak" or "average" next to this rate; it is read as the peak, the rate the design must carry',
    });
  }
  if (average) {
    const note = average.arithmetic
      ? `${average.arithmetic}, read as the average rate`
      : average.kind === undefined
        ? 'a total per minute, hour or day is an average over that period'
        : average.approximate
          ? '"about" a rate reads as the typical (average) rate; the peak is asked for or assumed'
          : undefined;
    out.push({ field: `${FLOW}.throughput.average_per_second`, value: average.perSecond, from: average.from, ...(note ? { note } : {}) });
  }
  return out;
}
