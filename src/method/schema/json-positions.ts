// The JSON tokenizer that records where each value is written (json.ts uses it for texts
// JSON.parse would misread, and to find offsets when they are asked for).
import { UserError } from '../../model/errors.js';
import { guardInput, lineColumn } from '../../model/input-guard.js';
import type { JsonNode } from './json.js';

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
/** Deeper nesting than any real schema; it keeps recursion in the parser and checker bounded. */
export const MAX_JSON_DEPTH = 500;

/** Reads JSON text character by character, each node with its offset. */
export function parseWithPositions(text: string, file: string | undefined): JsonNode {
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
  /**
   * Reads the members of an object or the items of an array, `read` taking one each (after the
   * opening bracket, up to and including the closing one).
   */
  const elements = (close: '}' | ']', read: () => void): void => {
    i++;
    skipSpace();
    if (text[i] !== close) {
      while (true) {
        read();
        skipSpace();
        if (text[i] === close) break;
        if (text[i] !== ',') fail(`expected "," or "${close}", found ${describe()}`);
        i++;
      }
    }
    i++;
    depth--;
  };
  const parseValue = (): JsonNode => {
    skipSpace();
    const start = i;
    const c = text[i];
    if ((c === '{' || c === '[') && ++depth > MAX_JSON_DEPTH) fail(`nested more than ${MAX_JSON_DEPTH} levels deep`);
    if (c === '{') {
      const members = new Map<string, JsonNode>();
      elements('}', () => {
        skipSpace();
        if (text[i] !== '"') fail(`expected a quoted key, found ${describe()}`);
        const key = parseString();
        skipSpace();
        if (text[i] !== ':') fail(`expected ":" after key "${key}", found ${describe()}`);
        i++;
        members.set(key, parseValue());
      });
      return { kind: 'object', members, start };
    }
    if (c === '[') {
      const items: JsonNode[] = [];
      elements(']', () => items.push(parseValue()));
      return { kind: 'array', items, start };
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
