// The Avro schema model the parser builds: every type with where it was written (a JSON pointer
// and the JSON node), and Avro Java's rule for names.
import type { JsonNode } from './json.js';

export const PRIMITIVE_TYPES = ['null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string'] as const;
export type PrimitiveType = (typeof PRIMITIVE_TYPES)[number];
export type AvroTypeName = PrimitiveType | 'record' | 'enum' | 'fixed' | 'array' | 'map' | 'union';

interface Located {
  /** JSON pointer of the definition in its document ("" is the root). */
  at: string;
  node: JsonNode;
}

interface Annotated extends Located {
  /** The `logicalType` attribute as written, valid or not (Avro ignores invalid ones). */
  logicalType?: string;
}

export interface PrimitiveSchema extends Annotated {
  type: PrimitiveType;
}

interface Named extends Annotated {
  /** Unqualified name. */
  name: string;
  namespace?: string;
  fullName: string;
  /** Aliases as Avro Java reports them: full names, resolved against this type's namespace. */
  aliases: string[];
  doc?: string;
}

export interface AvroField extends Located {
  name: string;
  type: AvroSchema;
  doc?: string;
  /** Present when the field declares a default, including `"default": null`. */
  default?: JsonNode;
  aliases: string[];
  order: 'ascending' | 'descending' | 'ignore';
  /** Position in the record, from 0. */
  pos: number;
}

export interface RecordSchema extends Named {
  type: 'record';
  fields: AvroField[];
  fieldByName: Map<string, AvroField>;
  /** Declared with `"type": "error"` (an Avro protocol error record). */
  isError: boolean;
}

export interface EnumSchema extends Named {
  type: 'enum';
  symbols: string[];
  default?: string;
}

export interface FixedSchema extends Named {
  type: 'fixed';
  size: number;
}

export interface ArraySchema extends Annotated {
  type: 'array';
  items: AvroSchema;
}

export interface MapSchema extends Annotated {
  type: 'map';
  values: AvroSchema;
}

export interface UnionSchema extends Located {
  type: 'union';
  branches: AvroSchema[];
}

export type NamedSchema = RecordSchema | EnumSchema | FixedSchema;
export type AvroSchema = PrimitiveSchema | NamedSchema | ArraySchema | MapSchema | UnionSchema;

/** Where a schema's text came from, to point errors at a file, line and column. */
export interface SchemaSource {
  file?: string;
  text?: string;
}

const ASCII_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const AVRO_NAME = /^[\p{L}_][\p{L}\p{Nd}_]*$/u;
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Avro Java's default name rule: a letter or "_", then letters, digits or "_", Unicode letters
 * included. Java tests UTF-16 units one by one, so a letter outside the BMP does not count.
 */
export function isValidAvroName(name: string): boolean {
  // Nearly every name is ASCII: the ASCII expression answers those (in a cold process a native
  // match costs a fraction of a loop over character codes), the Unicode one the rest.
  return ASCII_NAME.test(name) || (AVRO_NAME.test(name) && !SURROGATE.test(name));
}
