// A parser for the .proto text a Schema Registry holds for a PROTOBUF schema: what decoding needs
// (package, imports, messages with their nested types, fields, maps, oneofs, groups, enums), with
// options, services, extensions and reserved ranges read past. Type names stay as written; they are
// resolved against every file of a schema (its references too) in protobuf-types.ts.
// The language: https://protobuf.dev/reference/protobuf/proto3-spec/ and proto2-spec/.
import { UserError } from '../../model/errors.js';

export type ProtoLabel = 'optional' | 'required' | 'repeated' | 'singular';

export interface ProtoFieldDecl {
  name: string;
  number: number;
  label: ProtoLabel;
  /** A scalar name (int32, string...) or a message or enum name as written. */
  type: string;
  /** map<key, value>: the key is a scalar, the value is `type`. */
  mapKey?: string;
  /** The oneof it belongs to. */
  oneof?: string;
  /** proto2 group: the field's message is the nested message of the same (capitalised) name. */
  group?: boolean;
}

export interface ProtoMessageDecl {
  name: string;
  fields: ProtoFieldDecl[];
  /** Nested messages in declaration order (Confluent's message indexes count these, not enums). */
  messages: ProtoMessageDecl[];
  enums: ProtoEnumDecl[];
}

export interface ProtoEnumDecl {
  name: string;
  /** Number to the first name declared for it (aliases share a number). */
  values: Map<number, string>;
}

export interface ProtoFileDecl {
  syntax: 'proto2' | 'proto3' | 'editions';
  package: string;
  imports: string[];
  messages: ProtoMessageDecl[];
  enums: ProtoEnumDecl[];
}

interface Token {
  kind: 'ident' | 'number' | 'string' | 'symbol';
  text: string;
  line: number;
}

/** Field numbers are 29-bit (https://protobuf.dev/programming-guides/proto3/#assigning). */
export const MAX_FIELD_NUMBER = 536_870_911;
/** Messages nested deeper than this are refused: a registry schema is never this deep. */
const MAX_NESTING = 100;

function tokenize(text: string, source: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  const fail = (message: string): never => {
    throw new UserError({ file: source, line, message });
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      i++;
    } else if (/\s/.test(c)) i++;
    else if (text.startsWith('//', i)) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) fail('a /* comment is never closed');
      for (let j = i; j < end; j++) if (text[j] === '\n') line++;
      i = end + 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) {
        if (text[j] === '\n') fail('a string runs past the end of its line');
        j += text[j] === '\\' ? 2 : 1;
      }
      if (j >= text.length) fail('a string is never closed');
      tokens.push({ kind: 'string', text: unescape(text.slice(i + 1, j)), line });
      i = j + 1;
    } else if (/[A-Za-z_.]/.test(c) && !(c === '.' && /\d/.test(text[i + 1] ?? ''))) {
      const m = /^\.?[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(text.slice(i, i + 4096));
      if (!m) fail(`unexpected "${c}"`);
      tokens.push({ kind: 'ident', text: m![0], line });
      i += m![0].length;
    } else if (/[\d.]/.test(c)) {
      const m = /^(0[xX][0-9a-fA-F]+|\d*\.?\d+([eE][+-]?\d+)?|\d+\.?)/.exec(text.slice(i, i + 256))!;
      tokens.push({ kind: 'number', text: m[0], line });
      i += m[0].length;
    } else if ('{}[]()<>;=,:-+'.includes(c)) {
      tokens.push({ kind: 'symbol', text: c, line });
      i++;
    } else fail(`unexpected "${c}"`);
  }
  return tokens;
}

/** A string literal's value (escapes matter only for import paths and package-level options). */
function unescape(body: string): string {
  return body.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_, e: string) => {
    if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return ({ n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v' } as Record<string, string>)[e] ?? e;
  });
}

class Parser {
  private at = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly source: string,
  ) {}

  fail(message: string): never {
    const t = this.tokens[Math.min(this.at, this.tokens.length - 1)];
    throw new UserError({ file: this.source, line: t?.line, message, found: t ? t.text : 'the end of the schema' });
  }

  peek(offset = 0): Token | undefined {
    return this.tokens[this.at + offset];
  }

  done(): boolean {
    return this.at >= this.tokens.length;
  }

  next(): Token {
    const t = this.tokens[this.at];
    if (!t) this.fail('the schema ends early');
    this.at++;
    return t!;
  }

  is(text: string): boolean {
    const t = this.peek();
    return t !== undefined && t.kind !== 'string' && t.text === text;
  }

  accept(text: string): boolean {
    if (!this.is(text)) return false;
    this.at++;
    return true;
  }

  expect(text: string): void {
    if (!this.accept(text)) this.fail(`expected "${text}"`);
  }

  ident(what: string): string {
    const t = this.next();
    if (t.kind !== 'ident') {
      this.at--;
      this.fail(`expected ${what}`);
    }
    return t.text;
  }

  string(what: string): string {
    let t = this.next();
    if (t.kind !== 'string') {
      this.at--;
      this.fail(`expected ${what} in quotes`);
    }
    let value = t.text;
    while (this.peek()?.kind === 'string') value += (t = this.next()).text; // "a" "b" is "ab"
    return value;
  }

  integer(what: string): number {
    const negative = this.accept('-');
    const t = this.next();
    const value = t.kind === 'number' && /^(0[xX][0-9a-fA-F]+|\d+)$/.test(t.text) ? Number(t.text.startsWith('0') && /^0[0-7]+$/.test(t.text) ? parseInt(t.text, 8) : t.text) : NaN;
    if (!Number.isSafeInteger(value)) {
      this.at--;
      this.fail(`expected ${what} (an integer)`);
    }
    return negative ? -value : value;
  }

  /** Reads past everything up to the `;` ending this statement, or past a `{ }` block ending it. */
  skipStatement(): void {
    let depth = 0;
    for (;;) {
      const t = this.next();
      if (t.kind === 'symbol' && (t.text === '{' || t.text === '[' || t.text === '(')) depth++;
      else if (t.kind === 'symbol' && (t.text === '}' || t.text === ']' || t.text === ')')) {
        depth--;
        if (depth === 0 && t.text === '}' && !this.is(';') && !this.is(',')) return;
        if (depth < 0) this.fail('unbalanced brackets');
      } else if (t.kind === 'symbol' && t.text === ';' && depth === 0) return;
    }
  }

  /** `[name = value, ...]` after a field or enum value: nothing in it changes how bytes decode. */
  skipOptions(): void {
    if (!this.is('[')) return;
    let depth = 0;
    do {
      const t = this.next();
      if (t.kind === 'symbol' && '[{('.includes(t.text)) depth++;
      else if (t.kind === 'symbol' && ']})'.includes(t.text)) depth--;
    } while (depth > 0);
  }
}

const LABELS = new Set(['optional', 'required', 'repeated']);

export function parseProto(text: string, source = 'the .proto schema'): ProtoFileDecl {
  const p = new Parser(tokenize(text, source), source);
  const file: ProtoFileDecl = { syntax: 'proto2', package: '', imports: [], messages: [], enums: [] };
  while (!p.done()) {
    if (p.accept(';')) continue;
    const keyword = p.ident('a top-level statement (syntax, package, import, option, message, enum, service or extend)');
    if (keyword === 'syntax' || keyword === 'edition') {
      p.expect('=');
      const value = p.string(keyword === 'syntax' ? '"proto2" or "proto3"' : 'an edition');
      if (keyword === 'syntax' && value !== 'proto2' && value !== 'proto3') p.fail(`unknown syntax "${value}"`);
      file.syntax = keyword === 'edition' ? 'editions' : (value as 'proto2' | 'proto3');
      p.expect(';');
    } else if (keyword === 'package') {
      file.package = p.ident('a package name');
      p.expect(';');
    } else if (keyword === 'import') {
      if (p.is('weak') || p.is('public')) p.next();
      file.imports.push(p.string('an import path'));
      p.expect(';');
    } else if (keyword === 'message') file.messages.push(message(p, 0));
    else if (keyword === 'enum') file.enums.push(enumBody(p));
    else if (keyword === 'option' || keyword === 'service' || keyword === 'extend') p.skipStatement();
    else p.fail(`unexpected "${keyword}" at the top level`);
  }
  return file;
}

function message(p: Parser, depth: number, name = p.ident('a message name')): ProtoMessageDecl {
  if (depth > MAX_NESTING) p.fail(`messages nested more than ${MAX_NESTING} deep`);
  const decl: ProtoMessageDecl = { name, fields: [], messages: [], enums: [] };
  p.expect('{');
  body(p, decl, depth, undefined);
  return decl;
}

/** Statements up to the closing `}` of a message or of a oneof inside it. */
function body(p: Parser, decl: ProtoMessageDecl, depth: number, oneof: string | undefined): void {
  while (!p.accept('}')) {
    if (p.accept(';')) continue;
    const word = p.peek();
    if (!word) p.fail('the schema ends early');
    if (word!.kind !== 'ident') p.fail('expected a field or a declaration');
    if (!oneof && p.peek(1)?.kind === 'ident' && ['message', 'enum', 'oneof'].includes(word!.text)) {
      p.next();
      if (word!.text === 'message') decl.messages.push(message(p, depth + 1));
      else if (word!.text === 'enum') decl.enums.push(enumBody(p));
      else {
        const name = p.ident('a oneof name');
        p.expect('{');
        body(p, decl, depth, name);
      }
    } else if (['option', 'reserved', 'extensions', 'extend'].includes(word!.text) && p.peek(1)?.text !== '=') p.skipStatement();
    else field(p, decl, depth, oneof);
  }
}

function field(p: Parser, decl: ProtoMessageDecl, depth: number, oneof: string | undefined): void {
  let label: ProtoLabel = 'singular';
  if (LABELS.has(p.peek()!.text) && p.peek(1)?.kind === 'ident' && p.peek(2)?.text !== '=') label = p.next().text as ProtoLabel;
  let type: string;
  let mapKey: string | undefined;
  if (p.is('map') && p.peek(1)?.text === '<') {
    p.next();
    p.next();
    mapKey = p.ident('a map key type');
    p.expect(',');
    type = p.ident('a map value type');
    p.expect('>');
    label = 'repeated';
  } else type = p.ident('a field type');
  if (type === 'group') {
    const name = p.ident('a group name');
    p.expect('=');
    const number = fieldNumber(p);
    p.skipOptions();
    const nested = message(p, depth + 1, name);
    decl.messages.push(nested);
    decl.fields.push({ name: name.toLowerCase(), number, label, type: name, group: true, ...(oneof ? { oneof } : {}) });
    return;
  }
  const name = p.ident('a field name');
  p.expect('=');
  const number = fieldNumber(p);
  p.skipOptions();
  p.expect(';');
  decl.fields.push({ name, number, label, type, ...(mapKey ? { mapKey } : {}), ...(oneof ? { oneof } : {}) });
}

function fieldNumber(p: Parser): number {
  const n = p.integer('a field number');
  if (n < 1 || n > MAX_FIELD_NUMBER) p.fail(`field number ${n} is outside 1..${MAX_FIELD_NUMBER}`);
  return n;
}

function enumBody(p: Parser): ProtoEnumDecl {
  const decl: ProtoEnumDecl = { name: p.ident('an enum name'), values: new Map() };
  p.expect('{');
  while (!p.accept('}')) {
    if (p.accept(';')) continue;
    if ((p.is('option') || p.is('reserved')) && p.peek(1)?.text !== '=') {
      p.skipStatement();
      continue;
    }
    const name = p.ident('an enum value name');
    p.expect('=');
    const number = p.integer('an enum value number');
    p.skipOptions();
    p.expect(';');
    if (!decl.values.has(number)) decl.values.set(number, name);
  }
  return decl;
}
