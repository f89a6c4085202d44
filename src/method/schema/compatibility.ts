// Can data written with one schema be read with another? The answer follows Avro Java 1.12's
// SchemaCompatibility, incompatibility for incompatibility: the same kinds, locations (JSON
// pointers into the reader, with writer union branch indexes) and messages, all of them rather
// than the first. Each one also carries a fix in plain words.
// Rules: https://avro.apache.org/docs/1.12.0/specification/#schema-resolution
import { UserError } from '../../model/errors.js';
import type { AvroField, AvroSchema, EnumSchema, FixedSchema, NamedSchema, RecordSchema } from './parse.js';

export const INCOMPATIBILITY_TYPES = [
  'NAME_MISMATCH',
  'FIXED_SIZE_MISMATCH',
  'MISSING_ENUM_SYMBOLS',
  'READER_FIELD_MISSING_DEFAULT_VALUE',
  'TYPE_MISMATCH',
  'MISSING_UNION_BRANCH',
] as const;
export type IncompatibilityType = (typeof INCOMPATIBILITY_TYPES)[number];

export interface Incompatibility {
  type: IncompatibilityType;
  /** JSON pointer from the reader's root, as Avro reports it. */
  location: string;
  /** Avro Java's message, e.g. "reader type: INT not compatible with writer type: STRING". */
  message: string;
  /** What to change, in plain words. */
  fix: string;
}

export interface PairCompatibility {
  compatible: boolean;
  incompatibilities: Incompatibility[];
}

const COMPATIBLE: PairCompatibility = Object.freeze({ compatible: true, incompatibilities: [] }) as PairCompatibility;

/** Avro promotions: a reader of the key type also reads the listed writer types. */
const PROMOTIONS: Partial<Record<AvroSchema['type'], ReadonlyArray<AvroSchema['type']>>> = {
  long: ['int'],
  float: ['int', 'long'],
  double: ['int', 'long', 'float'],
  bytes: ['string'],
  string: ['bytes'],
};

/**
 * Checks that `reader` can decode data written with `writer`. Throws a UserError when Avro
 * itself would refuse to decide (a reader field whose name and aliases match two writer fields).
 */
export function checkReaderWriter(reader: AvroSchema, writer: AvroSchema): PairCompatibility {
  return new ResolutionCheck().check(reader, writer);
}

function merge(a: PairCompatibility, b: PairCompatibility): PairCompatibility {
  if (b.compatible && b.incompatibilities.length === 0) return a;
  if (a.compatible && a.incompatibilities.length === 0) return b;
  return { compatible: a.compatible && b.compatible, incompatibilities: [...a.incompatibilities, ...b.incompatibilities] };
}

function upper(schema: AvroSchema): string {
  return schema.type.toUpperCase();
}

function plainType(schema: AvroSchema): string {
  return 'fullName' in schema ? `${schema.type} ${schema.fullName}` : schema.type;
}

const IN_PROGRESS = Symbol('in progress');

/**
 * One reader/writer check. Like Avro Java, it remembers the result of every pair of schema
 * objects it has visited: a pair met again while still being checked (a recursive type) counts
 * as compatible, and a pair met again later repeats its first result, locations included. The
 * per-branch union checks start from a fresh location, as Avro's do; they decide a verdict and
 * their own locations are never reported, but their memo entries are shared.
 */
class ResolutionCheck {
  private readonly memo = new Map<AvroSchema, Map<AvroSchema, PairCompatibility | typeof IN_PROGRESS>>();

  check(reader: AvroSchema, writer: AvroSchema): PairCompatibility {
    return this.visit('', reader, writer, []);
  }

  private visit(token: string, reader: AvroSchema, writer: AvroSchema, path: string[]): PairCompatibility {
    path.push(token);
    let byWriter = this.memo.get(reader);
    if (!byWriter) {
      byWriter = new Map();
      this.memo.set(reader, byWriter);
    }
    const known = byWriter.get(writer);
    let result: PairCompatibility;
    if (known === IN_PROGRESS) {
      result = COMPATIBLE;
    } else if (known) {
      result = known;
    } else {
      byWriter.set(writer, IN_PROGRESS);
      result = this.compare(reader, writer, path);
      byWriter.set(writer, result);
    }
    path.pop();
    return result;
  }

  private incompatible(type: IncompatibilityType, message: string, fix: string, path: string[]): PairCompatibility {
    const location = '/' + path.slice(1).map((t) => t.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
    return { compatible: false, incompatibilities: [{ type, location, message, fix }] };
  }

  private compare(reader: AvroSchema, writer: AvroSchema, path: string[]): PairCompatibility {
    if (reader.type === writer.type) {
      switch (reader.type) {
        case 'array':
          return this.visit('items', reader.items, (writer as typeof reader).items, path);
        case 'map':
          return this.visit('values', reader.values, (writer as typeof reader).values, path);
        case 'fixed':
          return merge(this.names(reader, writer as NamedSchema, path), this.sizes(reader, writer as FixedSchema, path));
        case 'enum':
          return merge(this.names(reader, writer as NamedSchema, path), this.symbols(reader, writer as EnumSchema, path));
        case 'record':
          return merge(this.names(reader, writer as NamedSchema, path), this.fields(reader, writer as RecordSchema, path));
        case 'union': {
          // Every branch the writer may have used must be readable by the reader union.
          let result = COMPATIBLE;
          (writer as typeof reader).branches.forEach((branch, i) => {
            path.push(String(i));
            if (!this.visit('', reader, branch, []).compatible) {
              result = merge(result, this.incompatible(
                'MISSING_UNION_BRANCH',
                `reader union lacking writer type: ${upper(branch)}`,
                `add ${plainType(branch)} to the reader's union, or stop writing it: data written as that branch cannot be decoded`,
                path,
              ));
            }
            path.pop();
          });
          return result;
        }
        default:
          return COMPATIBLE;
      }
    }
    if (writer.type === 'union') {
      // A non-union reader must be able to read every branch the writer may have used.
      let result = COMPATIBLE;
      writer.branches.forEach((branch, i) => (result = merge(result, this.visit(String(i), reader, branch, path))));
      return result;
    }
    if (reader.type === 'union') {
      for (const branch of reader.branches) {
        if (this.visit('', branch, writer, []).compatible) return COMPATIBLE;
      }
      return this.incompatible(
        'MISSING_UNION_BRANCH',
        `reader union lacking writer type: ${upper(writer)}`,
        `add ${plainType(writer)} (or a type it promotes to) to the reader's union`,
        path,
      );
    }
    if (PROMOTIONS[reader.type]?.includes(writer.type)) return COMPATIBLE;
    return this.incompatible(
      'TYPE_MISMATCH',
      `reader type: ${upper(reader)} not compatible with writer type: ${upper(writer)}`,
      typeMismatchFix(reader, writer),
      path,
    );
  }

  private names(reader: NamedSchema, writer: NamedSchema, path: string[]): PairCompatibility {
    if (reader.name === writer.name || reader.aliases.includes(writer.fullName)) return COMPATIBLE;
    path.push('name');
    const result = this.incompatible(
      'NAME_MISMATCH',
      `expected: ${writer.fullName}`,
      `keep the name "${writer.name}", or add "${writer.fullName}" to the "aliases" of ${reader.type} ${reader.fullName} so it still matches data written under the old name`,
      path,
    );
    path.pop();
    return result;
  }

  private sizes(reader: FixedSchema, writer: FixedSchema, path: string[]): PairCompatibility {
    if (reader.size === writer.size) return COMPATIBLE;
    path.push('size');
    const result = this.incompatible(
      'FIXED_SIZE_MISMATCH',
      `expected: ${writer.size}, found: ${reader.size}`,
      `a fixed type cannot change size: keep "size": ${writer.size}, or add a new field with a new fixed type (with a default) and stop using this one`,
      path,
    );
    path.pop();
    return result;
  }

  private symbols(reader: EnumSchema, writer: EnumSchema, path: string[]): PairCompatibility {
    const missing = writer.symbols.filter((s) => !reader.symbols.includes(s)).sort(compareUtf16);
    if (missing.length === 0 || reader.default !== undefined) return COMPATIBLE;
    path.push('symbols');
    const result = this.incompatible(
      'MISSING_ENUM_SYMBOLS',
      `[${missing.join(', ')}]`,
      `add ${missing.join(', ')} to the symbols of enum ${reader.fullName}, or give that enum a "default" symbol (e.g. UNKNOWN) so readers map symbols they do not know to it`,
      path,
    );
    path.pop();
    return result;
  }

  private fields(reader: RecordSchema, writer: RecordSchema, path: string[]): PairCompatibility {
    let result = COMPATIBLE;
    path.push('fields');
    for (const field of reader.fields) {
      path.push(String(field.pos));
      const source = writerFieldFor(field, reader, writer);
      if (source) {
        result = merge(result, this.visit('type', field.type, source.type, path));
      } else if (field.default === undefined) {
        if (field.type.type === 'enum' && field.type.default !== undefined) {
          // Avro Java's special case: an enum field with an enum default (but no field default) is
          // compared with the writer record itself, which always fails as a type mismatch.
          result = merge(result, this.visit('type', field.type, writer, path));
        } else {
          result = merge(result, this.incompatible(
            'READER_FIELD_MISSING_DEFAULT_VALUE',
            field.name,
            `give field "${field.name}" a "default" (for an optional field: "type": ["null", ...] with "default": null), or keep writing it; data written without it cannot fill it`,
            path,
          ));
        }
      }
      path.pop();
    }
    path.pop();
    return result;
  }
}

/** The writer field a reader field reads: same name, or one of the reader field's aliases. */
function writerFieldFor(field: AvroField, reader: RecordSchema, writer: RecordSchema): AvroField | undefined {
  const matches: AvroField[] = [];
  const direct = writer.fieldByName.get(field.name);
  if (direct) matches.push(direct);
  for (const alias of field.aliases) {
    const aliased = writer.fieldByName.get(alias);
    if (aliased) matches.push(aliased);
  }
  if (matches.length > 1) {
    throw new UserError({
      field: field.at || '/',
      message: `reader field "${field.name}" of ${reader.fullName} matches ${matches.length} fields of the writer record ${writer.fullName} (${matches.map((m) => m.name).join(', ')}) through its name and aliases; Avro cannot resolve it`,
      suggestion: 'remove the alias that names a field the writer still has',
    });
  }
  return matches[0];
}

function compareUtf16(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function typeMismatchFix(reader: AvroSchema, writer: AvroSchema): string {
  const readable = Object.entries(PROMOTIONS).filter(([, from]) => from?.includes(writer.type)).map(([to]) => to);
  const widen = readable.length ? ` (${writer.type} data can be read as ${[writer.type, ...readable].join(', ')})` : '';
  return `the reader's ${plainType(reader)} cannot read the writer's ${plainType(writer)}: keep the writer's type${widen}, or add a new field with the new type (with a default) instead of changing this one`;
}
