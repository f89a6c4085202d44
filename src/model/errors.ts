// One error type for the user's mistakes. It carries where the mistake is and what would fix it;
// the CLI and MCP edges render it and the CLI exits 2. Anything else thrown is a bug of ours.

export interface UserProblem {
  message: string;
  file?: string;
  line?: number;
  column?: number;
  /** Path of the offending field, e.g. "flows[0].delivery". */
  field?: string;
  expected?: string;
  found?: string;
  suggestion?: string;
}

export class UserError extends Error {
  readonly problems: UserProblem[];

  constructor(problems: UserProblem | UserProblem[]) {
    const list = (Array.isArray(problems) ? problems : [problems]).map(sanitizeProblem);
    super(list.map(formatProblem).join('\n'));
    this.name = 'UserError';
    this.problems = list;
  }
}

/** Longest echo of a user's value in an error; the rest is elided so a huge input cannot flood a terminal or a log. */
const MAX_FOUND = 200;
const MAX_MESSAGE = 500;
const MAX_OTHER = 2000;
// C0/C1 controls (a newline in an echoed value could forge a second error line) and the Unicode
// bidirectional controls (they can make text read differently than it is, "Trojan Source").
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A value fit to echo: control and bidi characters escaped, cut at `max` characters. */
export function echo(value: string, max = MAX_FOUND): string {
  const cut = value.length > max ? `${value.slice(0, max)}... (${value.length - max} more characters)` : value;
  return cut.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function sanitizeProblem(p: UserProblem): UserProblem {
  const out: UserProblem = { ...p, message: echo(p.message, MAX_MESSAGE) };
  if (p.found !== undefined) out.found = echo(p.found, MAX_FOUND);
  for (const k of ['file', 'field', 'expected', 'suggestion'] as const) {
    const v = p[k];
    if (v !== undefined) out[k] = echo(v, MAX_OTHER);
  }
  return out;
}

export function formatProblem(p: UserProblem): string {
  const where = [p.file, p.line !== undefined ? String(p.line) : undefined, p.column !== undefined ? String(p.column) : undefined].filter(Boolean).join(':');
  const head = [where, p.field].filter(Boolean).join(' ');
  const parts = [`${head ? `${head}: ` : ''}${p.message}`];
  if (p.expected) parts.push(`  expected: ${p.expected}`);
  if (p.found !== undefined) parts.push(`  found: ${p.found}`);
  if (p.suggestion) parts.push(`  help: ${p.suggestion}`);
  return parts.join('\n');
}

/** Levenshtein distance, for did-you-mean suggestions. */
export function editDistance(a: string, b: string): number {
  return boundedEditDistance(a, b, Infinity);
}

/**
 * Levenshtein distance, or `limit + 1` as soon as it is known to exceed `limit` (a row whose
 * smallest cell is past the limit can only grow), so far-off candidates cost a few cells.
 */
function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    let rowMin = prev[0];
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
      if (prev[j]! < rowMin) rowMin = prev[j]!;
    }
    if (rowMin > limit) return limit + 1;
  }
  return prev[b.length]!;
}

/** Bigram counts of a lower-cased name: the filter that spares most edit-distance computations. */
function bigrams(word: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < word.length; i++) {
    const g = word.slice(i, i + 2);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

interface CandidateIndex {
  names: string[];
  lower: string[];
  /** bigram -> (candidate, how often it holds the bigram) */
  postings: Map<string, Array<[number, number]>>;
}

const indexes = new WeakMap<object, CandidateIndex>();

function indexOf(candidates: Iterable<string>): CandidateIndex {
  const cached = indexes.get(candidates);
  if (cached) return cached;
  const names = [...candidates];
  const lower = names.map((n) => n.toLowerCase());
  const postings = new Map<string, Array<[number, number]>>();
  lower.forEach((name, i) => {
    for (const [g, count] of bigrams(name)) {
      const list = postings.get(g) ?? [];
      list.push([i, count]);
      postings.set(g, list);
    }
  });
  const index = { names, lower, postings };
  indexes.set(candidates, index);
  return index;
}

/**
 * The closest candidates to `word`, nearest first, within a distance that scales with its length.
 * Two names within distance k share at least max(length) - 1 - 2k bigrams (one edit breaks at most
 * two), so only candidates passing that count get an edit distance; a candidate list that is an
 * array or set is indexed once and reused.
 */
export function didYouMean(word: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = Math.max(2, Math.floor(word.length / 3));
  const lower = word.toLowerCase();
  const index = indexOf(candidates);
  const shared = new Int32Array(index.names.length);
  for (const [g, count] of bigrams(lower)) {
    for (const [i, held] of index.postings.get(g) ?? []) shared[i]! += Math.min(count, held);
  }
  const scored: Array<[string, number]> = [];
  for (let i = 0; i < index.names.length; i++) {
    const name = index.lower[i]!;
    if (Math.abs(name.length - lower.length) > limit) continue;
    if (shared[i]! < Math.max(name.length, lower.length) - 1 - 2 * limit) continue;
    const d = boundedEditDistance(lower, name, limit);
    if (d <= limit) scored.push([index.names[i]!, d]);
  }
  return scored
    .sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]))
    .slice(0, max)
    .map(([c]) => c);
}
