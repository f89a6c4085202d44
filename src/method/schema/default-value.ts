// Whether a field's default fits its type, by Avro Java 1.12's rule, and the words the parser
// uses to say what a default should have been.
import type { AvroSchema } from './schema-model.js';
import type { JsonNode } from './json.js';

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/** Whether a JSON value is a valid default for a schema (Avro Java 1.12's rule). */
export function defaultFits(schema: AvroSchema, value: JsonNode): boolean {
  return fits(schema, value);
}

/**
 * `undefined` stands for a named type referenced before its definition. Avro Java checks a
 * default twice: when it reads the field, against a stand-in for such types (a record without
 * fields, so only an object passes), and again once every name is resolved.
 */
export function fits(schema: AvroSchema | undefined, value: JsonNode): boolean {
  if (schema === undefined) return value.kind === 'object';
  switch (schema.type) {
    case 'string':
    case 'bytes':
    case 'enum':
    case 'fixed':
      return value.kind === 'string';
    case 'int':
      return value.kind === 'number' && value.integral && value.value >= -2147483648 && value.value <= 2147483647;
    case 'long':
      return value.kind === 'number' && value.integral && BigInt(value.raw) >= LONG_MIN && BigInt(value.raw) <= LONG_MAX;
    case 'float':
    case 'double':
      return value.kind === 'number';
    case 'boolean':
      return value.kind === 'boolean';
    case 'null':
      return value.kind === 'null';
    case 'array':
      return value.kind === 'array' && value.items.every((v) => fitsValue(schema.items, v));
    case 'map':
      return value.kind === 'object' && [...value.members.values()].every((v) => fitsValue(schema.values, v));
    case 'union':
      return schema.branches.some((b) => fits(b, value));
    case 'record':
      return (
        value.kind === 'object' &&
        schema.fields.every((f) => {
          const v = value.members.get(f.name) ?? f.default;
          return v !== undefined && fitsValue(f.type, v);
        })
      );
  }
}

function fitsValue(schema: AvroSchema | undefined, value: JsonNode): boolean {
  return schema?.type === 'union' ? schema.branches.some((b) => fits(b, value)) : fits(schema, value);
}

/** A short description of a type for messages: "string", "com.acme.Order", ["null", "string"]. */
export function describeType(schema: AvroSchema): string {
  switch (schema.type) {
    case 'record':
    case 'enum':
    case 'fixed':
      return `${schema.type} ${schema.fullName}`;
    case 'array':
      return `array of ${describeType(schema.items)}`;
    case 'map':
      return `map of ${describeType(schema.values)}`;
    case 'union':
      return `[${schema.branches.map((b) => ('fullName' in b ? b.fullName : b.type === 'union' ? 'union' : describeType(b))).join(', ')}]`;
    default:
      return schema.logicalType ? `${schema.type} (${schema.logicalType})` : schema.type;
  }
}

export function expectedDefault(schema: AvroSchema): string {
  switch (schema.type) {
    case 'union':
      return `a value of one of the branches: ${schema.branches.map(expectedDefault).join(' | ')}`;
    case 'int':
    case 'long':
      return 'an integer';
    case 'float':
    case 'double':
      return 'a number';
    case 'enum':
      return `a symbol: ${schema.symbols.join(', ')}`;
    case 'record':
      return 'an object with a value for every field';
    case 'bytes':
    case 'fixed':
      return 'a string of bytes (\\u00XX escapes)';
    case 'array':
      return 'an array';
    case 'map':
      return 'an object';
    default:
      return schema.type === 'null' ? 'null' : `a ${schema.type}`;
  }
}
