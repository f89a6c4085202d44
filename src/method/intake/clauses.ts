// A request split into clauses, each with its offset in the original text. Facts are read per
// clause so that "the API allows 100 requests/s" is a rate limit while "400 events/s" is traffic.

export interface Clause {
  text: string;
  start: number;
}

/**
 * Splits on sentence ends, semicolons, colons, dashes used as breaks, and commas followed by a
 * space (so "1,200" stays whole). " and " and " but " also end a clause when a verb-led fact follows.
 */
export function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  const boundary = /(?:[.!?](?=\s|$)|;|:(?=\s)|\s[-–—]\s|,(?=\s)|\n|\s(?:but|while|whereas)\s)/g;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    push(out, text, start, m.index);
    start = m.index + m[0].length;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Clause[], text: string, from: number, to: number): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) out.push({ text: trimmed, start: from + lead });
}
