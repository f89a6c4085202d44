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

/** Bigram counts of a lower-cased name, each bigram as a number (its two UTF-16 code units). */
function bigrams(word: string): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i + 1 < word.length; i++) {
    const g = word.charCodeAt(i) * 65536 + word.charCodeAt(i + 1);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

interface CandidateIndex {
  names: string[];
  lower: string[];
  /** bigram -> the candidates holding it and how often, flat: index, count, index, count... */
  postings: Map<number, Int32Array>;
  /** Shared-bigram counts of the word being looked up, zeroed again after each lookup (no allocation per word). */
  shared: Int32Array;
}

const indexes = new WeakMap<object, CandidateIndex>();

function indexOf(candidates: Iterable<string>): CandidateIndex {
  const cached = indexes.get(candidates);
  if (cached) return cached;
  const names = [...candidates];
  const lower = names.map((n) => n.toLowerCase());
  const lists = new Map<number, number[]>();
  lower.forEach((name, i) => {
    for (const [g, count] of bigrams(name)) {
      const list = lists.get(g);
      if (list) list.push(i, count);
      else lists.set(g, [i, count]);
    }
  });
  const postings = new Map([...lists].map(([g, list]) => [g, Int32Array.from(list)]));
  const index = { names, lower, postings, shared: new Int32Array(names.length) };
  indexes.set(candidates, index);
  return index;
}

/**
 * The closest candidates to `word`, nearest first, within a distance that scales with its length.
 * Two names within distance k share at least max(length) - 1 - 2k bigrams (one edit breaks at most
 * two), so only candidates passing that count get an edit distance; when that count is positive,
 * only the candidates holding one of the word's bigrams are looked at. A candidate list that is an
 * array or set is indexed once and reused.
 */
export function didYouMean(word: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = Math.max(2, Math.floor(word.length / 3));
  const lower = word.toLowerCase();
  const index = indexOf(candidates);
  const shared = index.shared;
  const touched: number[] = [];
  for (const [g, count] of bigrams(lower)) {
    const list = index.postings.get(g);
    if (!list) continue;
    for (let p = 0; p < list.length; p += 2) {
      const i = list[p]!;
      if (shared[i] === 0) touched.push(i);
      shared[i]! += Math.min(count, list[p + 1]!);
    }
  }
  const scored: Array<[string, number]> = [];
  const consider = (i: number) => {
    const name = index.lower[i]!;
    if (Math.abs(name.length - lower.length) > limit) return;
    if (shared[i]! < Math.max(name.length, lower.length) - 1 - 2 * limit) return;
    const d = boundedEditDistance(lower, name, limit);
    if (d <= limit) scored.push([index.names[i]!, d]);
  };
  // The order candidates are looked at does not matter: the result is sorted by distance and name.
  if (lower.length - 1 - 2 * limit > 0) for (const i of touched) consider(i);
  else for (let i = 0; i < index.names.length; i++) consider(i);
  for (const i of touched) shared[i] = 0;
  return scored
    .sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]))
    .slice(0, max)
    .map(([c]) => c);
}
