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

/** Greetings, thanks and requests for help: they carry no fact to place. */
const SMALL_TALK = /^(?:hi|hello|hey|thanks?(?: you)?|thx|cheers|please|help(?: us| me)?|any (?:ideas|advice|thoughts|suggestions)|what do you (?:think|recommend|suggest)|how (?:should|do|can|would) (?:we|i) (?:set (?:it|this|that) up|do (?:it|this|that)|design (?:it|this|that)|approach (?:it|this|that))|can you help|could you help|we (?:want|need|would like|plan) to use kafka|we use kafka|using kafka|(?:and|so|also|then|ok|okay|well)|tl;?dr)\b[\s\w]{0,20}[?!.]?$/i;
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
  const quotes = [
    ...understood.flatMap((u) => u.from.split(' ... ')),
    ...questions.flatMap((q) => [...q.question.matchAll(/"([^"]+)"/g)].map((m) => m[1]!)),
  ];
  return quotes.map((q) => span(text, q)).filter((s): s is [number, number] => s !== undefined);
}

function questionFor(words: string): string {
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
