// The types of a Protobuf schema resolved across its files: the registry's schema, the schemas
// it references (other subjects) and the well-known types every registry knows by import path.
// A field's type name is looked up as protoc does, from the innermost scope outwards.
import { UserError } from '../../model/errors.js';
import { parseProto, type ProtoEnumDecl, type ProtoFileDecl, type ProtoMessageDecl } from './protobuf-parse.js';
import { WELL_KNOWN_PROTOS } from './protobuf-well-known.js';

export const SCALARS = ['double', 'float', 'int32', 'int64', 'uint32', 'uint64', 'sint32', 'sint64', 'fixed32', 'fixed64', 'sfixed32', 'sfixed64', 'bool', 'string', 'bytes'] as const;
export type ScalarType = (typeof SCALARS)[number];
const isScalar = (t: string): t is ScalarType => (SCALARS as readonly string[]).includes(t);

export type ProtoFieldType = { kind: 'scalar'; scalar: ScalarType } | { kind: 'message'; message: ProtoMessage } | { kind: 'enum'; enum: ProtoEnum } | { kind: 'unresolved'; name: string };

export interface ProtoField {
  name: string;
  number: number;
  repeated: boolean;
  /** proto2 group: delimited by start/end tags instead of a length. */
  group: boolean;
  type: ProtoFieldType;
  /** map<key, value>: the entries are keyed by this scalar; `type` is the value's. */
  mapKey?: ScalarType;
  /** The oneof it belongs to: a later member read replaces an earlier one. */
  oneof?: string;
}

export interface ProtoMessage {
  fullName: string;
  fields: Map<number, ProtoField>;
  /** Nested messages in declaration order, for Confluent's message indexes. */
  messages: ProtoMessage[];
}

export interface ProtoEnum {
  fullName: string;
  values: Map<number, string>;
}

export interface ResolvedProto {
  /** The main file's top-level messages in declaration order. */
  messages: ProtoMessage[];
  /** Every message by full name (without a leading dot), for Any's type URLs. */
  byName: Map<string, ProtoMessage>;
  /** Type names no file declares (an import that was not given): their fields stay undecoded. */
  unresolved: string[];
}

interface Pending {
  decl: ProtoMessageDecl;
  message: ProtoMessage;
  scope: string;
}

/**
 * Resolves `main` against the files it may import: `imports` maps an import path to its .proto
 * text (the registry references' names to their schemas); well-known types need no entry.
 */
export function resolveProto(main: string, imports: ReadonlyMap<string, string> = new Map(), source = 'the .proto schema'): ResolvedProto {
  const files: ProtoFileDecl[] = [];
  const seen = new Set<string>();
  const load = (text: string, name: string): ProtoFileDecl => {
    const file = parseProto(text, name);
    files.push(file);
    for (const path of file.imports) {
      if (seen.has(path)) continue;
      seen.add(path);
      const imported = imports.get(path) ?? WELL_KNOWN_PROTOS[path];
      if (imported !== undefined) load(imported, path);
    }
    return file;
  };
  const mainFile = load(main, source);

  const byName = new Map<string, ProtoMessage>();
  const enums = new Map<string, ProtoEnum>();
  const pending: Pending[] = [];
  const declare = (decl: ProtoMessageDecl, scope: string): ProtoMessage => {
    const fullName = scope ? `${scope}.${decl.name}` : decl.name;
    const message: ProtoMessage = { fullName, fields: new Map(), messages: [] };
    if (!byName.has(fullName)) byName.set(fullName, message);
    for (const e of decl.enums) declareEnum(e, fullName);
    message.messages = decl.messages.map((m) => declare(m, fullName));
    pending.push({ decl, message, scope: fullName });
    return message;
  };
  const declareEnum = (e: ProtoEnumDecl, scope: string) => {
    const fullName = scope ? `${scope}.${e.name}` : e.name;
    if (!enums.has(fullName)) enums.set(fullName, { fullName, values: e.values });
  };
  const tops = new Map<ProtoFileDecl, ProtoMessage[]>();
  for (const file of files) {
    for (const e of file.enums) declareEnum(e, file.package);
    tops.set(
      file,
      file.messages.map((m) => declare(m, file.package)),
    );
  }

  const unresolved = new Set<string>();
  const lookup = (name: string, scope: string): ProtoFieldType => {
    if (isScalar(name)) return { kind: 'scalar', scalar: name };
    const candidates: string[] = [];
    if (name.startsWith('.')) candidates.push(name.slice(1));
    else
      for (let s = scope; ; s = s.slice(0, Math.max(0, s.lastIndexOf('.')))) {
        candidates.push(s ? `${s}.${name}` : name);
        if (!s) break;
      }
    for (const c of candidates) {
      const message = byName.get(c);
      if (message) return { kind: 'message', message };
      const e = enums.get(c);
      if (e) return { kind: 'enum', enum: e };
    }
    unresolved.add(name);
    return { kind: 'unresolved', name };
  };
  for (const { decl, message, scope } of pending) {
    for (const f of decl.fields) {
      if (message.fields.has(f.number)) throw new UserError({ file: source, message: `${message.fullName} uses field number ${f.number} twice` });
      if (f.mapKey !== undefined && (!isScalar(f.mapKey) || ['double', 'float', 'bytes'].includes(f.mapKey)))
        throw new UserError({ file: source, message: `${message.fullName}.${f.name} has map key type ${f.mapKey}, which Protobuf does not allow` });
      message.fields.set(f.number, {
        name: f.name,
        number: f.number,
        repeated: f.label === 'repeated',
        group: f.group === true,
        type: lookup(f.type, scope),
        ...(f.mapKey !== undefined ? { mapKey: f.mapKey as ScalarType } : {}),
        ...(f.oneof !== undefined ? { oneof: f.oneof } : {}),
      });
    }
  }
  return { messages: tops.get(mainFile)!, byName, unresolved: [...unresolved].sort() };
}

/** The message Confluent's message indexes name: an index into the top-level messages, then into each one's nested messages. */
export function messageAt(resolved: ResolvedProto, indexes: readonly number[]): ProtoMessage {
  let list = resolved.messages;
  let message: ProtoMessage | undefined;
  for (const i of indexes) {
    message = list[i];
    if (!message) throw new UserError({ message: `the message indexes [${indexes.join(', ')}] name no message of the schema (index ${i} of ${list.length} messages)` });
    list = message.messages;
  }
  if (!message) throw new UserError({ message: 'the message indexes are empty' });
  return message;
}
