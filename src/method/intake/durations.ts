// Durations by what they measure: processing time per message (median and p99, from "50 ms to
// 2 s", "p99 of 2 s", "typically 150 ms"), the end-to-end latency target ("within 5 seconds"),
// and retention ("keep 7 days", "replay two weeks", "forever").
import { clauses, type Clause } from './clauses.js';
import { NOT_A_RATE, NUMBER, parseNumber, retentionString, TIME_UNIT, unitMs } from './numbers.js';
import { nearestQualifier, type Qualifier, type Span } from './qualifiers.js';
import { FLOW, type Understood } from './understood.js';

const DURATION = new RegExp(String.raw`(${NUMBER})\s*(${TIME_UNIT})${NOT_A_RATE}`, 'gi');
const RANGE = new RegExp(String.raw`(${NUMBER})\s*(${TIME_UNIT})?\s*(?:to|-|–|and)\s*(${NUMBER})\s*(${TIME_UNIT})${NOT_A_RATE}`, 'gi');

const RETENTION_WORDS = /\b(keep|kept|keeping|retain|retained|retention|replay|replays|replayed|store|stored|history|look back|reprocess)\b/i;
const LATENCY_WORDS = /\b(latency|end[- ]to[- ]end|within|visible|delivered|arrive|arrives|reach|sla|show up|under)\b/i;
const PROCESSING_WORDS = /\b(takes?|took|taking|processing|process|processes|handl\w*|calls?|per (message|event|record)|each (message|event|record|call|request)|work|check)\b/i;
/** "erased data must be gone within 30 days" is a deadline for deletes, not a latency. */
const ERASURE_WORDS = /\b(gone|erased|erasure|deleted|purged|forgotten)\b/i;
const FOREVER = /\b(forever|indefinitely|for ever|never (delete|expire))\b/i;

type Percentile = 'p50' | 'p99';
const PERCENTILE_QUALIFIERS: ReadonlyArray<Qualifier<Percentile>> = [
  { kind: 'p99', words: /\b(p99|p9\d|99(th)?\s*(%|percent(ile)?)|worst( case)?|tail|up to|at most|max(imum)?|slowest|sometimes|occasionally|spikes?)\b/ },
  { kind: 'p50', words: /\b(p50|median|typical(ly)?|usually|normally|on average|average|avg|mostly|most)\b/ },
];

interface Duration extends Span {
  ms: number;
  text: string;
}

function durationsIn(c: Clause): Duration[] {
  const out: Duration[] = [];
  for (const m of c.text.matchAll(DURATION)) {
    // "100 calls a second" is a rate, not a duration of one second.
    if (/^an?$/i.test(m[1]!) && /\d/.test(c.text.slice(Math.max(0, m.index - 25), m.index))) continue;
    out.push({ ms: parseNumber(m[1]!) * unitMs(m[2]!)!, index: m.index, length: m[0].length, text: m[0] });
  }
  return out;
}

/** A clause and the next ones while each only adds a qualified figure ("usually 150 ms, worst case 1.2 s"). */
function withFollower(text: string, all: Clause[], i: number): Clause {
  const c = all[i]!;
  let last = c;
  for (let j = i + 1; j < all.length; j++) {
    const next = all[j]!;
    if (LATENCY_WORDS.test(next.text) || RETENTION_WORDS.test(next.text) || durationsIn(next).length === 0) break;
    if (!PERCENTILE_QUALIFIERS.some((q) => q.words.test(next.text.toLowerCase()))) break;
    last = next;
  }
  return last === c ? c : { text: text.slice(c.start, last.start + last.text.length), start: c.start };
}

function extractProcessing(text: string, all: Clause[]): Understood[] {
  for (let i = 0; i < all.length; i++) {
    const c = withFollower(text, all, i);
    const aboutProcessing = PROCESSING_WORDS.test(c.text) || (/\b(p50|p99|median)\b/i.test(c.text) && !LATENCY_WORDS.test(c.text));
    if (!aboutProcessing || RETENTION_WORDS.test(c.text)) continue;
    const range = new RegExp(RANGE.source, 'i').exec(c.text);
    if (range) {
      const high = parseNumber(range[3]!) * unitMs(range[4]!)!;
      const low = parseNumber(range[1]!) * unitMs(range[2] ?? range[4]!)!;
      if (low <= high) return [{ field: `${FLOW}.processing.per_message_ms`, value: { p50: low, p99: high }, from: range[0], note: 'a range "A to B" is read as A at the median and B at p99' }];
    }
    const durations = durationsIn(c);
    if (durations.length === 0) continue;
    let p50: Duration | undefined;
    let p99: Duration | undefined;
    for (const d of durations) {
      const hit = nearestQualifier(c.text, d.index, d.length, PERCENTILE_QUALIFIERS, 20);
      const quoted = { ...d, text: hit?.quote ?? d.text };
      if (hit?.kind === 'p99') p99 ??= quoted;
      else p50 ??= quoted;
    }
    if (p50 && p99 && p50.ms <= p99.ms) {
      return [{ field: `${FLOW}.processing.per_message_ms`, value: { p50: p50.ms, p99: p99.ms }, from: `${p50.text} ... ${p99.text}` }];
    }
    // One figure only: the draft says what was stated, and the design assumes the other figure aloud.
    const only = p50 ?? p99!;
    return [{ field: `${FLOW}.processing.per_message_ms`, value: p50 ? { p50: only.ms } : { p99: only.ms }, from: only.text }];
  }
  return [];
}

function extractLatency(all: Clause[]): Understood[] {
  for (const c of all) {
    if (!LATENCY_WORDS.test(c.text) || RETENTION_WORDS.test(c.text) || ERASURE_WORDS.test(c.text) || (PROCESSING_WORDS.test(c.text) && !/\b(latency|end[- ]to[- ]end)\b/i.test(c.text))) continue;
    const d = durationsIn(c)[0];
    if (d)
      return [{ field: `${FLOW}.latency.end_to_end_p99_ms`, value: d.ms, from: c.text.slice(Math.max(0, c.text.toLowerCase().lastIndexOf(' ', Math.max(0, d.index - 2)) + 1), d.index + d.length) }];
  }
  return [];
}

function extractRetention(all: Clause[]): Understood[] {
  for (const c of all) {
    if (!RETENTION_WORDS.test(c.text)) continue;
    const forever = FOREVER.exec(c.text);
    if (forever) return [{ field: `${FLOW}.retention`, value: 'forever', from: c.text }];
    const d = durationsIn(c).find((x) => x.ms >= 60_000);
    if (d) return [{ field: `${FLOW}.retention`, value: retentionString(Math.round(d.ms)), from: d.text }];
  }
  // A period of days said on its own ("...; 7 days; ...") is how long to keep the events.
  for (const c of all) {
    const d = durationsIn(c)[0];
    if (d && d.ms >= 86_400_000 && c.text.replace(/[.,;]/g, '').trim() === d.text) {
      return [{ field: `${FLOW}.retention`, value: retentionString(Math.round(d.ms)), from: d.text, note: 'a period of days said on its own is read as how long to keep the events' }];
    }
  }
  return [];
}

export function extractDurations(text: string): Understood[] {
  const all = clauses(text);
  return [...extractProcessing(text, all), ...extractLatency(all), ...extractRetention(all)];
}
