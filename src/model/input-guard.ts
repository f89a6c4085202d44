// The one gate every parser entry passes (YAML, JSON, Avro, .properties; CLI and MCP alike):
// a size limit and a cheap linear scan for nesting depth, run before any parser. The parsers
// recurse per level, so 100,000 `[` would otherwise overflow the stack (or exhaust memory)
// instead of becoming a clear error. Pure: the edges set the size limit once, from the
// environment (KAFKA_SPECIALIST_MAX_INPUT_MB).
import { UserError } from './errors.js';

export interface InputLimits {
  /** Largest input text accepted, in bytes of UTF-8. */
  maxBytes: number;
  /** Deepest nesting accepted: far beyond any real config, schema or manifest (they nest < 30). */
  maxDepth: number;
}

export const DEFAULT_INPUT_LIMITS: Readonly<InputLimits> = { maxBytes: 10 * 1024 * 1024, maxDepth: 200 };

let limits: InputLimits = { ...DEFAULT_INPUT_LIMITS };

export function setInputLimits(next: Partial<InputLimits>): void {
  limits = { ...limits, ...next };
}

export function inputLimits(): Readonly<InputLimits> {
  return limits;
}

export type InputSyntax = 'yaml' | 'json' | 'properties';

/** Refuses text that is too big or nested too deep for the parsers, naming the file and where. */
export function guardInput(text: string, file: string | undefined, syntax: InputSyntax): void {
  guardSize(text, file);
  if (syntax === 'properties') return;
  const deep = deepestPoint(text, limits.maxDepth);
  if (deep !== undefined) {
    const { line, column } = lineColumn(text, deep);
    throw new UserError({
      file,
      line,
      column,
      message: `nested more than ${limits.maxDepth} levels deep; refused before parsing`,
      suggestion: 'real configurations and schemas nest far less: check the file is the one you meant',
    });
  }
}

/** The size half of the gate, for a parser that bounds its own depth (the JSON reader's fast path). */
export function guardSize(text: string, file: string | undefined): void {
  // text.length counts UTF-16 units: a cheap lower bound of the UTF-8 size, exact for ASCII.
  if (text.length > limits.maxBytes || (text.length * 3 > limits.maxBytes && Buffer.byteLength(text) > limits.maxBytes)) {
    throw tooBig(file, Buffer.byteLength(text));
  }
}

export function tooBig(file: string | undefined, bytes: number): UserError {
  return new UserError({
    file,
    message: `input is larger than the ${mebibytes(limits.maxBytes)} MiB limit (at least ${mebibytes(bytes)} MiB)`,
    suggestion: 'pass a smaller file, or raise the limit with KAFKA_SPECIALIST_MAX_INPUT_MB',
  });
}

// KAFKA_SPECIALIST_MAX_INPUT_MB counts binary megabytes, so the message says MiB.
function mebibytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/**
 * The offset where nesting first exceeds `max`, or undefined. Counts flow brackets outside
 * quoted strings and comments, plus block nesting (indentation levels and `- ` / `? ` markers).
 * It may overcount (a block scalar holding brackets), never undercount what a parser recurses on.
 */
function deepestPoint(text: string, max: number): number | undefined {
  let flow = 0;
  const indents: number[] = [];
  let blockScalarIndent = -1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    // Start of a line.
    let indent = 0;
    while (i + indent < n && text.charCodeAt(i + indent) === 32) indent++;
    const lineStart = i;
    i += indent;
    const c0 = text.charCodeAt(i);
    const blank = i >= n || c0 === 10 || c0 === 13 || c0 === 35; /* # */
    if (blockScalarIndent >= 0) {
      if (blank || indent > blockScalarIndent) {
        // Past the newline: stopping on it would read the same empty line forever.
        i = endOfLine(text, i) + 1;
        continue;
      }
      blockScalarIndent = -1;
    }
    let block = 0;
    if (flow === 0 && !blank) {
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      block = indents.length;
      // `- - - x` nests one level per marker on the same line.
      while ((text[i] === '-' || text[i] === '?') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        block++;
        i += 2;
        while (text[i] === ' ' || text[i] === '\t') i++;
      }
      if (block + flow > max) return lineStart + indent;
    }
    let tokenStart = true;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 10) break;
      if (c === 35 /* # */ && (i === lineStart + indent || text[i - 1] === ' ' || text[i - 1] === '\t')) {
        i = endOfLine(text, i);
        break;
      }
      if (c === 34 /* " */ && tokenStart) {
        i = endOfDoubleQuoted(text, i);
        tokenStart = false;
        continue;
      }
      if (c === 39 /* ' */ && tokenStart) {
        i = endOfSingleQuoted(text, i);
        tokenStart = false;
        continue;
      }
      if ((c === 91 /* [ */ || c === 123) /* { */ && (tokenStart || flow > 0)) {
        flow++;
        if (indents.length + flow > max) return i;
      } else if ((c === 93 /* ] */ || c === 125) /* } */ && flow > 0) {
        flow--;
      }
      tokenStart = c === 32 || c === 9 || c === 44 /* , */ || c === 58 /* : */ || c === 91 || c === 123 || (c === 45 /* - */ && tokenStart);
      i++;
    }
    // A line ending in `|` or `>` (with indicators) opens a block scalar: its body is text.
    if (flow === 0 && isBlockIndicatorTail(text, lineStart, i)) blockScalarIndent = indent;
    i++;
  }
  return undefined;
}

function endOfLine(text: string, i: number): number {
  const nl = text.indexOf('\n', i);
  return nl < 0 ? text.length : nl;
}

/** After `"...."` with backslash escapes; a quoted string may span lines. */
function endOfDoubleQuoted(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 92) i += 2;
    else if (c === 34) return i + 1;
    else i++;
  }
  return text.length;
}

/** After `'....'`, where `''` is an escaped quote. */
function endOfSingleQuoted(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    if (text.charCodeAt(i) === 39) {
      if (text.charCodeAt(i + 1) === 39) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

/** `key: |-`, `key: >+2` and the like. */
function isBlockIndicatorTail(text: string, lineStart: number, lineEnd: number): boolean {
  const line = text.slice(Math.max(lineStart, lineEnd - 8), lineEnd).trimEnd();
  return /(^|\s)[|>][-+0-9]{0,2}$/.test(line);
}

/** 1-based line and column of an offset (indexOf finds each newline natively: a position at the end of a large text is quick). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const end = Math.min(offset, text.length);
  let line = 1;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
