// Generated reader/writer schema pairs for differential testing: realistic records (primitives,
// enums, fixed, arrays, maps, optional unions, nested records) and a copy with a few evolution
// steps applied (fields added or removed with or without defaults, types changed, symbols and
// branches added or removed, names changed with or without aliases). Seeded, so every run
// produces the same pairs. By default no namespaces and no enum defaults:
// Debian's Avro 1.8.2 treats both differently from 1.12 (see ../shared/avro-compat/README.md).
// With `modern`, pairs use them too, plus named types referenced twice, for Avro 1.9+.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = Json;
interface Field {
  name: string;
  type: Schema;
  default?: Json;
  aliases?: string[];
}
interface RecordSchema {
  type: 'record';
  name: string;
  namespace?: string;
  aliases?: string[];
  fields: Field[];
}

const PRIMITIVES = ['int', 'long', 'float', 'double', 'string', 'bytes', 'boolean'];
const NUMERIC = PRIMITIVES.slice(0, 4);

export class PairGenerator {
  private names = 0;
  /** Named types defined so far in the record being built, for reuse by reference. */
  private defined: string[] = [];

  constructor(
    private readonly random: () => number,
    private readonly modern = false,
  ) {}

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)]!;
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  private fresh(prefix: string): string {
    return `${prefix}${this.names++}`;
  }

  /** A value valid for the type, as the default of a field. */
  defaultFor(type: Schema): Json {
    if (typeof type === 'string') {
      return { int: 0, long: 0, float: 0.5, double: 1.5, string: '', bytes: '', boolean: false, null: null }[type] ?? null;
    }
    if (Array.isArray(type)) return this.defaultFor(type[0]!);
    const t = type as Record<string, Json>;
    switch (t.type) {
      case 'enum':
        return (t.symbols as string[])[0]!;
      case 'fixed':
        return '\u0000'.repeat(t.size as number);
      case 'array':
        return [];
      case 'map':
        return {};
      default:
        return null;
    }
  }

  type(depth: number): Schema {
    const roll = this.random();
    if (this.modern && this.defined.length && roll < 0.08) return this.pick(this.defined);
    if (roll < 0.45) return this.pick(PRIMITIVES);
    if (roll < 0.55) {
      const name = this.fresh('E');
      this.defined.push(name);
      const symbols = ['A', 'B', 'C', 'D'].slice(0, 2 + Math.floor(this.random() * 3));
      return this.modern && this.chance(0.4) ? { type: 'enum', name, symbols, default: symbols[0]! } : { type: 'enum', name, symbols };
    }
    if (roll < 0.6) {
      const name = this.fresh('F');
      this.defined.push(name);
      return { type: 'fixed', name, size: this.pick([4, 8, 16]) };
    }
    if (roll < 0.68) return { type: 'array', items: this.pick(PRIMITIVES) };
    if (roll < 0.74) return { type: 'map', values: this.pick(PRIMITIVES) };
    if (roll < 0.8) {
      const first = this.pick(NUMERIC);
      return [first, this.chance(0.5) ? this.pick(NUMERIC.filter((n) => n !== first)) : this.pick(PRIMITIVES.slice(4))];
    }
    if (roll < 0.9 || depth >= 2) return ['null', this.pick(PRIMITIVES)];
    const nested = this.record(depth + 1);
    this.defined.push(nested.name);
    return nested as unknown as Schema;
  }

  record(depth = 0): RecordSchema {
    const fields: Field[] = [];
    const count = 2 + Math.floor(this.random() * 5);
    for (let i = 0; i < count; i++) {
      const type = this.type(depth);
      const field: Field = { name: `f${i}`, type };
      if (Array.isArray(type)) field.default = this.defaultFor(type);
      else if (this.chance(0.3) && !(typeof type === 'object' && type !== null && (type as { type?: string }).type === 'record')) field.default = this.defaultFor(type);
      fields.push(field);
    }
    const record: RecordSchema = { type: 'record', name: this.fresh('R'), fields };
    if (this.modern && depth === 0 && this.chance(0.3)) record.namespace = this.pick(['com.acme', 'org.example']);
    return record;
  }

  /** Applies one evolution step somewhere in the record tree. */
  mutate(record: RecordSchema): void {
    const nested = record.fields.filter((f) => typeof f.type === 'object' && f.type !== null && !Array.isArray(f.type) && (f.type as { type?: string }).type === 'record');
    if (nested.length && this.chance(0.3)) return this.mutate(this.pick(nested).type as unknown as RecordSchema);
    const i = Math.floor(this.random() * record.fields.length);
    const field = record.fields[i]!;
    const step = this.pick([
      'add',
      'add-default',
      'remove',
      'retype',
      'rename-field',
      'rename-field-alias',
      'rename-record',
      'rename-record-alias',
      'optional',
      'required',
      'symbols',
      'fixed-size',
      'union-branch',
      'container',
      'namespace',
      'enum-default',
      'widen-union',
    ] as const);
    switch (step) {
      case 'add':
      case 'add-default': {
        const type = this.type(2);
        const added: Field = { name: this.fresh('n'), type };
        if (step === 'add-default' || Array.isArray(type)) added.default = this.defaultFor(type);
        record.fields.push(added);
        return;
      }
      case 'remove':
        if (record.fields.length > 1) record.fields.splice(i, 1);
        return;
      case 'retype':
        field.type = this.pick(PRIMITIVES);
        if (field.default !== undefined) field.default = this.defaultFor(field.type);
        return;
      case 'rename-field':
        field.name = this.fresh('g');
        return;
      case 'rename-field-alias':
        field.aliases = [field.name];
        field.name = this.fresh('g');
        return;
      case 'rename-record':
        record.name = this.fresh('R');
        return;
      case 'rename-record-alias':
        record.aliases = [record.name];
        record.name = this.fresh('R');
        return;
      case 'optional':
        if (!Array.isArray(field.type) && typeof field.type === 'string') {
          field.type = ['null', field.type];
          field.default = null;
        }
        return;
      case 'required':
        if (Array.isArray(field.type)) {
          field.type = field.type[1]!;
          delete field.default;
        }
        return;
      case 'symbols': {
        const t = field.type as { type?: string; symbols?: string[] };
        if (t && typeof t === 'object' && t.type === 'enum') {
          t.symbols = this.chance(0.5) ? [...t.symbols!, this.fresh('S')] : t.symbols!.slice(1);
          if (t.symbols.length === 0) t.symbols = ['Z'];
          if (field.default !== undefined) field.default = t.symbols[0]!;
        }
        return;
      }
      case 'fixed-size': {
        const t = field.type as { type?: string; size?: number };
        if (t && typeof t === 'object' && t.type === 'fixed') {
          t.size = t.size! * 2;
          if (field.default !== undefined) field.default = this.defaultFor(field.type);
        }
        return;
      }
      case 'union-branch':
        if (Array.isArray(field.type)) {
          const extra = this.pick(PRIMITIVES.filter((p) => !(field.type as Json[]).includes(p)));
          field.type = this.chance(0.5) ? [...field.type, extra] : ['null', extra];
          if (field.default !== undefined) field.default = this.defaultFor(field.type);
        }
        return;
      case 'widen-union':
        // A union of numbers becomes the one type that reads them all.
        if (Array.isArray(field.type) && field.type.every((b) => NUMERIC.includes(b as string))) {
          field.type = 'double';
          if (field.default !== undefined) field.default = this.defaultFor(field.type);
        }
        return;
      case 'namespace':
        if (this.modern) record.namespace = record.namespace ? undefined : 'net.other';
        if (record.namespace === undefined) delete record.namespace;
        return;
      case 'enum-default': {
        const t = field.type as { type?: string; symbols?: string[]; default?: string };
        if (this.modern && t && typeof t === 'object' && t.type === 'enum') {
          if (t.default === undefined) t.default = t.symbols![0]!;
          else delete t.default;
        }
        return;
      }
      case 'container': {
        const t = field.type as { type?: string; items?: Schema; values?: Schema };
        if (t && typeof t === 'object' && t.type === 'array') t.items = this.pick(PRIMITIVES);
        else if (t && typeof t === 'object' && t.type === 'map') t.values = this.pick(PRIMITIVES);
        return;
      }
    }
  }

  /** A base record and an evolved copy. */
  pair(): { base: RecordSchema; evolved: RecordSchema } {
    this.defined = [];
    const base = this.record();
    const evolved = JSON.parse(JSON.stringify(base)) as RecordSchema;
    const steps = 1 + Math.floor(this.random() * 3);
    for (let s = 0; s < steps; s++) this.mutate(evolved);
    return { base, evolved };
  }
}

const ODD_VALUES: Json[] = [null, true, 0, 1.5, -1, 2147483648, 'x', 'null', '', 'a-b', '1x', 'ü', 'a.b', 'a..b', 'NaN', [], ['null'], ['int', 'int'], {}, { type: 'int' }];
const KEYS = ['name', 'type', 'fields', 'symbols', 'size', 'items', 'values', 'default', 'namespace', 'aliases', 'order', 'logicalType'];

/**
 * A copy of `schema` with one random damage: a key removed or given an odd value, a field or
 * symbol duplicated, or a union nested in a union. Some results are still valid Avro.
 */
export function corrupt(schema: Json, random: () => number): Json {
  const copy = JSON.parse(JSON.stringify(schema)) as Json;
  const containers: Array<Json[] | { [key: string]: Json }> = [];
  const collect = (v: Json): void => {
    if (Array.isArray(v)) {
      containers.push(v);
      v.forEach(collect);
    } else if (v && typeof v === 'object') {
      containers.push(v);
      Object.values(v).forEach(collect);
    }
  };
  collect(copy);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const target = pick(containers);
  if (Array.isArray(target)) {
    const roll = random();
    if (target.length && roll < 0.4) target.push(JSON.parse(JSON.stringify(pick(target))) as Json);
    else if (roll < 0.6) target.push(pick(['int', 'string', 'null', ['int', 'string']] as Json[]));
    else if (target.length) target.splice(Math.floor(random() * target.length), 1);
    return copy;
  }
  const key = pick(KEYS);
  if (random() < 0.3) delete target[key];
  else target[key] = JSON.parse(JSON.stringify(pick(ODD_VALUES))) as Json;
  return copy;
}
