// Avro names: a named type's name and namespace, and its aliases, accepted and refused as Avro
// Java 1.12's Schema.Parser does. The parser passes its `fail`, so errors name the file, pointer,
// line and column as every other schema error does.
import type { UserProblem } from '../../model/errors.js';
import { nodeText as text, summarize, type JsonNode } from './json.js';
import { isValidAvroName, PRIMITIVE_TYPES } from './schema-model.js';

export type Fail = (node: JsonNode | undefined, at: string, message: string, extra?: Partial<UserProblem>) => never;

/** A named type's name and namespace (a dotted name carries its own), checked as Avro Java checks them. */
export function parseName(fail: Fail, node: JsonNode & { kind: 'object' }, at: string, enclosing: string | undefined): { name: string; namespace?: string; fullName: string } {
  const written = text(node.members.get('name'));
  if (written === undefined) {
    fail(node, at, 'a named type has no "name"', { expected: '"name": a string such as "OrderCreated"', found: summarize(node.members.get('name')) });
  }
  let namespace = text(node.members.get('namespace')) ?? enclosing;
  let name = written!;
  const dot = name.lastIndexOf('.');
  if (dot >= 0) {
    namespace = name.slice(0, dot);
    name = name.slice(dot + 1);
  }
  if (namespace === '') namespace = undefined;
  if (!isValidAvroName(name)) badName(fail, name, node.members.get('name') ?? node, `${at}/name`, 'type name');
  if (namespace !== undefined) {
    for (const part of namespace.split('.')) if (!isValidAvroName(part)) badName(fail, part, node.members.get('namespace') ?? node, `${at}/namespace`, 'namespace part');
  }
  const fullName = namespace === undefined ? name : `${namespace}.${name}`;
  if ((PRIMITIVE_TYPES as readonly string[]).includes(fullName)) {
    fail(node.members.get('name'), `${at}/name`, `a named type cannot be called "${fullName}", the name of a primitive type`, {
      suggestion: 'choose another name, or give the type a namespace',
    });
  }
  return { name, namespace, fullName };
}

/** Refuses a name isValidAvroName rejected (callers test first, so the pointer is built only for an error). */
export function badName(fail: Fail, name: string, node: JsonNode, at: string, what: string): never {
  return fail(node, at, `${what} "${name}" is not a valid Avro name`, {
    expected: 'a letter or "_" first, then letters, digits or "_"',
    found: JSON.stringify(name),
    suggestion: 'Avro names cannot contain "-", spaces or dots (dots separate namespace parts); use e.g. snake_case or camelCase',
  });
}

/** The aliases as written, each once. */
export function aliasesOf(fail: Fail, node: JsonNode & { kind: 'object' }, at: string): string[] {
  const aliases = node.members.get('aliases');
  if (!aliases) return [];
  if (aliases.kind !== 'array') fail(aliases, `${at}/aliases`, '"aliases" is not an array', { expected: 'an array of names', found: summarize(aliases) });
  return (aliases as JsonNode & { kind: 'array' }).items
    .map((a, i) => {
      if (a.kind !== 'string') fail(a, `${at}/aliases/${i}`, 'an alias is not a string', { expected: 'a name', found: summarize(a) });
      return (a as JsonNode & { kind: 'string' }).value;
    })
    .filter((a, i, all) => all.indexOf(a) === i);
}

/** Full names of a named type's aliases, as Avro Java's Schema#getAliases reports them. */
export function namedAliases(fail: Fail, node: JsonNode & { kind: 'object' }, at: string, namespace: string | undefined): string[] {
  const out: string[] = [];
  for (const alias of aliasesOf(fail, node, at)) {
    const dot = alias.lastIndexOf('.');
    let space = dot >= 0 ? alias.slice(0, dot) : namespace;
    const short = dot >= 0 ? alias.slice(dot + 1) : alias;
    if (!isValidAvroName(short)) badName(fail, short, node.members.get('aliases')!, `${at}/aliases`, 'alias');
    if (space === '') space = undefined;
    const full = space === undefined ? (namespace !== undefined ? `.${short}` : short) : `${space}.${short}`;
    if (!out.includes(full)) out.push(full);
  }
  return out;
}
