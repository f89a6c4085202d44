// Each lint rule with a table of schemas it must pass and schemas it must flag (and where).
import { describe, expect, it } from 'vitest';
import { lintSchema, SCHEMA_LINT_REGISTRY, SCHEMA_LINT_RULES } from '../../../src/method/schema/lint.js';
import { type RuleTable, ruleTester } from '../rules/rule-tester.js';
import { UserError } from '../../../src/model/errors.js';

/** A documented, namespaced record holding the given fields. */
function recordOf(...fields: unknown[]): string {
  return JSON.stringify({ type: 'record', name: 'E', namespace: 'com.acme', doc: 'd', fields }, null, 2);
}
const f = (name: string, type: unknown, extra: Record<string, unknown> = {}) => ({ name, type, doc: 'd', ...extra });

interface Case {
  schema: string;
}
type Table = Omit<RuleTable<Case>, 'rule'>;

const tables: Record<string, Table> = {
  'avro/field-without-default': {
    valid: [{ schema: recordOf(f('a', ['null', 'string'], { default: null })) }, { schema: recordOf(f('a', 'int', { default: 0 })) }],
    invalid: [{ schema: recordOf(f('a', 'int'), f('b', 'string', { default: '' })), errors: [{ messageId: 'fieldOfHasNo', line: 7, location: '/fields/0' }] }],
  },
  'avro/optional-without-default': {
    valid: [{ schema: recordOf(f('a', ['null', 'string'], { default: null })) }, { schema: recordOf(f('a', 'string')) }],
    invalid: [{ schema: recordOf(f('a', ['null', 'string'])), errors: [{ messageId: 'fieldOfIsNullable', line: 7, location: '/fields/0' }] }],
  },
  'avro/enum-without-default': {
    valid: [{ schema: recordOf(f('s', { type: 'enum', name: 'S', doc: 'd', symbols: ['UNKNOWN', 'A'], default: 'UNKNOWN' })) }],
    invalid: [{ schema: recordOf(f('s', { type: 'enum', name: 'S', doc: 'd', symbols: ['A', 'B'] })), errors: [{ messageId: 'enumHasNoDefault', line: 9, location: '/fields/0/type' }] }],
  },
  'avro/null-default-not-first': {
    valid: [{ schema: recordOf(f('a', ['null', 'string'], { default: null })) }],
    invalid: [{ schema: recordOf(f('a', ['string', 'null'], { default: null })), errors: [{ messageId: 'fieldDefaultsToNull', line: 14, location: '/fields/0/default' }] }],
  },
  'avro/default-not-first-branch': {
    valid: [
      { schema: recordOf(f('a', ['string', 'null'], { default: 'x' })) },
      { schema: recordOf(f('a', ['null', 'int'], { default: null })) },
      // reported once, by avro/null-default-as-string
      { schema: recordOf(f('a', ['null', 'string'], { default: 'null' })) },
    ],
    invalid: [{ schema: recordOf(f('a', ['null', 'int'], { default: 3 })), errors: [{ messageId: 'theDefaultOfField', line: 14, location: '/fields/0/default' }] }],
  },
  'avro/null-default-as-string': {
    valid: [{ schema: recordOf(f('a', ['null', 'string'], { default: null })) }, { schema: recordOf(f('a', 'string', { default: 'null' })) }],
    invalid: [{ schema: recordOf(f('a', ['null', 'string'], { default: 'null' })), errors: [{ messageId: 'fieldHasTheString', line: 14, location: '/fields/0/default' }] }],
  },
  'avro/missing-namespace': {
    valid: [{ schema: recordOf() }, { schema: JSON.stringify({ type: 'record', name: 'com.acme.E', fields: [] }) }, { schema: '"string"' }],
    invalid: [{ schema: JSON.stringify({ type: 'record', name: 'E', fields: [] }), errors: [{ messageId: 'hasNoNamespace', line: 1, location: '/' }] }],
  },
  'avro/missing-doc': {
    valid: [{ schema: recordOf(f('a', 'int')) }],
    invalid: [
      {
        schema: JSON.stringify({ type: 'record', name: 'E', namespace: 'n', fields: [{ name: 'a', type: 'int' }] }),
        errors: [
          { messageId: 'hasNoDoc', line: 1, location: '/' },
          { messageId: 'fieldOfHasNo', line: 1, location: '/fields/0' },
        ],
      },
    ],
  },
  'avro/logical-type-on-field': {
    valid: [{ schema: recordOf(f('at', { type: 'long', logicalType: 'timestamp-millis' })) }],
    invalid: [{ schema: recordOf(f('at', 'long', { logicalType: 'timestamp-millis' })), errors: [{ messageId: 'fieldCarriesLogicalTypeOutside', line: 11, location: '/fields/0/logicalType' }] }],
  },
  'avro/logical-type-unknown': {
    valid: [{ schema: recordOf(f('d', { type: 'int', logicalType: 'date' })) }],
    invalid: [{ schema: recordOf(f('at', { type: 'long', logicalType: 'timestamp-milli' })), errors: [{ messageId: 'unknownLogicalType', line: 9, location: '/fields/0/type' }] }],
  },
  'avro/logical-type-wrong-base': {
    valid: [{ schema: recordOf(f('at', { type: 'long', logicalType: 'timestamp-millis' })) }, { schema: recordOf(f('id', { type: 'fixed', name: 'U', doc: 'd', size: 16, logicalType: 'uuid' })) }],
    invalid: [
      {
        schema: recordOf(f('at', { type: 'int', logicalType: 'timestamp-millis' }), f('d', { type: 'long', logicalType: 'date' })),
        errors: [
          { messageId: 'cannotAnnotateItNeeds', line: 9, location: '/fields/0/type' },
          { messageId: 'cannotAnnotateItNeeds', line: 17, location: '/fields/1/type' },
        ],
      },
      { schema: recordOf(f('id', ['null', { type: 'bytes', logicalType: 'uuid' }], { default: null })), errors: [{ messageId: 'cannotAnnotateItNeeds', line: 11, location: '/fields/0/type/1' }] },
      { schema: recordOf(f('d', { type: 'fixed', name: 'D', doc: 'd', size: 8, logicalType: 'duration' })), errors: [{ messageId: 'onAFixedNeeds', line: 9, location: '/fields/0/type' }] },
    ],
  },
  'avro/decimal-invalid': {
    valid: [
      { schema: recordOf(f('amount', { type: 'bytes', logicalType: 'decimal', precision: 18, scale: 2 })) },
      { schema: recordOf(f('amount', { type: 'fixed', name: 'Money', doc: 'd', size: 8, logicalType: 'decimal', precision: 18, scale: 2 })) },
    ],
    invalid: [
      { schema: recordOf(f('amount', { type: 'bytes', logicalType: 'decimal' })), errors: [{ messageId: 'decimalHasNoPositive', line: 9, location: '/fields/0/type' }] },
      { schema: recordOf(f('amount', { type: 'bytes', logicalType: 'decimal', precision: 4, scale: 6 })), errors: [{ messageId: 'decimalScaleIsNot', line: 9, location: '/fields/0/type' }] },
      {
        schema: recordOf(f('amount', { type: 'fixed', name: 'M', doc: 'd', size: 2, logicalType: 'decimal', precision: 9 })),
        errors: [{ messageId: 'aFixedOfBytes', line: 9, location: '/fields/0/type' }],
      },
    ],
  },
  'avro/name-not-portable': {
    valid: [{ schema: recordOf(f('price_eur', 'int')) }],
    invalid: [{ schema: recordOf(f('prix_é', 'int')), errors: [{ messageId: 'fieldNameIsNot', line: 7, location: '/fields/0' }] }],
  },
  'avro/time-without-logical-type': {
    valid: [{ schema: recordOf(f('created_at', { type: 'long', logicalType: 'timestamp-millis' })) }, { schema: recordOf(f('count', 'long')) }],
    invalid: [
      {
        schema: recordOf(f('created_at', 'long'), f('updatedAt', ['null', 'long'], { default: null })),
        errors: [
          { messageId: 'fieldLooksLikeA', line: 7, location: '/fields/0' },
          { messageId: 'fieldLooksLikeA', line: 12, location: '/fields/1' },
        ],
      },
    ],
  },
};

ruleTester<Case>({
  name: 'schema lint rules',
  meta: (id) => SCHEMA_LINT_REGISTRY.get(id)?.meta,
  findings: (id, c) => lintSchema(c.schema, 'e.avsc').filter((x) => x.rule === id),
})(
  'avro',
  Object.entries(tables).map(([rule, t]) => ({ rule, ...t })),
);

describe('schema lint rules', () => {
  it('has a table for every rule, and every rule explains itself', () => {
    expect(Object.keys(tables).sort()).toEqual(SCHEMA_LINT_RULES.map((r) => r.meta.id).sort());
    for (const { meta: rule } of SCHEMA_LINT_RULES) {
      expect(rule.why.length).toBeGreaterThan(40);
      expect(rule.fix.length).toBeGreaterThan(10);
      expect(rule.refs.every((r) => r.startsWith('https://avro.apache.org/') || r.startsWith('https://docs.confluent.io/'))).toBe(true);
    }
  });

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
