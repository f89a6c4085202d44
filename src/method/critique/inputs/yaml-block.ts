// The block-style YAML that config files are written in (Strimzi manifests, dict configs: block
// mappings and sequences, one-line scalars, one-line flow collections of scalars), read without
// the yaml package, whose lexer, composer and document model cost most of a critique of
// such a file. Anything outside a conservative subset is declined (undefined) and readYaml falls
// back to the package, so whatever this reader accepts must read exactly as the package reads it:
// same values, key order and types (YAML 1.2 core schema), same key lines.
// test/method/critique/yaml-block.test.ts holds it to that over every YAML file at hand.
import type { YamlSource } from './yaml.js';

/** What keyLine walks: a mapping's keys as resolved (typed) values, their lines and values' shapes. */
interface MapShape {
  keys: unknown[];
  lines: number[];
  values: Shape[];
}
interface SeqShape {
  items: Shape[];
}
/** Scalars have no shape: a path through one finds nothing, as in the package's node tree. */
type Shape = MapShape | SeqShape | undefined;
type Read = [value: unknown, shape: Shape];

/** Thrown (preallocated, no stack to capture) to abandon a text that leaves the subset. */
const DECLINED = new Error('outside the block YAML subset');

// Tabs, carriage returns, other control characters, BOM/zero-width no-break space, NEL and the
// Unicode line separators: each changes how the package splits or indents lines.
// eslint-disable-next-line no-control-regex
const OUTSIDE_CHARS = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
// The package refuses an implicit key longer than 1024 characters; keep well clear of the limit.
const MAX_KEY_LENGTH = 1000;

const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const SINGLE_QUOTE = 39;
const DOUBLE_QUOTE = 34;
const COMMA = 44;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

export function readBlockYaml(text: string): YamlSource | undefined {
  if (OUTSIDE_CHARS.test(text)) return undefined;
  try {
    const { docs, shapes } = new BlockReader(text.split('\n')).read();
    return { docs, keyLine: (doc, path) => keyLine(shapes[doc], path) };
  } catch (e) {
    if (e === DECLINED) return undefined;
    throw e;
  }
}

/** The key line as the package's node tree gives it (yaml.ts: nodeAt, then keyNode). */
function keyLine(root: Shape, path: readonly string[]): number | undefined {
  let shape = root;
  for (const key of path.slice(0, -1)) {
    if (shape === undefined) return undefined;
    if ('items' in shape) {
      if (!/^\d+$/.test(key)) return undefined;
      shape = shape.items[Number(key)];
    } else {
      // The package's map lookup compares resolved key values strictly: `1:` is not "1" here...
      const at = shape.keys.indexOf(key);
      if (at < 0) return undefined;
      shape = shape.values[at];
    }
  }
  if (shape === undefined || 'items' in shape) return undefined;
  // ...but its key search compares them as strings (so `1:` is "1", and `null:` is "null").
  const last = path.at(-1);
  const at = shape.keys.findIndex((k) => String(k) === last);
  return at < 0 ? undefined : shape.lines[at];
}

class BlockReader {
  private row = 0;

  constructor(private readonly lines: string[]) {}

  read(): { docs: unknown[]; shapes: Shape[] } {
    const docs: unknown[] = [];
    const shapes: Shape[] = [];
    // The package keeps the document before the first `---` only if it holds content, and
    // every document a `---` opens, reading an empty one as null.
    let explicit = false;
    for (;;) {
      const indent = this.seek();
      if (indent >= 0) {
        const [value, shape] = this.block(indent);
        // A line less indented than the top block, or anything left over: not ours to judge.
        if (this.seek() >= 0) throw DECLINED;
        docs.push(value);
        shapes.push(shape);
      } else if (explicit) {
        docs.push(null);
        shapes.push(undefined);
      }
      if (this.row >= this.lines.length) return { docs, shapes };
      this.row++;
      explicit = true;
    }
  }

  /** Moves to the next content line and returns its indent; -1 at a `---` separator or the end. */
  private seek(): number {
    for (; this.row < this.lines.length; this.row++) {
      const line = this.lines[this.row]!;
      let i = 0;
      while (line.charCodeAt(i) === SPACE) i++;
      if (i === line.length || line.charCodeAt(i) === HASH) continue;
      if (i === 0 && (line.startsWith('---') || line.startsWith('...'))) {
        if (/^---(?: +(?:#.*)?)?$/.test(line)) return -1;
        throw DECLINED;
      }
      return i;
    }
    return -1;
  }

  private block(indent: number): Read {
    return isDash(this.lines[this.row]!, indent) ? this.sequence(indent) : this.mapping(indent, undefined);
  }

  private sequence(indent: number): Read {
    const items: unknown[] = [];
    const shape: SeqShape = { items: [] };
    for (;;) {
      const line = this.lines[this.row]!;
      let col = indent + 1;
      while (line.charCodeAt(col) === SPACE) col++;
      let item: Read;
      if (col === line.length || line.charCodeAt(col) === HASH) {
        // A bare `-`: the item is the more indented block below, or null.
        this.row++;
        const next = this.seek();
        item = next > indent ? this.block(next) : [null, undefined];
      } else if (isDash(line, col)) {
        throw DECLINED; // `- - x`
      } else {
        const key = keyAt(line, col);
        if (key) item = this.mapping(col, key);
        else {
          item = scalarAt(line, col, this.row + 1);
          this.row++;
        }
      }
      items.push(item[0]);
      shape.items.push(item[1]);
      const next = this.seek();
      // More indented after an item: a continuation line or a misplaced block.
      if (next > indent) throw DECLINED;
      if (next < indent || !isDash(this.lines[this.row]!, indent)) return [items, shape];
    }
  }

  /** A mapping whose keys start at `col`; `first` is its first key when already read (after `- `). */
  private mapping(col: number, first: Key | undefined): Read {
    const map: Record<string, unknown> = {};
    const shape: MapShape = { keys: [], lines: [], values: [] };
    let key = first;
    for (;;) {
      const line = this.lines[this.row]!;
      key ??= keyAt(line, col);
      if (!key) throw DECLINED;
      const keyRow = this.row;
      const p = skipSpaces(line, key.end);
      let entry: Read;
      if (p === line.length || line.charCodeAt(p) === HASH) {
        // `key:` alone: a more indented block, a sequence at the key's own indent, or null.
        this.row++;
        const next = this.seek();
        if (next > col) entry = this.block(next);
        else if (next === col && isDash(this.lines[this.row]!, col)) entry = this.sequence(col);
        else entry = [null, undefined];
      } else {
        entry = scalarAt(line, p, keyRow + 1);
        this.row++;
      }
      addEntry(map, shape, key.value, keyRow + 1, entry);
      const next = this.seek();
      if (next > col) throw DECLINED;
      if (next < col) return [map, shape];
      if (isDash(this.lines[this.row]!, col)) throw DECLINED;
      key = undefined;
    }
  }
}

/** Adds a key and its value as the package turns keys into property names. */
function addEntry(map: Record<string, unknown>, shape: MapShape, key: unknown, line: number, [value, valueShape]: Read): void {
  const name = key === null ? '' : String(key);
  // A repeated name is declined: the package either refuses the duplicate or keeps it in a way
  // not worth mirroring.
  if (Object.hasOwn(map, name)) throw DECLINED;
  if (name in map) Object.defineProperty(map, name, { value, writable: true, enumerable: true, configurable: true });
  else map[name] = value;
  shape.keys.push(key);
  shape.lines.push(line);
  shape.values.push(valueShape);
}

interface Key {
  value: unknown;
  /** Just past the `:`. */
  end: number;
}

/** `- ` or a lone `-` at `col`. */
function isDash(line: string, col: number): boolean {
  return line.charCodeAt(col) === DASH && (col + 1 === line.length || line.charCodeAt(col + 1) === SPACE);
}

/** The key at `col` if the line holds `key: ...` there, else undefined (a scalar, or not ours). */
function keyAt(line: string, col: number): Key | undefined {
  const c = line.charCodeAt(col);
  if (c === SINGLE_QUOTE || c === DOUBLE_QUOTE) {
    const quoted = quotedAt(line, col);
    const p = skipSpaces(line, quoted.end);
    return endsKey(line, p) ? { value: quoted.text, end: p + 1 } : undefined;
  }
  if (!startsPlain(line, col)) return undefined;
  for (let p = col + 1; p < line.length; p++) {
    const ch = line.charCodeAt(p);
    if (ch === HASH && line.charCodeAt(p - 1) === SPACE) return undefined;
    if (endsKey(line, p)) {
      if (p - col > MAX_KEY_LENGTH) throw DECLINED;
      const text = line.slice(col, withoutTrailingSpaces(line, col, p));
      if (text === '<<') throw DECLINED; // a merge key in YAML 1.1 habits: leave it to the package
      return { value: plainValue(text), end: p + 1 };
    }
  }
  return undefined;
}

/** `:` followed by a space or the end of the line. */
function endsKey(line: string, p: number): boolean {
  return line.charCodeAt(p) === COLON && (p + 1 === line.length || line.charCodeAt(p + 1) === SPACE);
}

/** The value that starts at `p` on line `row` and fills the rest of the line (but a comment). */
function scalarAt(line: string, p: number, row: number): Read {
  const c = line.charCodeAt(p);
  let read: Read;
  let end: number;
  if (c === SINGLE_QUOTE || c === DOUBLE_QUOTE) {
    const quoted = quotedAt(line, p);
    read = [quoted.text, undefined];
    end = quoted.end;
  } else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
    ({ read, end } = flowAt(line, p, row));
  } else if (startsPlain(line, p)) {
    end = p + 1;
    while (end < line.length && !(line.charCodeAt(end) === HASH && line.charCodeAt(end - 1) === SPACE)) {
      // `a: b: c` is a nested mapping the package refuses; `b:` at the end likewise.
      if (endsKey(line, end)) throw DECLINED;
      end++;
    }
    return [plainValue(line.slice(p, withoutTrailingSpaces(line, p, end))), undefined];
  } else {
    throw DECLINED;
  }
  const rest = skipSpaces(line, end);
  if (rest < line.length && !(rest > end && line.charCodeAt(rest) === HASH)) throw DECLINED;
  return read;
}

/**
 * A flow collection of scalars closed on its own line: `[a, 'b']`, `{ k: v }`. Nested ones,
 * empty entries, trailing commas, comments inside and `:` in plain scalars are declined.
 */
function flowAt(line: string, p: number, row: number): { read: Read; end: number } {
  const isMap = line.charCodeAt(p) === OPEN_BRACE;
  const close = isMap ? CLOSE_BRACE : CLOSE_BRACKET;
  const items: unknown[] = [];
  const map: Record<string, unknown> = {};
  const seqShape: SeqShape = { items: [] };
  const mapShape: MapShape = { keys: [], lines: [], values: [] };
  let i = skipSpaces(line, p + 1);
  if (line.charCodeAt(i) !== close) {
    for (;;) {
      if (isMap) {
        const key = flowScalarAt(line, i, true);
        const value = flowScalarAt(line, skipSpaces(line, key.end + 1), false);
        addEntry(map, mapShape, key.value, row, [value.value, undefined]);
        i = value.end;
      } else {
        const item = flowScalarAt(line, i, false);
        items.push(item.value);
        seqShape.items.push(undefined);
        i = item.end;
      }
      i = skipSpaces(line, i);
      if (line.charCodeAt(i) === close) break;
      if (line.charCodeAt(i) !== COMMA) throw DECLINED;
      i = skipSpaces(line, i + 1);
    }
  }
  return { read: isMap ? [map, mapShape] : [items, seqShape], end: i + 1 };
}

/** A scalar inside a flow collection; as a key it must be followed by `: `, and `end` is at that `:`. */
function flowScalarAt(line: string, p: number, isKey: boolean): { value: unknown; end: number } {
  let value: unknown;
  let end: number;
  if (line.charCodeAt(p) === SINGLE_QUOTE || line.charCodeAt(p) === DOUBLE_QUOTE) {
    const quoted = quotedAt(line, p);
    value = quoted.text;
    end = skipSpaces(line, quoted.end);
  } else {
    if (!startsPlain(line, p)) throw DECLINED;
    end = p + 1;
    while (end < line.length && !',[]{}#:'.includes(line[end]!)) end++;
    const text = line.slice(p, withoutTrailingSpaces(line, p, end));
    // `[-]`: a dash before a flow indicator does not start a plain scalar.
    if (text === '-') throw DECLINED;
    value = plainValue(text);
  }
  const colon = line.charCodeAt(end) === COLON;
  if (colon !== isKey || (isKey && (line.charCodeAt(end + 1) !== SPACE || end - p > MAX_KEY_LENGTH))) throw DECLINED;
  return { value, end };
}

/** A one-line quoted scalar at `p`; declined when it runs on to the next line or has escapes. */
function quotedAt(line: string, p: number): { text: string; end: number } {
  const quote = line[p]!;
  if (quote === '"') {
    const close = line.indexOf('"', p + 1);
    if (close < 0) throw DECLINED;
    const text = line.slice(p + 1, close);
    if (text.includes('\\')) throw DECLINED;
    return { text, end: close + 1 };
  }
  let text = '';
  let from = p + 1;
  for (;;) {
    const close = line.indexOf("'", from);
    if (close < 0) throw DECLINED;
    text += line.slice(from, close);
    if (line[close + 1] !== "'") return { text, end: close + 1 };
    text += "'";
    from = close + 2;
  }
}

/**
 * Whether a plain scalar may start at `p`: not at an indicator (anchors, aliases, tags, block
 * scalars, flow collections, quotes, comments, directives, complex keys and reserved characters),
 * except `-` directly followed by text, as in `-1`.
 */
function startsPlain(line: string, p: number): boolean {
  const c = line[p];
  if (c === '-') return p + 1 < line.length && line.charCodeAt(p + 1) !== SPACE;
  return c !== undefined && !'?:,[]{}#&*!|>\'"%@`'.includes(c);
}

function skipSpaces(line: string, p: number): number {
  while (line.charCodeAt(p) === SPACE) p++;
  return p;
}

function withoutTrailingSpaces(line: string, start: number, end: number): number {
  while (end > start && line.charCodeAt(end - 1) === SPACE) end--;
  return end;
}

/** A plain scalar resolved as the yaml package's core schema does (its tag tests, in its order). */
function plainValue(text: string): unknown {
  // Most config values start with a letter no core-schema tag can match.
  if (/^[^-+.~0-9tTfFnN]/.test(text)) return text;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text)) return text[0] === 't' || text[0] === 'T';
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
    return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return text;
}
