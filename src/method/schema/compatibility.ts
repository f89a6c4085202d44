// Can data written with one schema be read with another? The answer follows Avro Java 1.12's
// SchemaCompatibility, incompatibility for incompatibility: the same kinds, locations (JSON
// pointers into the reader, with writer union branch indexes) and messages, all of them rather
// than the first. Each one also carries a fix in plain words.
// Rules: https://avro.apache.org/docs/1.12.0/specification/#schema-resolution
import { UserError } from '../../model/errors.js';
import { showPointer, type AvroField, type AvroSchema, type EnumSchema, type FixedSchema, type NamedSchema, type RecordSchema } from './parse.js';

export const INCOMPATIBILITY_TYPES = ['NAME_MISMATCH', 'FIXED_SIZE_MISMATCH', 'MISSING_ENUM_SYMBOLS', 'READER_FIELD_MISSING_DEFAULT_VALUE', 'TYPE_MISMATCH', 'MISSING_UNION_BRANCH'] as const;
export type IncompatibilityType = (typeof INCOMPATIBILITY_TYPES)[number];

export interface Incompatibility {
  type: IncompatibilityType;
  /** JSON pointer from the reader's root, as Avro reports it. */
  location: string;
  /** Avro Java's message, e.g. "reader type: INT not compatible with writer type: STRING". */
  message: string;
  /** What to change, in plain words. */
  fix: string;
  /**
   * Where to make the change in the reader's text: the schema (or field) the check stopped at.
   * Unlike `location` it never contains writer branch indexes, and a named type is found where
   * it is defined.
   */
  reader: { pointer: string; offset: number };
}

export interface PairCompatibility {
  compatible: boolean;
  incompatibilities: Incompatibility[];
}

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
  const outcome = new ResolutionCheck().check(reader, writer);
  return { compatible: outcome.compatible, incompatibilities: outcome.found.map(describe) };
}

/**
 * An incompatibility as found, before it is put in words: only the verdicts of many internal
 * checks (union branch searches) are ever used, so messages are written for reported ones only.
 */
interface Found {
  type: IncompatibilityType;
  /** Location tokens, the first being the root's empty token. */
  path: string[];
  reader: AvroSchema;
  writer: AvroSchema;
  /** The reader field's name, or the missing enum symbols. */
  detail?: string[];
}

interface Outcome {
  compatible: boolean;
  found: Found[];
}

const COMPATIBLE: Outcome = Object.freeze({ compatible: true, found: [] }) as unknown as Outcome;

function merge(a: Outcome, b: Outcome): Outcome {
  if (b.compatible && b.found.length === 0) return a;
  if (a.compatible && a.found.length === 0) return b;
  return { compatible: a.compatible && b.compatible, found: [...a.found, ...b.found] };
}

function upper(schema: AvroSchema): string {
  return schema.type.toUpperCase();
}

function plainType(schema: AvroSchema): string {
  return 'fullName' in schema ? `${schema.type} ${schema.fullName}` : schema.type;
}

function describe(f: Found): Incompatibility {
  const words = explain(f);
  const field = f.type === 'READER_FIELD_MISSING_DEFAULT_VALUE' ? (f.reader as RecordSchema).fieldByName.get(f.detail![0]!) : undefined;
  const at = field ?? f.reader;
  // The offset is looked up only when read: it may read the text again (json.ts).
  const reader = {
    pointer: showPointer(at.at),
    get offset() {
      return at.node.start;
    },
  };
  return { ...words, reader };
}

function explain(f: Found): Omit<Incompatibility, 'reader'> {
  const location =
    '/' +
    f.path
      .slice(1)
      .map((t) => t.replace(/~/g, '~0').replace(/\//g, '~1'))
      .join('/');
  const { reader, writer } = f;
  switch (f.type) {
    case 'NAME_MISMATCH': {
      const w = writer as NamedSchema;
      const r = reader as NamedSchema;
      return {
        type: f.type,
        location,
        message: `expected: ${w.fullName}`,
        fix: `keep the name "${w.name}", or add "${w.fullName}" to the "aliases" of ${r.type} ${r.fullName} so it still matches data written under the old name`,
      };
    }
    case 'FIXED_SIZE_MISMATCH': {
      const w = (writer as FixedSchema).size;
      return {
        type: f.type,
        location,
        message: `expected: ${w}, found: ${(reader as FixedSchema).size}`,
        fix: `a fixed type cannot change size: keep "size": ${w}, or add a new field with a new fixed type (with a default) and stop using this one`,
      };
    }
    case 'MISSING_ENUM_SYMBOLS': {
      const missing = f.detail!;
      return {
        type: f.type,
        location,
        message: `[${missing.join(', ')}]`,
        fix: `add ${missing.join(', ')} to the symbols of enum ${(reader as EnumSchema).fullName}, or give that enum a "default" symbol (e.g. UNKNOWN) so readers map symbols they do not know to it`,
      };
    }
    case 'READER_FIELD_MISSING_DEFAULT_VALUE': {
      const name = f.detail![0]!;
      return {
        type: f.type,
        location,
        message: name,
        fix: `give field "${name}" a "default" (for an optional field: "type": ["null", ...] with "default": null), or keep writing it; data written without it cannot fill it`,
      };
    }
    case 'MISSING_UNION_BRANCH':
      return {
        type: f.type,
        location,
        message: `reader union lacking writer type: ${upper(writer)}`,
        fix: `add ${plainType(writer)} (or a type it promotes to) to the reader's union, or stop writing it: data written as that branch cannot be decoded`,
      };
    case 'TYPE_MISMATCH':
      return { type: f.type, location, message: `reader type: ${upper(reader)} not compatible with writer type: ${upper(writer)}`, fix: typeMismatchFix(reader, writer) };
  }
}

const IN_PROGRESS = Symbol('in progress');

/**
 * One reader/writer check. Like Avro Java, it remembers the result of each pair of schema objects
 * it has visited: a pair met again while still being checked (a recursive type) counts as
 * compatible, and a pair met again later repeats its first result, locations included. The
 * per-branch union checks start from a fresh location, as Avro's do; they decide a verdict and
 * their own locations are never reported, but what they remember is shared.
 *
 * Only pairs whose reader is a named type are remembered. Every other schema object has exactly
 * one parent, so such a pair can only be met again through a named pair, which is answered from
 * memory before it gets there; skipping the rest changes no answer and saves most of the work.
 */
class ResolutionCheck {
  private readonly memo = new Map<AvroSchema, Map<AvroSchema, Outcome | typeof IN_PROGRESS>>();

  check(reader: AvroSchema, writer: AvroSchema): Outcome {
    return this.visit('', reader, writer, []);
  }

  private visit(token: string, reader: AvroSchema, writer: AvroSchema, path: string[]): Outcome {
    path.push(token);
    let result: Outcome;
    if (reader.type === 'record' || reader.type === 'enum' || reader.type === 'fixed') {
      let byWriter = this.memo.get(reader);
      if (!byWriter) {
        byWriter = new Map();
        this.memo.set(reader, byWriter);
      }
      const known = byWriter.get(writer);
      if (known === IN_PROGRESS) {
        result = COMPATIBLE;
      } else if (known) {
        result = known;
      } else {
        byWriter.set(writer, IN_PROGRESS);
        result = this.compare(reader, writer, path);
        byWriter.set(writer, result);
      }
    } else {
      result = this.compare(reader, writer, path);
    }
    path.pop();
    return result;
  }

  private compare(reader: AvroSchema, writer: AvroSchema, path: string[]): Outcome {
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
            if (!this.visit('', reader, branch, []).compatible) {
              result = merge(result, found('MISSING_UNION_BRANCH', [...path, String(i)], reader, branch));
            }
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
      return found('MISSING_UNION_BRANCH', [...path], reader, writer);
    }
    if (PROMOTIONS[reader.type]?.includes(writer.type)) return COMPATIBLE;
    return found('TYPE_MISMATCH', [...path], reader, writer);
  }

  private names(reader: NamedSchema, writer: NamedSchema, path: string[]): Outcome {
    if (reader.name === writer.name || reader.aliases.includes(writer.fullName)) return COMPATIBLE;
    return found('NAME_MISMATCH', [...path, 'name'], reader, writer);
  }

  private sizes(reader: FixedSchema, writer: FixedSchema, path: string[]): Outcome {
    return reader.size === writer.size ? COMPATIBLE : found('FIXED_SIZE_MISMATCH', [...path, 'size'], reader, writer);
  }

  private symbols(reader: EnumSchema, writer: EnumSchema, path: string[]): Outcome {
    const missing = writer.symbols.filter((s) => !reader.symbols.includes(s)).sort(compareUtf16);
    if (missing.length === 0 || reader.default !== undefined) return COMPATIBLE;
    return found('MISSING_ENUM_SYMBOLS', [...path, 'symbols'], reader, writer, missing);
  }

  private fields(reader: RecordSchema, writer: RecordSchema, path: string[]): Outcome {
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
          result = merge(result, found('READER_FIELD_MISSING_DEFAULT_VALUE', [...path], reader, writer, [field.name]));
        }
      }
      path.pop();
    }
    path.pop();
    return result;
  }
}

function found(type: IncompatibilityType, path: string[], reader: AvroSchema, writer: AvroSchema, detail?: string[]): Outcome {
  return { compatible: false, found: [{ type, path, reader, writer, detail }] };
}

/** The writer field a reader field reads: same name, or one of the reader field's aliases. */
function writerFieldFor(field: AvroField, reader: RecordSchema, writer: RecordSchema): AvroField | undefined {
  const direct = writer.fieldByName.get(field.name);
  if (field.aliases.length === 0) return direct;
  const matches: AvroField[] = direct ? [direct] : [];
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
  return `a reader of ${plainType(reader)} cannot decode ${plainType(writer)}; Avro only widens int to long, float or double, long to float or double, float to double, and swaps string and bytes. Keep the type as it was, or add a new field with the new type (with a default) and stop writing the old one`;
}
