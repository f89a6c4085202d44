// A JSON reader that keeps what JSON.parse throws away and Avro needs: where each value sits in
// the text (for errors with line and column) and whether a number was written as an integer
// (Avro accepts `1` but not `1.0` as an int default). Duplicate keys keep the last value, as
// Jackson does when Avro Java reads a schema.
import { UserError } from '../../model/errors.js';
import { guardInput, lineColumn } from '../../model/input-guard.js';

interface Span {
  /** Offset of the value's first character in the text. */
  start: number;
}

export type JsonNode =
  | (Span & { kind: 'object'; members: Map<string, JsonNode> })
  | (Span & { kind: 'array'; items: JsonNode[] })
  | (Span & { kind: 'string'; value: string })
  | (Span & { kind: 'number'; value: number; integral: boolean; /** As written: integers beyond 2^53 keep their digits. */ raw: string })
  | (Span & { kind: 'boolean'; value: boolean })
  | (Span & { kind: 'null' });

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
/** Deeper nesting than any real schema; it keeps recursion in the parser and checker bounded. */
const MAX_JSON_DEPTH = 500;

/**
 * Line and column of many offsets in one text: the line starts are found once, then each lookup
 * is a binary search (64,000 findings in a large schema no longer rescan the text each).
 */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) starts.push(nl + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/** Parses JSON text into located nodes; a syntax error becomes a UserError with line and column. */
export function parseJson(text: string, file?: string): JsonNode {
  guardInput(text, file, 'json');
  let i = 0;

  const fail = (message: string, at = i): never => {
    throw new UserError({
      file,
      ...lineColumn(text, at),
      message: `not valid JSON: ${message}`,
      suggestion: 'an .avsc file is one JSON value; check quotes, commas and brackets near this position',
    });
  };
  const skipSpace = (): void => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const describe = (): string => (i >= text.length ? 'end of input' : JSON.stringify(text[i]));

  const parseString = (): string => {
    const start = i;
    i++; // opening quote
    let out = '';
    let chunk = i;
    while (true) {
      if (i >= text.length) fail('unterminated string', start);
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c < 32) fail('control character inside a string');
      if (c === 92) {
        out += text.slice(chunk, i);
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          fail('invalid escape in string');
        }
        chunk = i;
      } else {
        i++;
      }
    }
    out += text.slice(chunk, i);
    i++; // closing quote
    return out;
  };

  let depth = 0;
  const parseValue = (): JsonNode => {
    skipSpace();
    const start = i;
    const c = text[i];
    if ((c === '{' || c === '[') && ++depth > MAX_JSON_DEPTH) fail(`nested more than ${MAX_JSON_DEPTH} levels deep`);
    if (c === '{') {
      i++;
      const members = new Map<string, JsonNode>();
      skipSpace();
      if (text[i] === '}') {
        i++;
        depth--;
        return { kind: 'object', members, start };
      }
      while (true) {
        skipSpace();
        if (text[i] !== '"') fail(`expected a quoted key, found ${describe()}`);
        const key = parseString();
        skipSpace();
        if (text[i] !== ':') fail(`expected ":" after key "${key}", found ${describe()}`);
        i++;
        members.set(key, parseValue());
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          depth--;
          return { kind: 'object', members, start };
        }
        fail(`expected "," or "}", found ${describe()}`);
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      skipSpace();
      if (text[i] === ']') {
        i++;
        depth--;
        return { kind: 'array', items, start };
      }
      while (true) {
        items.push(parseValue());
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          depth--;
          return { kind: 'array', items, start };
        }
        fail(`expected "," or "]", found ${describe()}`);
      }
    }
    if (c === '"') return { kind: 'string', value: parseString(), start };
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number) {
      i += number[0].length;
      return { kind: 'number', value: Number(number[0]), integral: number[2] === undefined && number[3] === undefined, raw: number[0], start };
    }
    if (text.startsWith('null', i)) {
      i += 4;
      return { kind: 'null', start };
    }
    if (text.startsWith('true', i) || text.startsWith('false', i)) {
      const value = text[i] === 't';
      i += value ? 4 : 5;
      return { kind: 'boolean', value, start };
    }
    return fail(`unexpected ${describe()}`);
  };

  const root = parseValue();
  skipSpace();
  if (i < text.length) fail(`unexpected content after the end of the value: ${describe()}`);
  return root;
}

/** The plain JavaScript value of a node. */
export function toValue(node: JsonNode): JsonValue {
  switch (node.kind) {
    case 'object': {
      const out: { [key: string]: JsonValue } = {};
      for (const [k, v] of node.members) out[k] = toValue(v);
      return out;
    }
    case 'array':
      return node.items.map(toValue);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

function pointerToken(token: string | number): string {
  const t = String(token);
  return t.includes('~') || t.includes('/') ? t.replace(/~/g, '~0').replace(/\//g, '~1') : t;
}

/** A child of a JSON pointer, its tokens escaped (RFC 6901). */
export function childPointer(at: string, ...tokens: Array<string | number>): string {
  let pointer = at;
  for (const t of tokens) pointer += `/${pointerToken(t)}`;
  return pointer;
}

/** The pointer as shown to people: "/" for the root. */
export function showPointer(at: string): string {
  return at === '' ? '/' : at;
}

/** A string node's text; undefined for any other node. */
export function nodeText(node: JsonNode | undefined): string | undefined {
  return node?.kind === 'string' ? node.value : undefined;
}

/** A node in a few words, for errors: its value when short, else its kind. */
export function summarize(node: JsonNode | undefined): string {
  if (!node) return 'nothing';
  switch (node.kind) {
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'string':
      return JSON.stringify(node.value);
    case 'null':
      return 'null';
    default:
      return String(node.value);
  }
}
