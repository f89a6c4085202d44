// Generated reader/writer schema pairs for differential testing: realistic records (primitives,
// enums, fixed, arrays, maps, optional unions, nested records) and a copy with a few evolution
// steps applied (fields added or removed with or without defaults, types changed, symbols and
// branches added or removed, names changed with or without aliases). Seeded, so every run
// produces the same pairs. No namespaces and no enum defaults: Debian's Avro 1.8.2 treats both
// differently from 1.12 (see ../shared/avro-compat/README.md).

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
  aliases?: string[];
  fields: Field[];
}

const PRIMITIVES = ['int', 'long', 'float', 'double', 'string', 'bytes', 'boolean'];

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class PairGenerator {
  private names = 0;

  constructor(private readonly random: () => number) {}

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
    if (roll < 0.45) return this.pick(PRIMITIVES);
    if (roll < 0.55) return { type: 'enum', name: this.fresh('E'), symbols: ['A', 'B', 'C', 'D'].slice(0, 2 + Math.floor(this.random() * 3)) };
    if (roll < 0.6) return { type: 'fixed', name: this.fresh('F'), size: this.pick([4, 8, 16]) };
    if (roll < 0.68) return { type: 'array', items: this.pick(PRIMITIVES) };
    if (roll < 0.74) return { type: 'map', values: this.pick(PRIMITIVES) };
    if (roll < 0.9 || depth >= 2) return ['null', this.pick(PRIMITIVES)];
    return this.record(depth + 1) as unknown as Schema;
  }

  record(depth = 0): RecordSchema {
    const fields: Field[] = [];
    const count = 2 + Math.floor(this.random() * 5);
    for (let i = 0; i < count; i++) {
      const type = this.type(depth);
      const field: Field = { name: `f${i}`, type };
      if (Array.isArray(type)) field.default = null;
      else if (this.chance(0.3) && !(typeof type === 'object' && type !== null && (type as { type?: string }).type === 'record')) field.default = this.defaultFor(type);
      fields.push(field);
    }
    return { type: 'record', name: this.fresh('R'), fields };
  }

  /** Applies one evolution step somewhere in the record tree. */
  mutate(record: RecordSchema): void {
    const nested = record.fields.filter((f) => typeof f.type === 'object' && f.type !== null && !Array.isArray(f.type) && (f.type as { type?: string }).type === 'record');
    if (nested.length && this.chance(0.3)) return this.mutate(this.pick(nested).type as unknown as RecordSchema);
    const i = Math.floor(this.random() * record.fields.length);
    const field = record.fields[i]!;
    const step = this.pick([
      'add', 'add-default', 'remove', 'retype', 'rename-field', 'rename-field-alias', 'rename-record', 'rename-record-alias',
      'optional', 'required', 'symbols', 'fixed-size', 'union-branch', 'container',
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
        }
        return;
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
    const base = this.record();
    const evolved = JSON.parse(JSON.stringify(base)) as RecordSchema;
    const steps = 1 + Math.floor(this.random() * 3);
    for (let s = 0; s < steps; s++) this.mutate(evolved);
    return { base, evolved };
  }
}
