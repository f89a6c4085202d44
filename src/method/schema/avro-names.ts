// Avro names: a named type's name and namespace, and its aliases, accepted and refused as Avro
// Java 1.12's Schema.Parser does. The parser passes its `fail`, so errors name the file, pointer,
// line and column as every other schema error does.
import type { UserProblem } from '../../model/errors.js';
import { stringOf as text, summarize, type JsonObject, type JsonValue } from './json.js';
import { isValidAvroName, PRIMITIVE_TYPES } from './schema-model.js';

/** Throws a schema error at `at`, with the line and column of the value `position` points to (when given). */
export type Fail = (position: string | undefined, at: string, message: string, extra?: Partial<UserProblem>) => never;

/** A named type's name and namespace (a dotted name carries its own), checked as Avro Java checks them. */
export function parseName(fail: Fail, object: JsonObject, at: string, enclosing: string | undefined): { name: string; namespace?: string; fullName: string } {
  const written = text(object.name);
  if (written === undefined) {
    fail(at, at, 'a named type has no "name"', { expected: '"name": a string such as "OrderCreated"', found: summarize(object.name) });
  }
  let namespace = text(object.namespace) ?? enclosing;
  let name = written!;
  const dot = name.lastIndexOf('.');
  if (dot >= 0) {
    namespace = name.slice(0, dot);
    name = name.slice(dot + 1);
  }
  if (namespace === '') namespace = undefined;
  if (!isValidAvroName(name)) badName(fail, name, `${at}/name`, `${at}/name`, 'type name');
  if (namespace !== undefined) {
    const parts = namespace.split('.');
    for (let i = 0; i < parts.length; i++) {
      if (!isValidAvroName(parts[i]!)) badName(fail, parts[i]!, object.namespace === undefined ? at : `${at}/namespace`, `${at}/namespace`, 'namespace part');
    }
  }
  const fullName = namespace === undefined ? name : `${namespace}.${name}`;
  if ((PRIMITIVE_TYPES as readonly string[]).includes(fullName)) {
    fail(`${at}/name`, `${at}/name`, `a named type cannot be called "${fullName}", the name of a primitive type`, {
      suggestion: 'choose another name, or give the type a namespace',
    });
  }
  return { name, namespace, fullName };
}

/** Refuses a name isValidAvroName rejected (callers test first, so the pointer is built only for an error). */
export function badName(fail: Fail, name: string, position: string, at: string, what: string): never {
  return fail(position, at, `${what} "${name}" is not a valid Avro name`, {
    expected: 'a letter or "_" first, then letters, digits or "_"',
    found: JSON.stringify(name),
    suggestion: 'Avro names cannot contain "-", spaces or dots (dots separate namespace parts); use e.g. snake_case or camelCase',
  });
}

/** The aliases as written, each once. */
export function aliasesOf(fail: Fail, object: JsonObject, at: string): string[] {
  const aliases = object.aliases;
  if (aliases === undefined) return [];
  if (!Array.isArray(aliases)) fail(`${at}/aliases`, `${at}/aliases`, '"aliases" is not an array', { expected: 'an array of names', found: summarize(aliases) });
  return (aliases as JsonValue[])
    .map((a, i) => {
      if (typeof a !== 'string') fail(`${at}/aliases/${i}`, `${at}/aliases/${i}`, 'an alias is not a string', { expected: 'a name', found: summarize(a) });
      return a as string;
    })
    .filter((a, i, all) => all.indexOf(a) === i);
}

/** Full names of a named type's aliases, as Avro Java's Schema#getAliases reports them. */
export function namedAliases(fail: Fail, object: JsonObject, at: string, namespace: string | undefined): string[] {
  const out: string[] = [];
  const aliases = aliasesOf(fail, object, at);
  for (let i = 0; i < aliases.length; i++) {
    const alias = aliases[i]!;
    const dot = alias.lastIndexOf('.');
    let space = dot >= 0 ? alias.slice(0, dot) : namespace;
    const short = dot >= 0 ? alias.slice(dot + 1) : alias;
    if (!isValidAvroName(short)) badName(fail, short, `${at}/aliases`, `${at}/aliases`, 'alias');
    if (space === '') space = undefined;
    const full = space === undefined ? (namespace !== undefined ? `.${short}` : short) : `${space}.${short}`;
    if (!out.includes(full)) out.push(full);
  }
  return out;
}
