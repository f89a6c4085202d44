// Each lint rule with a table of schemas it must pass and schemas it must flag (and where).
import { describe, expect, it } from 'vitest';
import { lintSchema, SCHEMA_LINT_RULES } from '../../src/method/schema/lint.js';
import { UserError } from '../../src/model/errors.js';

/** A documented, namespaced record holding the given fields. */
function recordOf(...fields: unknown[]): string {
  return JSON.stringify({ type: 'record', name: 'E', namespace: 'com.acme', doc: 'd', fields }, null, 2);
}
const f = (name: string, type: unknown, extra: Record<string, unknown> = {}) => ({ name, type, doc: 'd', ...extra });

interface Table {
  valid: string[];
  invalid: Array<{ schema: string; locations: string[] }>;
}

const tables: Record<string, Table> = {
  'avro/field-without-default': {
    valid: [recordOf(f('a', ['null', 'string'], { default: null })), recordOf(f('a', 'int', { default: 0 }))],
    invalid: [{ schema: recordOf(f('a', 'int'), f('b', 'string', { default: '' })), locations: ['/fields/0'] }],
  },
  'avro/optional-without-default': {
    valid: [recordOf(f('a', ['null', 'string'], { default: null })), recordOf(f('a', 'string'))],
    invalid: [{ schema: recordOf(f('a', ['null', 'string'])), locations: ['/fields/0'] }],
  },
  'avro/enum-without-default': {
    valid: [recordOf(f('s', { type: 'enum', name: 'S', doc: 'd', symbols: ['UNKNOWN', 'A'], default: 'UNKNOWN' }))],
    invalid: [{ schema: recordOf(f('s', { type: 'enum', name: 'S', doc: 'd', symbols: ['A', 'B'] })), locations: ['/fields/0/type'] }],
  },
  'avro/null-default-not-first': {
    valid: [recordOf(f('a', ['null', 'string'], { default: null }))],
    invalid: [{ schema: recordOf(f('a', ['string', 'null'], { default: null })), locations: ['/fields/0/default'] }],
  },
  'avro/default-not-first-branch': {
    valid: [
      recordOf(f('a', ['string', 'null'], { default: 'x' })),
      recordOf(f('a', ['null', 'int'], { default: null })),
      // reported once, by avro/null-default-as-string
      recordOf(f('a', ['null', 'string'], { default: 'null' })),
    ],
    invalid: [{ schema: recordOf(f('a', ['null', 'int'], { default: 3 })), locations: ['/fields/0/default'] }],
  },
  'avro/null-default-as-string': {
    valid: [recordOf(f('a', ['null', 'string'], { default: null })), recordOf(f('a', 'string', { default: 'null' }))],
    invalid: [{ schema: recordOf(f('a', ['null', 'string'], { default: 'null' })), locations: ['/fields/0/default'] }],
  },
  'avro/missing-namespace': {
    valid: [recordOf(), JSON.stringify({ type: 'record', name: 'com.acme.E', fields: [] }), '"string"'],
    invalid: [{ schema: JSON.stringify({ type: 'record', name: 'E', fields: [] }), locations: ['/'] }],
  },
  'avro/missing-doc': {
    valid: [recordOf(f('a', 'int'))],
    invalid: [{ schema: JSON.stringify({ type: 'record', name: 'E', namespace: 'n', fields: [{ name: 'a', type: 'int' }] }), locations: ['/', '/fields/0'] }],
  },
  'avro/logical-type-on-field': {
    valid: [recordOf(f('at', { type: 'long', logicalType: 'timestamp-millis' }))],
    invalid: [{ schema: recordOf(f('at', 'long', { logicalType: 'timestamp-millis' })), locations: ['/fields/0/logicalType'] }],
  },
  'avro/logical-type-unknown': {
    valid: [recordOf(f('d', { type: 'int', logicalType: 'date' }))],
    invalid: [{ schema: recordOf(f('at', { type: 'long', logicalType: 'timestamp-milli' })), locations: ['/fields/0/type'] }],
  },
  'avro/logical-type-wrong-base': {
    valid: [
      recordOf(f('at', { type: 'long', logicalType: 'timestamp-millis' })),
      recordOf(f('id', { type: 'fixed', name: 'U', doc: 'd', size: 16, logicalType: 'uuid' })),
    ],
    invalid: [
      { schema: recordOf(f('at', { type: 'int', logicalType: 'timestamp-millis' }), f('d', { type: 'long', logicalType: 'date' })), locations: ['/fields/0/type', '/fields/1/type'] },
      { schema: recordOf(f('id', ['null', { type: 'bytes', logicalType: 'uuid' }], { default: null })), locations: ['/fields/0/type/1'] },
      { schema: recordOf(f('d', { type: 'fixed', name: 'D', doc: 'd', size: 8, logicalType: 'duration' })), locations: ['/fields/0/type'] },
    ],
  },
  'avro/decimal-invalid': {
    valid: [
      recordOf(f('amount', { type: 'bytes', logicalType: 'decimal', precision: 18, scale: 2 })),
      recordOf(f('amount', { type: 'fixed', name: 'Money', doc: 'd', size: 8, logicalType: 'decimal', precision: 18, scale: 2 })),
    ],
    invalid: [
      { schema: recordOf(f('amount', { type: 'bytes', logicalType: 'decimal' })), locations: ['/fields/0/type'] },
      { schema: recordOf(f('amount', { type: 'bytes', logicalType: 'decimal', precision: 4, scale: 6 })), locations: ['/fields/0/type'] },
      { schema: recordOf(f('amount', { type: 'fixed', name: 'M', doc: 'd', size: 2, logicalType: 'decimal', precision: 9 })), locations: ['/fields/0/type'] },
    ],
  },
  'avro/name-not-portable': {
    valid: [recordOf(f('price_eur', 'int'))],
    invalid: [{ schema: recordOf(f('prix_é', 'int')), locations: ['/fields/0'] }],
  },
  'avro/time-without-logical-type': {
    valid: [recordOf(f('created_at', { type: 'long', logicalType: 'timestamp-millis' })), recordOf(f('count', 'long'))],
    invalid: [{ schema: recordOf(f('created_at', 'long'), f('updatedAt', ['null', 'long'], { default: null })), locations: ['/fields/0', '/fields/1'] }],
  },
};

describe('schema lint rules', () => {
  it('has a table for every rule, and every rule explains itself', () => {
    expect(Object.keys(tables).sort()).toEqual(SCHEMA_LINT_RULES.map((r) => r.id).sort());
    for (const rule of SCHEMA_LINT_RULES) {
      expect(rule.why.length).toBeGreaterThan(40);
      expect(rule.fix.length).toBeGreaterThan(10);
      expect(rule.refs.every((r) => r.startsWith('https://avro.apache.org/') || r.startsWith('https://docs.confluent.io/'))).toBe(true);
    }
  });

  for (const [id, table] of Object.entries(tables)) {
    describe(id, () => {
      it.each(table.valid.map((s, i) => [i, s] as const))('passes valid schema %i', (_i, schema) => {
        expect(lintSchema(schema).filter((x) => x.rule === id)).toEqual([]);
      });
      it.each(table.invalid.map((c, i) => [i, c] as const))('flags invalid schema %i', (_i, c) => {
        const found = lintSchema(c.schema, 'e.avsc').filter((x) => x.rule === id);
        expect(found.map((x) => x.location)).toEqual(c.locations);
        for (const x of found) {
          expect(x.file).toBe('e.avsc');
          expect(x.line).toBeGreaterThan(0);
        }
      });
    });
  }

  it('reports a schema Avro rejects as a user error with file, path, line and column', () => {
    const text = '{\n  "type": "record", "name": "E",\n  "fields": [\n    {"name": "bad-name", "type": "int"}\n  ]\n}';
    try {
      lintSchema(text, 'e.avsc');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      const p = (e as UserError).problems[0]!;
      expect(p).toMatchObject({ file: 'e.avsc', field: '/fields/0/name', line: 4 });
      expect(p.column).toBeGreaterThan(1);
      expect(p.message).toContain('bad-name');
      expect(p.suggestion).toBeTruthy();
    }
  });

  it('reports JSON syntax errors with line and column', () => {
    expect(() => lintSchema('{"type": "record",\n "name": }', 'x.avsc')).toThrowError(/not valid JSON/);
    try {
      lintSchema('{"type": "record",\n "name": }', 'x.avsc');
    } catch (e) {
      expect((e as UserError).problems[0]).toMatchObject({ file: 'x.avsc', line: 2, column: 10 });
    }
  });
});
