// Nothing said is lost: every clause of the request is either understood (some field came from
// its words), asked about (its words raised a question), or listed as not placed, with the
// question the specialist puts back. Only small talk carries no fact.
import { clauses, type Clause } from './clauses.js';
import type { IntakeQuestion, Understood } from './understood.js';

export interface NotPlaced {
  /** The clause as written. */
  words: string;
  question: string;
}

/** Greetings, thanks, ticket numbers and requests for help: they carry no fact to place. */
const SMALL_TALK =
  /^(?:[A-Z][A-Z0-9]+-\d+|no wait|hi|hello|hey|thanks?(?: you)?|thx|cheers|please|help(?: us| me)?|any (?:ideas|advice|thoughts|suggestions)|what do you (?:think|recommend|suggest)|how (?:should|do|can|would) (?:we|i) (?:set (?:it|this|that) up|do (?:it|this|that)|design (?:it|this|that)|approach (?:it|this|that))|can you help|could you help|we (?:want|need|would like|plan) to use kafka|we use kafka|using kafka|(?:and|so|also|then|ok|okay|well)|tl;?dr)\b[\s\w]{0,20}[?!.]?$/i;
/** Fewer than this many letters and no digit: "ok", "thanks!" */
const TOO_SHORT = 4;

function span(text: string, quote: string): [number, number] | undefined {
  const at = text.indexOf(quote);
  return at < 0 ? undefined : [at, at + quote.length];
}

function overlaps(c: Clause, [from, to]: [number, number]): boolean {
  return from < c.start + c.text.length && c.start < to;
}

/** The spans of the request that some reading or question already accounts for. */
function accountedSpans(text: string, understood: readonly Understood[], questions: readonly IntakeQuestion[]): Array<[number, number]> {
  const located = understood.filter((u) => u.at !== undefined).map((u): [number, number] => [u.at!, u.at! + u.from.length]);
  const quotes = [...understood.filter((u) => u.at === undefined).flatMap((u) => u.from.split(' ... ')), ...questions.flatMap((q) => [...q.question.matchAll(/"([^"]+)"/g)].map((m) => m[1]!))];
  return [...located, ...quotes.map((q) => span(text, q)).filter((s): s is [number, number] => s !== undefined)];
}

/** Things people say that no requirements field holds, and what the specialist asks about them. */
const KNOWN_TOPICS: ReadonlyArray<{ words: RegExp; question: (words: string) => string }> = [
  {
    words: /\b(?:429|503|throttl\w*|back[- ]?pressure|rate[- ]limit\w*)\b/i,
    question: (w) =>
      `"${w}": throttling is a transient error, so the consumer pauses the partition and retries with backoff (never a dead-letter topic). What rate does the downstream allow, in requests per second? (processing.external_rate_limit_per_second)`,
  },
  {
    words: /\b(?:zstd|lz4|gzip|snappy)\b/i,
    question: (w) =>
      `"${w}": the design picks the codec from the payload, its compression ratio and the priority. Is this codec a requirement, or a current setting that may change? How well do the payloads compress (throughput.compression_ratio)?`,
  },
  {
    words: /\b(?:flink|spark|ksql\w*|another (?:team|service|consumer)|second consumer|also reads?|reads? it too)\b/i,
    question: (w) => `"${w}": another reader is another consumer group on the same topic. Should it be a flow of its own, with its own processing time and instance count?`,
  },
  {
    words: /\bin total\b|\btotal (?:size|state)\b|\b\d[\d,]* (?:distinct |unique )?(?:keys|flags|customers|accounts|users|products|devices)\b/i,
    question: (w) =>
      `"${w}": is this the size of the latest state (number of keys x record size)? It sizes a compacted topic and the time to rebuild a cache; say it as a key count and a record size.`,
  },
];

function questionFor(words: string): string {
  const known = KNOWN_TOPICS.find((t) => t.words.test(words));
  if (known) return known.question(words);
  if (/\d/.test(words)) return `"${words}": what does this number measure (a rate, a size, a time, a count of brokers, instances or producers)? It was not placed in the draft.`;
  return `"${words}": what should this change in the design (an ordering or loss requirement, a constraint on the consumer, the cluster or the cost)? It was not placed in the draft.`;
}

export function notPlaced(text: string, understood: readonly Understood[], questions: readonly IntakeQuestion[]): NotPlaced[] {
  const spans = accountedSpans(text, understood, questions);
  const out: NotPlaced[] = [];
  for (const c of clauses(text)) {
    const words = c.text.replace(/[.!?,;:]+$/, '').trim();
    if (SMALL_TALK.test(words) || (words.replace(/[^a-z]/gi, '').length < TOO_SHORT && !/\d/.test(words))) continue;
    if (spans.some((s) => overlaps(c, s))) continue;
    out.push({ words, question: questionFor(words) });
  }
  return out;
}
