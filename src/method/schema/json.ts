// A JSON reader that keeps what JSON.parse throws away and Avro needs: where each value sits in
// the text (for errors with line and column) and whether a number was written as an integer
// (Avro accepts `1` but not `1.0` as an int default). Duplicate keys keep the last value, as
// Jackson does when Avro Java reads a schema.
//
// Most texts are read by JSON.parse (native: a cold process pays for a JavaScript tokenizer far
// more than for anything else in a schema check), and the offsets are found only when something
// asks for one (an error, a finding, an incompatibility's line), by reading that text once more
// with positions. A text where JSON.parse would lose something (a number with a fraction or an
// exponent, an integer beyond 15 digits, a key JavaScript objects would reorder) is read with
// positions from the start.
import { UserError } from '../../model/errors.js';
import { guardInput, guardSize, inputLimits, lineColumn } from '../../model/input-guard.js';

export { lineColumn } from '../../model/input-guard.js';

interface Span {
  /** Offset of the value's first character in the text. */
  readonly start: number;
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
 * What JSON.parse would not keep, looked for where a value or key may start (a match inside a
 * string only costs the slower reading): a number with a fraction or exponent, an integer of 16
 * digits or more (JSON.parse rounds it), a key that is an array index (objects list those first).
 */
const NOT_PLAIN = /(?:^|[:,[])\s*-?\d+[.eE]|(?:^|[:,[])\s*-?\d{16}|[{,]\s*"(?:0|[1-9]\d*)"\s*:/;

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
  guardSize(text, file);
  if (!NOT_PLAIN.test(text)) {
    let value: JsonValue | undefined;
    try {
      value = JSON.parse(text) as JsonValue;
    } catch {
      // Read again with positions below, which says where and why.
    }
    // guardInput refuses from maxDepth brackets on: deeper texts take the gated path (one level spare).
    const node = value === undefined ? undefined : new ParsedText(text, file).read(value, Math.min(inputLimits().maxDepth - 2, MAX_JSON_DEPTH));
    if (node) return node;
  }
  return parseWithPositions(text, file);
}

/** A text JSON.parse read: its nodes' offsets are found the first time one is asked for. */
class ParsedText {
  private root: JsonNode | undefined;
  private offsets: Map<JsonNode, number> | undefined;

  constructor(
    private readonly text: string,
    private readonly file: string | undefined,
  ) {}

  /** The nodes of the parsed value, or undefined when it nests deeper than `levels`. */
  read(value: JsonValue, levels: number): JsonNode | undefined {
    this.root = this.nodeOf(value, levels);
    return this.root;
  }

  offsetOf(node: JsonNode): number {
    if (!this.offsets) {
      this.offsets = new Map();
      this.pair(this.root!, parseWithPositions(this.text, this.file));
    }
    return this.offsets.get(node)!;
  }

  private nodeOf(value: JsonValue, levels: number): JsonNode | undefined {
    if (typeof value === 'number') return new NumberNode(this, value) as JsonNode;
    if (typeof value !== 'object') return new ScalarNode(this, value) as JsonNode;
    if (value === null) return new NullNode(this) as JsonNode;
    if (levels === 0) return undefined;
    // Indexed loops: a cold process interprets this code, where iterators cost more than the work.
    if (Array.isArray(value)) {
      const items: JsonNode[] = [];
      for (let i = 0; i < value.length; i++) {
        const item = this.nodeOf(value[i]!, levels - 1);
        if (!item) return undefined;
        items.push(item);
      }
      return new ArrayNode(this, items) as JsonNode;
    }
    const members = new Map<string, JsonNode>();
    const keys = Object.keys(value);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const member = this.nodeOf(value[key]!, levels - 1);
      if (!member) return undefined;
      members.set(key, member);
    }
    return new ObjectNode(this, members) as JsonNode;
  }

  /** Walks a node and the same value read with positions side by side. */
  private pair(node: JsonNode, located: JsonNode): void {
    this.offsets!.set(node, located.start);
    if (node.kind === 'object' && located.kind === 'object') {
      for (const [key, member] of node.members) this.pair(member, located.members.get(key)!);
    } else if (node.kind === 'array' && located.kind === 'array') {
      node.items.forEach((item, i) => this.pair(item, located.items[i]!));
    }
  }
}

/**
 * A node of a text JSON.parse read: `start` reads the text again, once, with positions. Each kind
 * has exactly the properties of its JsonNode type; fields are declared and assigned in the
 * constructors (class field initializers cost a call per node in a cold process).
 */
abstract class ParsedNode {
  declare private readonly text: ParsedText;
  constructor(text: ParsedText) {
    this.text = text;
  }

  get start(): number {
    return this.text.offsetOf(this as unknown as JsonNode);
  }
}

class ObjectNode extends ParsedNode {
  declare readonly kind: 'object';
  declare readonly members: Map<string, JsonNode>;
  constructor(text: ParsedText, members: Map<string, JsonNode>) {
    super(text);
    this.kind = 'object';
    this.members = members;
  }
}

class ArrayNode extends ParsedNode {
  declare readonly kind: 'array';
  declare readonly items: JsonNode[];
  constructor(text: ParsedText, items: JsonNode[]) {
    super(text);
    this.kind = 'array';
    this.items = items;
  }
}

/** A string or a boolean. */
class ScalarNode extends ParsedNode {
  declare readonly kind: 'string' | 'boolean';
  declare readonly value: string | boolean;
  constructor(text: ParsedText, value: string | boolean) {
    super(text);
    this.kind = typeof value as 'string' | 'boolean';
    this.value = value;
  }
}

/** Only integers of up to 15 digits come this way (NOT_PLAIN), so their digits are their value's. */
class NumberNode extends ParsedNode {
  declare readonly kind: 'number';
  declare readonly value: number;
  constructor(text: ParsedText, value: number) {
    super(text);
    this.kind = 'number';
    this.value = value;
  }

  get integral(): boolean {
    return true;
  }

  get raw(): string {
    return Object.is(this.value, -0) ? '-0' : String(this.value);
  }
}

class NullNode extends ParsedNode {
  declare readonly kind: 'null';
  constructor(text: ParsedText) {
    super(text);
    this.kind = 'null';
  }
}

/** Reads JSON text character by character, each node with its offset. */
function parseWithPositions(text: string, file: string | undefined): JsonNode {
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
