// Nearest qualifier to a number: "400/s at peak", "typically 50 ms", "p99 of 2 s". The word
// closest to the number wins, within its part of the sentence, so "60/s on average and 400/s at
// peak" and "usually 150 ms, worst case 1.2 s" read both figures right.

/** Where a figure stands in its clause: its first character and how many it takes (the span a qualifier is looked for around). */
export interface Span {
  index: number;
  length: number;
}

export interface Qualifier<K extends string> {
  kind: K;
  words: RegExp;
}

export interface QualifierHit<K extends string> {
  kind: K;
  /** The number and its qualifier together, as written: "400 events/s at peak". */
  quote: string;
}

/** The kind whose words sit closest to [index, index+length) within `reach` characters. */
export function nearestQualifier<K extends string>(clause: string, index: number, length: number, qualifiers: ReadonlyArray<Qualifier<K>>, reach = 30): QualifierHit<K> | undefined {
  let best: { kind: K; distance: number; at: number; end: number } | undefined;
  const lo = Math.max(0, index - reach);
  const hi = Math.min(clause.length, index + length + reach);
  const windowText = clause.slice(lo, hi).toLowerCase();
  for (const q of qualifiers) {
    const re = new RegExp(q.words.source, 'gi');
    for (const m of windowText.matchAll(re)) {
      const at = lo + m.index;
      const end = at + m[0].length;
      // Only words wholly outside the number itself count.
      if (end > index && at < index + length) continue;
      const between = end <= index ? clause.slice(end, index) : clause.slice(index + length, at);
      // A qualifier belongs to its own part of the sentence: never reach across a comma or "and".
      if (/,|;|\band\b/i.test(between)) continue;
      const distance = between.length;
      if (!best || distance < best.distance) best = { kind: q.kind, distance, at, end };
    }
  }
  if (!best) return undefined;
  return { kind: best.kind, quote: clause.slice(Math.min(best.at, index), Math.max(best.end, index + length)) };
}
