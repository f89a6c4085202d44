// A JSON reader that keeps what JSON.parse throws away and Avro needs: where each value sits in
// the text (for errors with line and column) and whether a number was written as an integer
// (Avro accepts `1` but not `1.0` as an int default). Duplicate keys keep the last value, as
// Jackson does when Avro Java reads a schema.
import { UserError } from '../../model/errors.js';

interface Span {
  /** Offset of the value's first character in the text. */
  start: number;
}

export type JsonNode =
  | (Span & { kind: 'object'; members: Map<string, JsonNode> })
  | (Span & { kind: 'array'; items: JsonNode[] })
  | (Span & { kind: 'string'; value: string })
  | (Span & { kind: 'number'; value: number; integral: boolean })
  | (Span & { kind: 'boolean'; value: boolean })
  | (Span & { kind: 'null' });

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Parses JSON text into located nodes; a syntax error becomes a UserError with line and column. */
export function parseJson(text: string, file?: string): JsonNode {
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

  const parseValue = (): JsonNode => {
    skipSpace();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const members = new Map<string, JsonNode>();
      skipSpace();
      if (text[i] === '}') {
        i++;
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
          return { kind: 'array', items, start };
        }
        fail(`expected "," or "]", found ${describe()}`);
      }
    }
    if (c === '"') return { kind: 'string', value: parseString(), start };
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (number && number[0] !== '-') {
      i += number[0].length;
      return { kind: 'number', value: Number(number[0]), integral: number[2] === undefined && number[3] === undefined, start };
    }
    for (const [word, node] of [['true', { kind: 'boolean', value: true }], ['false', { kind: 'boolean', value: false }], ['null', { kind: 'null' }]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return { ...node, start } as JsonNode;
      }
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

/** A node for a plain value (schemas built in code, or parsed by JSON.parse elsewhere). */
export function fromValue(value: unknown): JsonNode {
  const start = 0;
  if (value === null || value === undefined) return { kind: 'null', start };
  if (typeof value === 'string') return { kind: 'string', value, start };
  if (typeof value === 'boolean') return { kind: 'boolean', value, start };
  if (typeof value === 'number') return { kind: 'number', value, integral: Number.isInteger(value), start };
  if (Array.isArray(value)) return { kind: 'array', items: value.map(fromValue), start };
  const members = new Map<string, JsonNode>();
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) members.set(k, fromValue(v));
  return { kind: 'object', members, start };
}
