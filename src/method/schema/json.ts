// A JSON reader that keeps what JSON.parse throws away and Avro needs: where each value sits in
// the text (for errors with line and column) and whether a number was written as an integer
// (Avro accepts `1` but not `1.0` as an int default). Duplicate keys keep the last value, as
// Jackson does when Avro Java reads a schema.
//
// Most texts are read by JSON.parse (native: a cold process pays for a JavaScript tokenizer far
// more than for anything else in a schema check). Readers that need no positions take its plain
// value; a located node is made only for the values something asks about, and the offsets only
// when something asks for one (an error, a finding, an incompatibility's line), by reading that
// text once more with positions. A text where JSON.parse would lose something (a number with a
// fraction or an exponent, an integer beyond 15 digits, a key JavaScript objects would reorder)
// is read with positions from the start.
import { guardSize, inputLimits } from '../../model/input-guard.js';
import { MAX_JSON_DEPTH, parseWithPositions } from './json-positions.js';

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

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export type JsonObject = { [key: string]: JsonValue };

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

/**
 * A JSON text read once: its plain value, for readers that need no positions, and the located
 * node at any pointer, built when asked.
 */
export interface JsonDocument {
  /**
   * The value as JSON.parse gives it. Numbers are exact only in nodes (a text with fractions or
   * long integers is read with positions, and its numbers here are JavaScript's).
   */
  readonly value: JsonValue;
  /** The node at a JSON pointer whose keys need no escaping ("" is the root). */
  nodeAt(pointer: string): JsonNode;
}

/** Parses JSON text into located nodes; a syntax error becomes a UserError with line and column. */
export function parseJson(text: string, file?: string): JsonNode {
  return readJson(text, file).nodeAt('');
}

/** Reads JSON text; a syntax error becomes a UserError with line and column. */
export function readJson(text: string, file?: string): JsonDocument {
  guardSize(text, file);
  if (!NOT_PLAIN.test(text)) {
    let value: JsonValue | undefined;
    try {
      value = JSON.parse(text) as JsonValue;
    } catch {
      // Read again with positions below, which says where and why.
    }
    // guardInput refuses from maxDepth brackets on: deeper texts take the gated path (one level spare).
    if (value !== undefined && nestsWithin(value, Math.min(inputLimits().maxDepth - 2, MAX_JSON_DEPTH))) return new ParsedText(text, file, value);
  }
  return documentOf(parseWithPositions(text, file));
}

/** The document of nodes already located (a text read with positions, or a schema inside a larger document). */
export function documentOf(root: JsonNode): JsonDocument {
  return { value: toValue(root), nodeAt: (pointer) => nodeAtPointer(root, pointer) };
}

/** Whether a value nests objects and arrays no deeper than `levels`. */
function nestsWithin(value: JsonValue, levels: number): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (levels === 0) return false;
  // Scalars are tested here rather than called for: a cold process interprets this code, where a call costs more than the test.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = value[i]!;
      if (typeof item === 'object' && item !== null && !nestsWithin(item, levels - 1)) return false;
    }
  } else {
    for (const key in value) {
      const member = value[key]!;
      if (typeof member === 'object' && member !== null && !nestsWithin(member, levels - 1)) return false;
    }
  }
  return true;
}

function childOf(node: JsonNode, key: string | number): JsonNode | undefined {
  if (node.kind === 'array') return node.items[Number(key)];
  return node.kind === 'object' ? node.members.get(String(key)) : undefined;
}

function nodeAtPointer(root: JsonNode, pointer: string): JsonNode {
  if (pointer === '') return root;
  const keys = pointer.split('/');
  let node = root;
  for (let i = 1; i < keys.length; i++) node = childOf(node, keys[i]!)!;
  return node;
}

/**
 * A text JSON.parse read. Its nodes are made when asked for (a value's, then its members or items
 * when first reached), and their offsets when first asked for, by reading the text once more with
 * positions.
 */
class ParsedText implements JsonDocument {
  private located: JsonNode | undefined;

  constructor(
    private readonly text: string,
    private readonly file: string | undefined,
    readonly value: JsonValue,
  ) {}

  nodeAt(pointer: string): JsonNode {
    let value = this.value;
    if (pointer !== '') {
      const keys = pointer.split('/');
      for (let i = 1; i < keys.length; i++) value = (value as JsonObject)[keys[i]!]!;
    }
    return nodeOf(this, undefined, pointer, value);
  }

  /** The root read with positions. */
  locatedRoot(): JsonNode {
    this.located ??= parseWithPositions(this.text, this.file);
    return this.located;
  }
}

function nodeOf(text: ParsedText, parent: ParsedNode | undefined, key: string | number, value: JsonValue): JsonNode {
  if (typeof value === 'number') return new NumberNode(text, parent, key, value) as JsonNode;
  if (typeof value !== 'object') return new ScalarNode(text, parent, key, value) as JsonNode;
  if (value === null) return new NullNode(text, parent, key) as JsonNode;
  if (Array.isArray(value)) return new ArrayNode(text, parent, key, value) as JsonNode;
  return new ObjectNode(text, parent, key, value) as JsonNode;
}

/**
 * A node of a text JSON.parse read: `start` is its twin's in the text read with positions. Each
 * kind has exactly the properties of its JsonNode type; fields are declared and assigned in the
 * constructors (class field initializers cost a call per node in a cold process).
 */
abstract class ParsedNode {
  declare protected readonly text: ParsedText;
  declare private readonly parent: ParsedNode | undefined;
  /** Its key in the parent object, its index in the parent array, or without a parent its pointer. */
  declare private readonly key: string | number;
  constructor(text: ParsedText, parent: ParsedNode | undefined, key: string | number) {
    this.text = text;
    this.parent = parent;
    this.key = key;
  }

  get start(): number {
    return this.located().start;
  }

  private located(): JsonNode {
    return this.parent === undefined ? nodeAtPointer(this.text.locatedRoot(), this.key as string) : childOf(this.parent.located(), this.key)!;
  }
}

class ObjectNode extends ParsedNode {
  declare readonly kind: 'object';
  declare private readonly object: JsonObject;
  declare private made: Map<string, JsonNode> | undefined;
  constructor(text: ParsedText, parent: ParsedNode | undefined, key: string | number, object: JsonObject) {
    super(text, parent, key);
    this.kind = 'object';
    this.object = object;
    this.made = undefined;
  }

  get members(): Map<string, JsonNode> {
    if (this.made === undefined) {
      this.made = new Map();
      const keys = Object.keys(this.object);
      for (let i = 0; i < keys.length; i++) this.made.set(keys[i]!, nodeOf(this.text, this, keys[i]!, this.object[keys[i]!]!));
    }
    return this.made;
  }
}

class ArrayNode extends ParsedNode {
  declare readonly kind: 'array';
  declare private readonly array: JsonValue[];
  declare private made: JsonNode[] | undefined;
  constructor(text: ParsedText, parent: ParsedNode | undefined, key: string | number, array: JsonValue[]) {
    super(text, parent, key);
    this.kind = 'array';
    this.array = array;
    this.made = undefined;
  }

  get items(): JsonNode[] {
    if (this.made === undefined) {
      this.made = [];
      for (let i = 0; i < this.array.length; i++) this.made.push(nodeOf(this.text, this, i, this.array[i]!));
    }
    return this.made;
  }
}

/** A string or a boolean. */
class ScalarNode extends ParsedNode {
  declare readonly kind: 'string' | 'boolean';
  declare readonly value: string | boolean;
  constructor(text: ParsedText, parent: ParsedNode | undefined, key: string | number, value: string | boolean) {
    super(text, parent, key);
    this.kind = typeof value as 'string' | 'boolean';
    this.value = value;
  }
}

/** Only integers of up to 15 digits come this way (NOT_PLAIN), so their digits are their value's. */
class NumberNode extends ParsedNode {
  declare readonly kind: 'number';
  declare readonly value: number;
  constructor(text: ParsedText, parent: ParsedNode | undefined, key: string | number, value: number) {
    super(text, parent, key);
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
  constructor(text: ParsedText, parent: ParsedNode | undefined, key: string | number) {
    super(text, parent, key);
    this.kind = 'null';
  }
}

/**
 * The node at a pointer of a document, found when first read: the schema model keeps one per
 * schema and field, and a check that reads no node and asks no position finds none. It answers
 * every kind's properties (an `in` test does not tell its kind; `kind` does).
 */
export function nodeWhenRead(document: JsonDocument, pointer: string): JsonNode {
  return new NodeWhenRead(document, pointer) as unknown as JsonNode;
}

class NodeWhenRead {
  // Declared and assigned in the constructor, as the nodes' fields are (see ParsedNode).
  declare private readonly document: JsonDocument;
  declare private readonly pointer: string;
  declare private found: JsonNode | undefined;
  constructor(document: JsonDocument, pointer: string) {
    this.document = document;
    this.pointer = pointer;
    this.found = undefined;
  }

  private get node(): JsonNode & { members?: unknown; items?: unknown; value?: unknown; integral?: unknown; raw?: unknown } {
    this.found ??= this.document.nodeAt(this.pointer);
    return this.found;
  }

  get kind() {
    return this.node.kind;
  }
  get start() {
    return this.node.start;
  }
  get members() {
    return this.node.members;
  }
  get items() {
    return this.node.items;
  }
  get value() {
    return this.node.value;
  }
  get integral() {
    return this.node.integral;
  }
  get raw() {
    return this.node.raw;
  }
}

/** The plain JavaScript value of a node. */
export function toValue(node: JsonNode): JsonValue {
  switch (node.kind) {
    case 'object': {
      const out: JsonObject = {};
      // As JSON.parse does, "__proto__" is a key like any other, not the object's prototype.
      for (const [k, v] of node.members) {
        if (k === '__proto__') Object.defineProperty(out, k, { value: toValue(v), enumerable: true, writable: true, configurable: true });
        else out[k] = toValue(v);
      }
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

/** A string's text; undefined for any other value. */
export function stringOf(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A value in a few words, for errors: its value when short, else its kind. */
export function summarize(value: JsonValue | undefined): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value);
  return value !== null && typeof value === 'object' ? 'an object' : String(value);
}
