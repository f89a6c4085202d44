// .avsc text to a schema model, accepting and rejecting what Avro Java 1.12's default
// Schema.Parser does, so that compatibility answers match Avro's. Each value remembers where it
// was written (a JSON pointer and, for file input, line and column) for errors and lint findings.
// Named types are single objects shared by every reference to them; other schemas are fresh per
// occurrence, as in Avro Java, whose compatibility memo is keyed by object identity.
// Pointers are built from keywords ("fields", "type", ...) and indexes, which need no RFC 6901 escaping.
// The parser reads the plain values JSON.parse gives; the model's nodes are found by pointer when
// something reads them (a position, a lint rule), so a check builds none but its defaults'.
import { didYouMean, UserError } from '../../model/errors.js';
import { documentOf, lineColumn, nodeWhenRead, readJson, showPointer, stringOf as text, summarize, toValue, type JsonDocument, type JsonNode, type JsonObject, type JsonValue } from './json.js';
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
import { aliasesOf, badName, namedAliases, parseName, type Fail } from './avro-names.js';

export * from './schema-model.js';
export { defaultFits } from './default-value.js';

/** A reference to a named type not defined yet (Avro allows forward references); replaced after parsing. */
interface Reference {
  type: 'reference';
  fullName: string;
  /** The name as written where it is a bare string, else the full name. */
  written: string;
  at: string;
}

type Parsed = AvroSchema | Reference;

/** The fields a record, an enum and a fixed share. */
type NamedHead = Omit<FixedSchema, 'type' | 'size'>;

const PRIMITIVES: ReadonlySet<string> = new Set(PRIMITIVE_TYPES);

/** Parses .avsc text. Throws a UserError naming the file, the JSON path, line and column. */
export function parseSchema(text: string, file?: string): AvroSchema {
  return new SchemaParser(readJson(text, file), { file, text }).parseDocument();
}

/** Parses a schema already read as a plain value (an object, an array for a union, or a type name). */
export function parseSchemaValue(value: unknown): AvroSchema {
  return new SchemaParser(readJson(JSON.stringify(value)), {}).parseDocument();
}

/** Parses a located JSON node (for schemas embedded in a larger document). */
export function parseSchemaNode(root: JsonNode, source: SchemaSource = {}): AvroSchema {
  return new SchemaParser(documentOf(root), source).parseDocument();
}

class SchemaParser {
  private readonly named = new Map<string, NamedSchema>();
  /** Forward references, and the slot (an object's property or an array's item) each one fills. */
  private readonly references: Array<{ ref: Reference; holder: Record<string | number, unknown>; slot: string | number }> = [];
  /** Fields with a default, and the default as Avro checks it. */
  private readonly defaults: Array<{ field: AvroField; value: JsonNode }> = [];

  constructor(
    private readonly json: JsonDocument,
    private readonly source: SchemaSource,
  ) {}

  parseDocument(): AvroSchema {
    const document = { top: undefined as unknown as AvroSchema };
    document.top = this.resolved(this.parse(this.json.value, '', undefined), document, 'top');
    // Indexed loops: a cold process interprets this code, where iterators cost more than the work.
    for (let i = 0; i < this.references.length; i++) {
      const { ref, holder, slot } = this.references[i]!;
      const target = this.named.get(ref.fullName);
      if (!target) {
        const near = didYouMean(ref.written, [...PRIMITIVE_TYPES, 'record', 'enum', 'fixed', 'array', 'map', ...this.named.keys()]);
        this.fail(ref.at, ref.at, `"${ref.fullName}" is not a type Avro knows`, {
          expected: `a primitive type (${PRIMITIVE_TYPES.join(', ')}), "record", "enum", "fixed", "array", "map", or the name of a type defined in this schema`,
          suggestion: near.length ? `did you mean "${near[0]}"?` : 'define the named type in this schema, or fix the spelling (names are case-sensitive and resolved against the enclosing namespace)',
        });
      }
      holder[slot] = target!;
    }
    for (let i = 0; i < this.defaults.length; i++) this.checkDefault(this.defaults[i]!.field, this.defaults[i]!.value);
    return document.top;
  }

  /** Throws a UserError at the node `position` points to (an arrow, so the name helpers can be handed it). */
  readonly fail: Fail = (position, at, message, extra = {}) => {
    const where = position !== undefined && this.source.text !== undefined ? lineColumn(this.source.text, this.json.nodeAt(position).start) : {};
    throw new UserError({ file: this.source.file, ...where, field: showPointer(at), message: `invalid Avro schema: ${message}`, ...extra });
  };

  /**
   * The schema to store in `holder[slot]`: the parsed one, or for a forward reference a
   * placeholder that parseDocument replaces once every name is defined.
   */
  private resolved(parsed: Parsed, holder: object, slot: string | number): AvroSchema {
    if (parsed.type !== 'reference') return parsed;
    this.references.push({ ref: parsed, holder: holder as Record<string | number, unknown>, slot });
    return undefined as unknown as AvroSchema;
  }

  private parse(value: JsonValue, at: string, namespace: string | undefined): Parsed {
    if (typeof value === 'string') return this.find(value, namespace, at, true);
    if (Array.isArray(value)) return this.parseUnion(value, at, namespace);
    if (typeof value !== 'object' || value === null) {
      return this.fail(at, at, `a schema cannot be ${summarize(value)}`, {
        expected: 'a type name (e.g. "string"), an object with "type", or an array (a union)',
        found: summarize(value),
      });
    }
    const type = text(value.type);
    if (type === undefined) {
      return this.fail(at, at, 'the schema object has no "type" string', {
        expected: '"type": one of the primitive types, "record", "enum", "fixed", "array", "map", or a named type',
        found: summarize(value.type),
        suggestion: 'to use a union as a field type write "type": ["null", "string"] on the field, not inside a nested object',
      });
    }
    if (PRIMITIVES.has(type)) {
      return { type: type as PrimitiveType, at, node: nodeWhenRead(this.json, at), logicalType: text(value.logicalType) };
    }
    switch (type) {
      case 'record':
      case 'error':
        return this.parseRecord(value, at, namespace, type === 'error');
      case 'enum':
        return this.parseEnum(value, at, namespace);
      case 'fixed':
        return this.parseFixed(value, at, namespace);
      case 'array':
        return this.parseContainer(value, at, namespace, 'items', 'the type of the elements');
      case 'map':
        return this.parseContainer(value, at, namespace, 'values', 'the type of the values (keys are always strings)');
      default:
        return this.find(type, namespace, at, false);
    }
  }

  /** An array (its "items" type) or a map (its "values" type). */
  private parseContainer(object: JsonObject, at: string, namespace: string | undefined, key: 'items' | 'values', what: string): ArraySchema | MapSchema {
    const type = key === 'items' ? 'array' : 'map';
    const element = object[key];
    if (element === undefined) this.fail(at, at, `${type === 'array' ? 'an array' : 'a map'} has no "${key}" type`, { expected: `"${key}": ${what}`, suggestion: `add e.g. "${key}": "string"` });
    const result: Record<string, unknown> = { type, at, node: nodeWhenRead(this.json, at), logicalType: text(object.logicalType), [key]: undefined };
    result[key] = this.resolved(this.parse(element!, `${at}/${key}`, namespace), result, key);
    return result as unknown as ArraySchema | MapSchema;
  }

  /**
   * A primitive (fresh each time) or a named type, looked up as namespace.name first, then as
   * written; `bare` when the name is the whole value at `at` (not an object's "type").
   */
  private find(name: string, namespace: string | undefined, at: string, bare: boolean): Parsed {
    if (PRIMITIVES.has(name)) return { type: name as PrimitiveType, at, node: nodeWhenRead(this.json, at) };
    const full = namespace !== undefined && !name.includes('.') ? `${namespace}.${name}` : name;
    const known = this.named.get(full) ?? this.named.get(name);
    return known ?? { type: 'reference', fullName: full, written: bare ? name : full, at };
  }

  private define(schema: NamedSchema): void {
    const existing = this.named.get(schema.fullName);
    if (existing && JSON.stringify(toValue(existing.node)) !== JSON.stringify(toValue(schema.node))) {
      this.fail(schema.at, schema.at, `"${schema.fullName}" is defined twice`, {
        suggestion: `define it once and refer to it by name ("${schema.fullName}") everywhere else`,
      });
    }
    if (!existing) this.named.set(schema.fullName, schema);
  }

  /** What every named type holds, in the model's order; the caller adds what its kind has. */
  private namedHead<T extends NamedSchema['type']>(type: T, object: JsonObject, at: string, names: ReturnType<typeof parseName>, aliases: string[]): NamedHead & { type: T } {
    return {
      type,
      at,
      node: nodeWhenRead(this.json, at),
      name: names.name,
      namespace: names.namespace,
      fullName: names.fullName,
      aliases,
      doc: text(object.doc),
      logicalType: text(object.logicalType),
    };
  }

  private parseRecord(object: JsonObject, at: string, enclosing: string | undefined, isError: boolean): RecordSchema {
    const names = parseName(this.fail, object, at, enclosing);
    const fields = object.fields;
    if (!Array.isArray(fields)) {
      this.fail(at, at, `record "${names.fullName}" has no "fields" array`, { expected: '"fields": [ ... ] (it may be empty)', found: summarize(fields) });
    }
    // Aliases are read after the fields, where Avro Java reads them (a field's error comes first).
    const record: RecordSchema = Object.assign(this.namedHead('record', object, at, names, []), { fields: [], fieldByName: new Map<string, AvroField>(), isError });
    const fieldValues = fields as JsonValue[];
    for (let pos = 0; pos < fieldValues.length; pos++) {
      const field = this.parseField(fieldValues[pos]!, `${at}/fields/${pos}`, names.namespace, pos);
      const twin = record.fieldByName.get(field.name);
      if (twin) {
        this.fail(field.at, field.at, `record "${names.fullName}" has two fields named "${field.name}" (positions ${twin.pos} and ${pos})`, {
          suggestion: 'field names must be unique within a record: rename or remove one',
        });
      }
      record.fields.push(field);
      record.fieldByName.set(field.name, field);
    }
    record.aliases = namedAliases(this.fail, object, at, names.namespace);
    this.define(record);
    return record;
  }

  private parseField(value: JsonValue, at: string, namespace: string | undefined, pos: number): AvroField {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(at, at, 'a field must be an object', { expected: '{"name": ..., "type": ...}', found: summarize(value) });
    const object = value as JsonObject;
    const name = text(object.name);
    if (name === undefined) this.fail(at, at, 'a field has no "name"', { expected: '"name": a string', found: summarize(object.name) });
    const typeValue = object.type;
    if (typeValue === undefined) this.fail(at, at, `field "${name}" has no "type"`, { expected: '"type": the field\'s schema, e.g. "string" or ["null", "string"]' });
    if (!isValidAvroName(name!)) badName(this.fail, name!, `${at}/name`, `${at}/name`, 'field name');
    const orderValue = object.order;
    const order = orderValue === undefined ? 'ascending' : text(orderValue)?.toLowerCase();
    if (order !== 'ascending' && order !== 'descending' && order !== 'ignore') {
      this.fail(`${at}/order`, `${at}/order`, `field "${name}" has an unknown "order"`, { expected: 'ascending, descending or ignore', found: summarize(orderValue) });
    }
    const field: AvroField = {
      name: name!,
      at,
      node: nodeWhenRead(this.json, at),
      pos,
      type: undefined as unknown as AvroSchema,
      doc: text(object.doc),
      default: object.default === undefined ? undefined : this.json.nodeAt(`${at}/default`),
      aliases: aliasesOf(this.fail, object, at),
      order: order as AvroField['order'],
    };
    const parsed = this.parse(typeValue!, `${at}/type`, namespace);
    field.type = this.resolved(parsed, field, 'type');
    if (field.default !== undefined) {
      const value = this.numericDefault(field, parsed);
      if (!fits(parsed.type === 'reference' ? undefined : parsed, value)) {
        this.fail(`${at}/default`, `${at}/default`, `the default of field "${field.name}" cannot be checked against a type defined later in the file`, {
          found: summarize(toValue(value)),
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
      this.fail(`${field.at}/default`, `${field.at}/default`, `the default of field "${field.name}" is not a number`, { found: summarize(value.value), expected: 'a number' });
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
      this.fail(`${field.at}/default`, `${field.at}/default`, `the default of field "${field.name}" does not fit its type ${describeType(field.type)}`, {
        found: summarize(toValue(value)),
        expected: expectedDefault(field.type),
        suggestion: field.type.type === 'union' ? 'for an optional field write "type": ["null", T] with "default": null' : undefined,
      });
    }
  }

  private parseEnum(object: JsonObject, at: string, enclosing: string | undefined): EnumSchema {
    const names = parseName(this.fail, object, at, enclosing);
    const symbolValues = object.symbols;
    if (!Array.isArray(symbolValues)) {
      this.fail(at, at, `enum "${names.fullName}" has no "symbols" array`, { expected: '"symbols": ["A", "B", ...]', found: summarize(symbolValues) });
    }
    const symbols: string[] = [];
    const listed = new Set<string>();
    for (let i = 0; i < symbolValues.length; i++) {
      const symbol = symbolValues[i]!;
      if (typeof symbol !== 'string') this.fail(`${at}/symbols/${i}`, `${at}/symbols/${i}`, 'an enum symbol is not a string', { found: summarize(symbol), expected: 'a name' });
      if (!isValidAvroName(symbol)) badName(this.fail, symbol, `${at}/symbols/${i}`, `${at}/symbols/${i}`, 'enum symbol');
      if (listed.has(symbol)) this.fail(`${at}/symbols/${i}`, `${at}/symbols/${i}`, `enum "${names.fullName}" lists the symbol ${symbol} twice`, { suggestion: 'remove the duplicate' });
      listed.add(symbol);
      symbols.push(symbol);
    }
    // Avro Java ignores a default that is not a string.
    const defaultSymbol = text(object.default);
    if (defaultSymbol !== undefined && !listed.has(defaultSymbol)) {
      this.fail(`${at}/default`, `${at}/default`, `the default of enum "${names.fullName}" is not one of its symbols`, {
        found: JSON.stringify(defaultSymbol),
        expected: `one of: ${symbols.join(', ')}`,
      });
    }
    const result: EnumSchema = Object.assign(this.namedHead('enum', object, at, names, namedAliases(this.fail, object, at, names.namespace)), { symbols, default: defaultSymbol });
    this.define(result);
    return result;
  }

  private parseFixed(object: JsonObject, at: string, enclosing: string | undefined): FixedSchema {
    const names = parseName(this.fail, object, at, enclosing);
    // Read as a node: only a node knows whether the number was written as an integer.
    const size = object.size === undefined ? undefined : this.json.nodeAt(`${at}/size`);
    if (size?.kind !== 'number' || !size.integral || size.value > 2147483647 || size.value < -2147483648) {
      this.fail(size ? `${at}/size` : at, `${at}/size`, `fixed "${names.fullName}" has no valid "size"`, { expected: '"size": the number of bytes, an integer', found: summarize(object.size) });
    }
    const result: FixedSchema = Object.assign(this.namedHead('fixed', object, at, names, namedAliases(this.fail, object, at, names.namespace)), { size: (size as { value: number }).value });
    this.define(result);
    return result;
  }

  private parseUnion(items: JsonValue[], at: string, namespace: string | undefined): UnionSchema {
    const union: UnionSchema = { type: 'union', at, node: nodeWhenRead(this.json, at), branches: [] };
    const seen = new Map<string, number>();
    for (let i = 0; i < items.length; i++) {
      const branchAt = `${at}/${i}`;
      const branch = this.parse(items[i]!, branchAt, namespace);
      if (branch.type === 'union') {
        this.fail(branchAt, branchAt, 'a union cannot directly contain another union', { suggestion: "list the inner union's types in the outer union instead" });
      }
      const key = branch.type === 'reference' ? branch.fullName : 'fullName' in branch ? branch.fullName : branch.type;
      if (seen.has(key)) {
        this.fail(branchAt, branchAt, `the union lists ${key} twice (branches ${seen.get(key)} and ${i})`, {
          suggestion: 'a union may hold each type (or each named type) once: remove the duplicate',
        });
      }
      seen.set(key, i);
      union.branches.push(this.resolved(branch, union.branches, i));
    }
    return union;
  }
}
