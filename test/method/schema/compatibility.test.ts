// Behaviours of the reader/writer check beyond the shared corpus. The expected lists of the
// "memo" cases were produced by Avro Java 1.12.1 (built from the release tag) on the same input.
import { describe, expect, it } from 'vitest';
import { checkReaderWriter } from '../../../src/method/schema/compatibility.js';
import { checkCompatibility, type CompatibilityMode } from '../../../src/method/schema/modes.js';
import { parseSchemaValue } from '../../../src/method/schema/parse.js';
import { UserError } from '../../../src/model/errors.js';

const check = (reader: unknown, writer: unknown) => {
  const r = checkReaderWriter(parseSchemaValue(reader), parseSchemaValue(writer));
  return { compatible: r.compatible, list: r.incompatibilities.map((i) => `${i.type}|${i.location}|${i.message}`) };
};

describe('promotions', () => {
  const primitives = ['null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string'];
  const readable: Record<string, string[]> = {
    long: ['int'],
    float: ['int', 'long'],
    double: ['int', 'long', 'float'],
    bytes: ['string'],
    string: ['bytes'],
  };
  it.each(primitives.flatMap((r) => primitives.map((w) => [r, w] as const)))('reader %s, writer %s', (r, w) => {
    expect(check(r, w).compatible).toBe(r === w || (readable[r] ?? []).includes(w));
  });
});

describe('reporting', () => {
  it('reports every incompatibility of a record, in reader field order, with a fix', () => {
    const reader = {
      type: 'record',
      name: 'R',
      fields: [
        { name: 'a', type: 'int' },
        { name: 'b', type: 'string' },
        { name: 'c', type: { type: 'enum', name: 'E', symbols: ['X'] } },
      ],
    };
    const writer = {
      type: 'record',
      name: 'R',
      fields: [
        { name: 'a', type: 'string' },
        { name: 'c', type: { type: 'enum', name: 'E', symbols: ['X', 'Y', 'W'] } },
      ],
    };
    const r = checkReaderWriter(parseSchemaValue(reader), parseSchemaValue(writer));
    expect(r.incompatibilities.map((i) => [i.type, i.location, i.message])).toEqual([
      ['TYPE_MISMATCH', '/fields/0/type', 'reader type: INT not compatible with writer type: STRING'],
      ['READER_FIELD_MISSING_DEFAULT_VALUE', '/fields/1', 'b'],
      ['MISSING_ENUM_SYMBOLS', '/fields/2/type/symbols', '[W, Y]'],
    ]);
    for (const i of r.incompatibilities) expect(i.fix.length).toBeGreaterThan(20);
  });

  it('puts the writer branch index in the location of a missing union branch', () => {
    expect(check(['null', 'int'], ['null', 'int', 'string']).list).toEqual(['MISSING_UNION_BRANCH|/2|reader union lacking writer type: STRING']);
  });

  it('matches names by the reader alias (full name) and ignores namespaces otherwise', () => {
    const writer = { type: 'record', name: 'Old', namespace: 'a', fields: [] };
    expect(check({ type: 'record', name: 'New', namespace: 'b', aliases: ['a.Old'], fields: [] }, writer).compatible).toBe(true);
    expect(check({ type: 'record', name: 'New', namespace: 'b', aliases: ['Old'], fields: [] }, writer).list).toEqual(['NAME_MISMATCH|/name|expected: a.Old']);
    expect(check({ type: 'record', name: 'Old', namespace: 'z', fields: [] }, writer).compatible).toBe(true);
  });

  it('treats a recursive pair met again as compatible', () => {
    const list = (t: string) => ({
      type: 'record',
      name: 'Node',
      fields: [
        { name: 'v', type: t },
        { name: 'next', type: ['null', 'Node'], default: null },
      ],
    });
    expect(check(list('long'), list('int')).compatible).toBe(true);
    expect(check(list('int'), list('long')).list).toEqual(['TYPE_MISMATCH|/fields/0/type|reader type: INT not compatible with writer type: LONG']);
  });

  it('throws a user error when a reader field matches two writer fields through aliases', () => {
    const reader = { type: 'record', name: 'R', fields: [{ name: 'a', type: 'int', aliases: ['b'] }] };
    const writer = {
      type: 'record',
      name: 'R',
      fields: [
        { name: 'a', type: 'int' },
        { name: 'b', type: 'int' },
      ],
    };
    expect(() => check(reader, writer)).toThrow(UserError);
  });
});

describe('memo quirks, as Avro Java 1.12.1 reports them', () => {
  it('repeats the result of a named type pair met twice, with the first location', () => {
    const schema = (symbols: string[]) => ({
      type: 'record',
      name: 'R',
      fields: [
        { name: 'a', type: { type: 'enum', name: 'E', symbols } },
        { name: 'b', type: 'E' },
      ],
    });
    expect(check(schema(['A']), schema(['A', 'B'])).list).toEqual(['MISSING_ENUM_SYMBOLS|/fields/0/type/symbols|[B]', 'MISSING_ENUM_SYMBOLS|/fields/0/type/symbols|[B]']);
  });

  it("reuses a result first computed inside a union branch search, with that search's locations", () => {
    const inner = (t: string) => ({ type: 'record', name: 'In', fields: [{ name: 'x', type: t }] });
    const reader = {
      type: 'record',
      name: 'Top',
      fields: [
        { name: 'a', type: ['null', inner('int')] },
        { name: 'b', type: 'In' },
      ],
    };
    expect(
      check(reader, {
        type: 'record',
        name: 'Top',
        fields: [
          { name: 'a', type: ['null', inner('string')] },
          { name: 'b', type: 'In' },
        ],
      }).list,
    ).toEqual(['MISSING_UNION_BRANCH|/fields/0/type/1|reader union lacking writer type: RECORD', 'TYPE_MISMATCH|/fields/0/type|reader type: INT not compatible with writer type: STRING']);
    expect(
      check(reader, {
        type: 'record',
        name: 'Top',
        fields: [
          { name: 'a', type: inner('string') },
          { name: 'b', type: 'In' },
        ],
      }).list,
    ).toEqual(['MISSING_UNION_BRANCH|/fields/0/type|reader union lacking writer type: RECORD', 'TYPE_MISMATCH|/fields/0/type|reader type: INT not compatible with writer type: STRING']);
  });
});

describe('modes', () => {
  const v = (fields: unknown[]) => parseSchemaValue({ type: 'record', name: 'R', fields });
  const history = [
    v([{ name: 'a', type: 'int' }]),
    v([
      { name: 'a', type: 'int' },
      { name: 'b', type: 'int', default: 0 },
    ]),
  ];
  const next = v([{ name: 'b', type: 'int', default: 0 }]);

  it('runs the checks each mode names, latest version first', () => {
    const runs = (mode: CompatibilityMode) => checkCompatibility(next, history, mode).checks.map((c) => `${c.previous}${c.direction[0]}`);
    expect(runs('BACKWARD')).toEqual(['1B']);
    expect(runs('FORWARD')).toEqual(['1F']);
    expect(runs('FULL')).toEqual(['1B', '1F']);
    expect(runs('BACKWARD_TRANSITIVE')).toEqual(['1B', '0B']);
    expect(runs('FORWARD_TRANSITIVE')).toEqual(['1F', '0F']);
    expect(runs('FULL_TRANSITIVE')).toEqual(['1B', '1F', '0B', '0F']);
    expect(runs('NONE')).toEqual([]);
  });

  it('is compatible with an empty history, and refuses an unknown mode', () => {
    expect(checkCompatibility(next, [], 'FULL_TRANSITIVE')).toEqual({ mode: 'FULL_TRANSITIVE', compatible: true, checks: [] });
    expect(() => checkCompatibility(next, history, 'SIDEWAYS' as CompatibilityMode)).toThrow(UserError);
  });
});
