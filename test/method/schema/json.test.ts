// The JSON reader has two paths: JSON.parse with offsets found on demand, and a positioned
// reading for texts where JSON.parse would lose something. Both must give the same nodes, and
// every node's offset must be where its value is written.
import { describe, expect, it } from 'vitest';
import { parseJson, toValue, type JsonNode } from '../../../src/method/schema/json.js';
import { setInputLimits, DEFAULT_INPUT_LIMITS } from '../../../src/model/input-guard.js';
import { UserError } from '../../../src/model/errors.js';

/** Every node with its JSON pointer, in document order. */
function walk(node: JsonNode, at = '', out: Array<[string, JsonNode]> = []): Array<[string, JsonNode]> {
  out.push([at, node]);
  if (node.kind === 'object') for (const [k, v] of node.members) walk(v, `${at}/${k}`, out);
  if (node.kind === 'array') node.items.forEach((v, i) => walk(v, `${at}/${i}`, out));
  return out;
}

/** What the text holds at a node's offset: its first character, or a scalar's whole token. */
function writtenAt(text: string, node: JsonNode): string {
  const rest = text.slice(node.start);
  switch (node.kind) {
    case 'object':
      return rest[0]!;
    case 'array':
      return rest[0]!;
    case 'string':
      return rest.slice(0, JSON.stringify(node.value).length);
    case 'number':
      return rest.slice(0, node.raw.length);
    default:
      return rest.slice(0, String(toValue(node)).length);
  }
}

function expected(node: JsonNode): string {
  switch (node.kind) {
    case 'object':
      return '{';
    case 'array':
      return '[';
    case 'string':
      return JSON.stringify(node.value);
    case 'number':
      return node.raw;
    default:
      return String(toValue(node));
  }
}

const plain = `{
  "type": "record", "name": "R", "doc": "v1.0 of \\"R\\"",
  "fields": [
    {"name": "a", "type": ["null", "string"], "default": null},
    {"name": "b", "type": {"type": "array", "items": "long"}, "default": [1, -2, 0, -0]},
    {"name": "c", "type": "boolean", "default": true},
    {"name": "d", "type": {"type": "map", "values": "int"}, "default": {"x": 7, "y": 8}}
  ]
}`;
/** The same shapes, but read with positions: a fraction, a 19-digit integer, an index-like key. */
const exact = [
  plain.replace('"default": true}', '"default": true, "extra": 1.5}'),
  plain.replace('[1, -2, 0, -0]', '[1, -2, 0, 9223372036854775807]'),
  plain.replace('{"x": 7, "y": 8}', '{"y": 8, "1": 7}'),
];

describe('JSON reader', () => {
  it('reads plain texts with JSON.parse, the others with positions', () => {
    const positioned = (text: string) => Object.hasOwn(parseJson(text), 'start');
    expect(positioned(plain)).toBe(false);
    for (const text of exact) expect(positioned(text)).toBe(true);
  });

  it.each([plain, ...exact])('gives each node only the properties of its kind (%#)', (text) => {
    const properties: Record<JsonNode['kind'], string[]> = {
      object: ['members'],
      array: ['items'],
      string: ['value'],
      boolean: ['value'],
      number: ['value', 'integral', 'raw'],
      null: [],
    };
    for (const [at, node] of walk(parseJson(text))) {
      const present = ['members', 'items', 'value', 'integral', 'raw'].filter((p) => p in node);
      expect([at, present]).toEqual([at, properties[node.kind]]);
    }
  });

  it.each([plain, ...exact])('puts every node where its value is written (%#)', (text) => {
    for (const [at, node] of walk(parseJson(text))) expect([at, writtenAt(text, node)]).toEqual([at, expected(node)]);
  });

  it('keeps what JSON.parse would lose: integral, digits beyond 2^53, key order, -0', () => {
    const members = (text: string) => (parseJson(text) as JsonNode & { kind: 'object' }).members;
    expect(members('{"a": 1.0}').get('a')).toMatchObject({ kind: 'number', integral: false, raw: '1.0' });
    expect(members('{"a": 1}').get('a')).toMatchObject({ kind: 'number', integral: true, raw: '1' });
    expect(members('{"a": 9223372036854775807}').get('a')).toMatchObject({ integral: true, raw: '9223372036854775807' });
    expect(members('{"a": -0}').get('a')).toMatchObject({ integral: true, raw: '-0' });
    expect([...members('{"b": 1, "1": 2, "a": 3}').keys()]).toEqual(['b', '1', 'a']);
    // Duplicate keys: the last value, at the first key's place (Jackson's reading).
    expect([...members('{"a": 1, "b": 2, "a": 3}')].map(([k, v]) => [k, toValue(v)])).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
  });

  it('reports a syntax error with line and column', () => {
    expect(() => parseJson('{\n  "a": 1,\n  "b": tru\n}', 'x.avsc')).toThrow(UserError);
    try {
      parseJson('{\n  "a": 1,\n  "b": tru\n}', 'x.avsc');
    } catch (e) {
      expect((e as UserError).problems[0]).toMatchObject({ file: 'x.avsc', line: 3, column: 8 });
    }
  });

  it('refuses nesting at the input gate on both paths', () => {
    setInputLimits({ maxDepth: 10 });
    try {
      const nested = (n: number, inner: string) => '['.repeat(n) + inner + ']'.repeat(n);
      expect(() => parseJson(nested(12, '1'))).toThrow(/nested more than 10 levels/);
      expect(() => parseJson(nested(12, '1.5'))).toThrow(/nested more than 10 levels/);
      expect(toValue(parseJson(nested(5, '1')))).toEqual([[[[[1]]]]]);
      // Either path accepts exactly the depths the gate accepts.
      const accepts = (text: string) => {
        try {
          parseJson(text);
          return true;
        } catch {
          return false;
        }
      };
      for (let n = 1; n <= 12; n++) expect([n, accepts(nested(n, '1'))]).toEqual([n, accepts(nested(n, '1.5'))]);
    } finally {
      setInputLimits(DEFAULT_INPUT_LIMITS);
    }
  });
});
