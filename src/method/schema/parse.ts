// .avsc text to a schema model, accepting and rejecting what Avro Java 1.12's default
// Schema.Parser does, so that compatibility answers match Avro's. Each value remembers where it
// was written (a JSON pointer and, for file input, line and column) for errors and lint findings.
// Named types are single objects shared by every reference to them; other schemas are fresh per
// occurrence, as in Avro Java, whose compatibility memo is keyed by object identity.
// Pointers are built from keywords ("fields", "type", ...) and indexes, which need no RFC 6901 escaping.
import { didYouMean, UserError, type UserProblem } from '../../model/errors.js';
import { lineColumn, nodeText as text, parseJson, showPointer, summarize, toValue, type JsonNode } from './json.js';
export { showPointer } from './json.js';
import {
  isValidAvroName,
  PRIMITIVE_TYPES,
  type AvroField,
  type AvroSchema,
  type ArraySchema,
  type EnumSchema,
  type FixedSchema,
  type MapSchema,
  type NamedSchema,
  type PrimitiveType,
  type RecordSchema,
  type SchemaSource,
  type UnionSchema,
} from './schema-model.js';
import { defaultFits, describeType, expectedDefault, fits } from './default-value.js';

export * from './schema-model.js';
export { defaultFits } from './default-value.js';

/** A reference to a named type not defined yet (Avro allows forward references); replaced after parsing. */
interface Reference {
  type: 'reference';
  fullName: string;
  at: string;
  node: JsonNode;
}

type Parsed = AvroSchema | Reference;

const PRIMITIVES: ReadonlySet<string> = new Set(PRIMITIVE_TYPES);

/** Parses .avsc text. Throws a UserError naming the file, the JSON path, line and column. */
export function parseSchema(text: string, file?: string): AvroSchema {
  return parseSchemaNode(parseJson(text, file), { file, text });
}

/** Parses a schema already read as a plain value (an object, an array for a union, or a type name). */
export function parseSchemaValue(value: unknown): AvroSchema {
  return parseSchemaNode(parseJson(JSON.stringify(value)));
}

/** Parses a located JSON node (for schemas embedded in a larger document). */
export function parseSchemaNode(root: JsonNode, source: SchemaSource = {}): AvroSchema {
  return new SchemaParser(source).parseDocument(root);
}

class SchemaParser {
  private readonly named = new Map<string, NamedSchema>();
  /** Forward references, and the slot (an object's property or an array's item) each one fills. */
  private readonly references: Array<{ ref: Reference; holder: Record<string | number, unknown>; slot: string | number }> = [];
  /** Fields with a default, and the default as Avro checks it. */
  private readonly defaults: Array<{ field: AvroField; value: JsonNode }> = [];

  constructor(private readonly source: SchemaSource) {}

  parseDocument(root: JsonNode): AvroSchema {
    const document = { top: undefined as unknown as AvroSchema };
    document.top = this.resolved(this.parse(root, '', undefined), document, 'top');
    for (const { ref, holder, slot } of this.references) {
      const target = this.named.get(ref.fullName);
      if (!target) {
        const written = ref.node.kind === 'string' ? ref.node.value : ref.fullName;
        const near = didYouMean(written, [...PRIMITIVE_TYPES, 'record', 'enum', 'fixed', 'array', 'map', ...this.named.keys()]);
        this.fail(ref.node, ref.at, `"${ref.fullName}" is not a type Avro knows`, {
          expected: `a primitive type (${PRIMITIVE_TYPES.join(', ')}), "record", "enum", "fixed", "array", "map", or the name of a type defined in this schema`,
          suggestion: near.length ? `did you mean "${near[0]}"?` : 'define the named type in this schema, or fix the spelling (names are case-sensitive and resolved against the enclosing namespace)',
        });
      }
      holder[slot] = target!;
    }
    for (const { field, value } of this.defaults) this.checkDefault(field, value);
    return document.top;
  }

  fail(node: JsonNode | undefined, at: string, message: string, extra: Partial<UserProblem> = {}): never {
    const where = node && this.source.text !== undefined ? lineColumn(this.source.text, node.start) : {};
    throw new UserError({ file: this.source.file, ...where, field: showPointer(at), message: `invalid Avro schema: ${message}`, ...extra });
  }

  /**
   * The schema to store in `holder[slot]`: the parsed one, or for a forward reference a
   * placeholder that parseDocument replaces once every name is defined.
   */
  private resolved(parsed: Parsed, holder: object, slot: string | number): AvroSchema {
    if (parsed.type !== 'reference') return parsed;
    this.references.push({ ref: parsed, holder: holder as Record<string | number, unknown>, slot });
    return undefined as unknown as AvroSchema;
  }

  private parse(node: JsonNode, at: string, namespace: string | undefined): Parsed {
    if (node.kind === 'string') return this.find(node.value, namespace, node, at);
    if (node.kind === 'array') return this.parseUnion(node, at, namespace);
    if (node.kind !== 'object') {
      return this.fail(node, at, `a schema cannot be ${summarize(node)}`, {
        expected: 'a type name (e.g. "string"), an object with "type", or an array (a union)',
        found: summarize(node),
      });
    }
    const type = text(node.members.get('type'));
    if (type === undefined) {
      return this.fail(node, at, 'the schema object has no "type" string', {
        expected: '"type": one of the primitive types, "record", "enum", "fixed", "array", "map", or a named type',
        found: summarize(node.members.get('type')),
        suggestion: 'to use a union as a field type write "type": ["null", "string"] on the field, not inside a nested object',
      });
    }
    if (PRIMITIVES.has(type)) {
      return { type: type as PrimitiveType, at, node, logicalType: text(node.members.get('logicalType')) };
    }
    switch (type) {
      case 'record':
      case 'error':
        return this.parseRecord(node, at, namespace, type === 'error');
      case 'enum':
        return this.parseEnum(node, at, namespace);
      case 'fixed':
        return this.parseFixed(node, at, namespace);
      case 'array':
        return this.parseContainer(node, at, namespace, 'items', 'the type of the elements');
      case 'map':
        return this.parseContainer(node, at, namespace, 'values', 'the type of the values (keys are always strings)');
      default:
        return this.find(type, namespace, node, at);
    }
  }

  /** An array (its "items" type) or a map (its "values" type). */
  private parseContainer(node: JsonNode & { kind: 'object' }, at: string, namespace: string | undefined, key: 'items' | 'values', what: string): ArraySchema | MapSchema {
    const type = key === 'items' ? 'array' : 'map';
    const element = node.members.get(key);
    if (!element) this.fail(node, at, `${type === 'array' ? 'an array' : 'a map'} has no "${key}" type`, { expected: `"${key}": ${what}`, suggestion: `add e.g. "${key}": "string"` });
    const result: Record<string, unknown> = { type, at, node, logicalType: text(node.members.get('logicalType')), [key]: undefined };
    result[key] = this.resolved(this.parse(element!, `${at}/${key}`, namespace), result, key);
    return result as unknown as ArraySchema | MapSchema;
  }

  /** A primitive (fresh each time) or a named type, looked up as namespace.name first, then as written. */
  private find(name: string, namespace: string | undefined, node: JsonNode, at: string): Parsed {
    if (PRIMITIVES.has(name)) return { type: name as PrimitiveType, at, node };
    const full = namespace !== undefined && !name.includes('.') ? `${namespace}.${name}` : name;
    const known = this.named.get(full) ?? this.named.get(name);
    return known ?? { type: 'reference', fullName: full, at, node };
  }

  private parseName(node: JsonNode & { kind: 'object' }, at: string, enclosing: string | undefined): { name: string; namespace?: string; fullName: string } {
    const written = text(node.members.get('name'));
    if (written === undefined) {
      this.fail(node, at, 'a named type has no "name"', { expected: '"name": a string such as "OrderCreated"', found: summarize(node.members.get('name')) });
    }
    let namespace = text(node.members.get('namespace')) ?? enclosing;
    let name = written!;
    const dot = name.lastIndexOf('.');
    if (dot >= 0) {
      namespace = name.slice(0, dot);
      name = name.slice(dot + 1);
    }
    if (namespace === '') namespace = undefined;
    if (!isValidAvroName(name)) this.badName(name, node.members.get('name') ?? node, `${at}/name`, 'type name');
    if (namespace !== undefined) {
      for (const part of namespace.split('.')) if (!isValidAvroName(part)) this.badName(part, node.members.get('namespace') ?? node, `${at}/namespace`, 'namespace part');
    }
    const fullName = namespace === undefined ? name : `${namespace}.${name}`;
    if ((PRIMITIVE_TYPES as readonly string[]).includes(fullName)) {
      this.fail(node.members.get('name'), `${at}/name`, `a named type cannot be called "${fullName}", the name of a primitive type`, {
        suggestion: 'choose another name, or give the type a namespace',
      });
    }
    return { name, namespace, fullName };
  }

  /** Refuses a name isValidAvroName rejected (callers test first, so the pointer is built only for an error). */
  private badName(name: string, node: JsonNode, at: string, what: string): never {
    return this.fail(node, at, `${what} "${name}" is not a valid Avro name`, {
      expected: 'a letter or "_" first, then letters, digits or "_"',
      found: JSON.stringify(name),
      suggestion: 'Avro names cannot contain "-", spaces or dots (dots separate namespace parts); use e.g. snake_case or camelCase',
    });
  }

  private aliasesOf(node: JsonNode & { kind: 'object' }, at: string): string[] {
    const aliases = node.members.get('aliases');
    if (!aliases) return [];
    if (aliases.kind !== 'array') this.fail(aliases, `${at}/aliases`, '"aliases" is not an array', { expected: 'an array of names', found: summarize(aliases) });
    return (aliases as JsonNode & { kind: 'array' }).items
      .map((a, i) => {
        if (a.kind !== 'string') this.fail(a, `${at}/aliases/${i}`, 'an alias is not a string', { expected: 'a name', found: summarize(a) });
        return (a as JsonNode & { kind: 'string' }).value;
      })
      .filter((a, i, all) => all.indexOf(a) === i);
  }

  /** Full names of a named type's aliases, as Avro Java's Schema#getAliases reports them. */
  private namedAliases(node: JsonNode & { kind: 'object' }, at: string, namespace: string | undefined): string[] {
    const out: string[] = [];
    for (const alias of this.aliasesOf(node, at)) {
      const dot = alias.lastIndexOf('.');
      let space = dot >= 0 ? alias.slice(0, dot) : namespace;
      const short = dot >= 0 ? alias.slice(dot + 1) : alias;
      if (!isValidAvroName(short)) this.badName(short, node.members.get('aliases')!, `${at}/aliases`, 'alias');
      if (space === '') space = undefined;
      const full = space === undefined ? (namespace !== undefined ? `.${short}` : short) : `${space}.${short}`;
      if (!out.includes(full)) out.push(full);
    }
    return out;
  }

  private define(schema: NamedSchema): void {
    const existing = this.named.get(schema.fullName);
    if (existing && JSON.stringify(toValue(existing.node)) !== JSON.stringify(toValue(schema.node))) {
      this.fail(schema.node, schema.at, `"${schema.fullName}" is defined twice`, {
        suggestion: `define it once and refer to it by name ("${schema.fullName}") everywhere else`,
      });
    }
    if (!existing) this.named.set(schema.fullName, schema);
  }

  private parseRecord(node: JsonNode & { kind: 'object' }, at: string, enclosing: string | undefined, isError: boolean): RecordSchema {
    const names = this.parseName(node, at, enclosing);
    const fieldsNode = node.members.get('fields');
    if (fieldsNode?.kind !== 'array') {
      this.fail(node, at, `record "${names.fullName}" has no "fields" array`, { expected: '"fields": [ ... ] (it may be empty)', found: summarize(fieldsNode) });
    }
    const record: RecordSchema = {
      type: 'record',
      at,
      node,
      ...names,
      aliases: [],
      doc: text(node.members.get('doc')),
      logicalType: text(node.members.get('logicalType')),
      fields: [],
      fieldByName: new Map(),
      isError,
    };
    const fieldNodes = (fieldsNode as JsonNode & { kind: 'array' }).items;
    for (let pos = 0; pos < fieldNodes.length; pos++) {
      const fieldNode = fieldNodes[pos]!;
      const field = this.parseField(fieldNode, `${at}/fields/${pos}`, names.namespace, pos);
      const twin = record.fieldByName.get(field.name);
      if (twin) {
        this.fail(fieldNode, field.at, `record "${names.fullName}" has two fields named "${field.name}" (positions ${twin.pos} and ${pos})`, {
          suggestion: 'field names must be unique within a record: rename or remove one',
        });
      }
      record.fields.push(field);
      record.fieldByName.set(field.name, field);
    }
    record.aliases = this.namedAliases(node, at, names.namespace);
    this.define(record);
    return record;
  }

  private parseField(node: JsonNode, at: string, namespace: string | undefined, pos: number): AvroField {
    if (node.kind !== 'object') this.fail(node, at, 'a field must be an object', { expected: '{"name": ..., "type": ...}', found: summarize(node) });
    const obj = node as JsonNode & { kind: 'object' };
    const name = text(obj.members.get('name'));
    if (name === undefined) this.fail(node, at, 'a field has no "name"', { expected: '"name": a string', found: summarize(obj.members.get('name')) });
    const typeNode = obj.members.get('type');
    if (!typeNode) this.fail(node, at, `field "${name}" has no "type"`, { expected: '"type": the field\'s schema, e.g. "string" or ["null", "string"]' });
    if (!isValidAvroName(name!)) this.badName(name!, obj.members.get('name')!, `${at}/name`, 'field name');
    const orderNode = obj.members.get('order');
    const order = orderNode === undefined ? 'ascending' : text(orderNode)?.toLowerCase();
    if (order !== 'ascending' && order !== 'descending' && order !== 'ignore') {
      this.fail(orderNode, `${at}/order`, `field "${name}" has an unknown "order"`, { expected: 'ascending, descending or ignore', found: summarize(orderNode) });
    }
    const field: AvroField = {
      name: name!,
      at,
      node,
      pos,
      type: undefined as unknown as AvroSchema,
      doc: text(obj.members.get('doc')),
      default: obj.members.get('default'),
      aliases: this.aliasesOf(obj, at),
      order: order as AvroField['order'],
    };
    const parsed = this.parse(typeNode!, `${at}/type`, namespace);
    field.type = this.resolved(parsed, field, 'type');
    if (field.default !== undefined) {
      const value = this.numericDefault(field, parsed);
      if (!fits(parsed.type === 'reference' ? undefined : parsed, value)) {
        this.fail(value, `${at}/default`, `the default of field "${field.name}" cannot be checked against a type defined later in the file`, {
          found: summarize(value),
          suggestion: 'Avro checks a default before it resolves names defined further down: define the named type before this field (or in an earlier field)',
        });
      }
      this.defaults.push({ field, value });
    }
    return field;
  }

  /** Avro Java reads a quoted default of a float or double field as a number ("NaN" included). */
  private numericDefault(field: AvroField, type: Parsed): JsonNode {
    const value = field.default!;
    if ((type.type !== 'float' && type.type !== 'double') || value.kind !== 'string') return value;
    const written = value.value.trim();
    const n = Number(written);
    if (written === '' || (Number.isNaN(n) && !/^[+-]?(NaN|Infinity)$/.test(written))) {
      this.fail(value, `${field.at}/default`, `the default of field "${field.name}" is not a number`, { found: summarize(value), expected: 'a number' });
    }
    return {
      kind: 'number',
      value: n,
      integral: false,
      raw: written,
      get start() {
        return value.start;
      },
    };
  }

  /** Avro Java rejects a default that does not fit the field's type (for a union: any branch). */
  private checkDefault(field: AvroField, value: JsonNode): void {
    if (!defaultFits(field.type, value)) {
      this.fail(value, `${field.at}/default`, `the default of field "${field.name}" does not fit its type ${describeType(field.type)}`, {
        found: summarize(value),
        expected: expectedDefault(field.type),
        suggestion: field.type.type === 'union' ? 'for an optional field write "type": ["null", T] with "default": null' : undefined,
      });
    }
  }

  private parseEnum(node: JsonNode & { kind: 'object' }, at: string, enclosing: string | undefined): EnumSchema {
    const names = this.parseName(node, at, enclosing);
    const symbolsNode = node.members.get('symbols');
    if (symbolsNode?.kind !== 'array') {
      this.fail(node, at, `enum "${names.fullName}" has no "symbols" array`, { expected: '"symbols": ["A", "B", ...]', found: summarize(symbolsNode) });
    }
    const symbols: string[] = [];
    const listed = new Set<string>();
    const symbolNodes = (symbolsNode as JsonNode & { kind: 'array' }).items;
    for (let i = 0; i < symbolNodes.length; i++) {
      const s = symbolNodes[i]!;
      if (s.kind !== 'string') this.fail(s, `${at}/symbols/${i}`, 'an enum symbol is not a string', { found: summarize(s), expected: 'a name' });
      const symbol = (s as JsonNode & { kind: 'string' }).value;
      if (!isValidAvroName(symbol)) this.badName(symbol, s, `${at}/symbols/${i}`, 'enum symbol');
      if (listed.has(symbol)) this.fail(s, `${at}/symbols/${i}`, `enum "${names.fullName}" lists the symbol ${symbol} twice`, { suggestion: 'remove the duplicate' });
      listed.add(symbol);
      symbols.push(symbol);
    }
    // Avro Java ignores a default that is not a string.
    const defaultSymbol = text(node.members.get('default'));
    if (defaultSymbol !== undefined && !listed.has(defaultSymbol)) {
      this.fail(node.members.get('default'), `${at}/default`, `the default of enum "${names.fullName}" is not one of its symbols`, {
        found: JSON.stringify(defaultSymbol),
        expected: `one of: ${symbols.join(', ')}`,
      });
    }
    const result: EnumSchema = {
      type: 'enum',
      at,
      node,
      ...names,
      aliases: this.namedAliases(node, at, names.namespace),
      doc: text(node.members.get('doc')),
      logicalType: text(node.members.get('logicalType')),
      symbols,
      default: defaultSymbol,
    };
    this.define(result);
    return result;
  }

  private parseFixed(node: JsonNode & { kind: 'object' }, at: string, enclosing: string | undefined): FixedSchema {
    const names = this.parseName(node, at, enclosing);
    const size = node.members.get('size');
    if (size?.kind !== 'number' || !size.integral || size.value > 2147483647 || size.value < -2147483648) {
      this.fail(size ?? node, `${at}/size`, `fixed "${names.fullName}" has no valid "size"`, { expected: '"size": the number of bytes, an integer', found: summarize(size) });
    }
    const result: FixedSchema = {
      type: 'fixed',
      at,
      node,
      ...names,
      aliases: this.namedAliases(node, at, names.namespace),
      doc: text(node.members.get('doc')),
      logicalType: text(node.members.get('logicalType')),
      size: (size as { value: number }).value,
    };
    this.define(result);
    return result;
  }

  private parseUnion(node: JsonNode & { kind: 'array' }, at: string, namespace: string | undefined): UnionSchema {
    const union: UnionSchema = { type: 'union', at, node, branches: [] };
    const seen = new Map<string, number>();
    for (let i = 0; i < node.items.length; i++) {
      const item = node.items[i]!;
      const branchAt = `${at}/${i}`;
      const branch = this.parse(item, branchAt, namespace);
      if (branch.type === 'union') {
        this.fail(item, branchAt, 'a union cannot directly contain another union', { suggestion: "list the inner union's types in the outer union instead" });
      }
      const key = branch.type === 'reference' ? branch.fullName : 'fullName' in branch ? branch.fullName : branch.type;
      if (seen.has(key)) {
        this.fail(item, branchAt, `the union lists ${key} twice (branches ${seen.get(key)} and ${i})`, { suggestion: 'a union may hold each type (or each named type) once: remove the duplicate' });
      }
      seen.set(key, i);
      union.branches.push(this.resolved(branch, union.branches, i));
    }
    return union;
  }
}
