// What the parser accepts and rejects, after Avro Java 1.12.1's default Schema.Parser (each
// verdict below was confirmed with it), and where its errors point.
import { describe, expect, it } from 'vitest';
import { parseSchema } from '../../../src/method/schema/parse.js';
import { UserError } from '../../../src/model/errors.js';

/** Schemas Avro rejects, with the JSON pointer our error names. */
const invalid: Array<[string, string]> = [
  ['{"type":"record","name":"R","fields":[{"name":"a","type":"int","default":"x"}]}', '/fields/0/default'],
  ['{"type":"record","name":"R","fields":[{"name":"a","type":"int","default":1.5}]}', '/fields/0/default'],
  ['{"type":"record","name":"R","fields":[{"name":"a","type":["null","int"],"default":"x"}]}', '/fields/0/default'],
  ['{"type":"record","name":"R","fields":[{"name":"a-b","type":"int"}]}', '/fields/0/name'],
  ['{"type":"record","name":"1R","fields":[]}', '/name'],
  ['{"type":"record","name":"R","namespace":"com.1x","fields":[]}', '/namespace'],
  ['{"type":"record","name":"R"}', '/'],
  ['{"type":"record","fields":[]}', '/'],
  ['{"type":"enum","name":"E","symbols":["A"],"default":"B"}', '/default'],
  ['{"type":"enum","name":"E","symbols":["A","b-c"]}', '/symbols/1'],
  ['{"type":"fixed","name":"F","size":"4"}', '/size'],
  ['{"type":"record","name":"R","fields":[{"name":"a","type":"Missing"}]}', '/fields/0/type'],
  ['{"type":"record","name":"R","fields":[{"name":"a","type":{"type":"enum","name":"E","symbols":["A"]}},{"name":"b","type":{"type":"enum","name":"E","symbols":["B"]}}]}', '/fields/1/type'],
  ['{"type":"record","name":"R","fields":[{"name":"a","type":"int","order":"sideways"}]}', '/fields/0/order'],
  ['{"type":"record","name":"R","fields":[{"name":"a"}]}', '/fields/0'],
  ['{"type":{"type":"int"}}', '/'],
  ['42', '/'],
  ['["int",{"type":"record","name":"R","fields":[]},{"type":"record","name":"R","fields":[]}]', '/2'],
  ['{"type":"record","name":"R","fields":[{"name":"a","type":"double","default":"abc"}]}', '/fields/0/default'],
  ['{"type":"record","name":"R","aliases":"x","fields":[]}', '/aliases'],
];

invalid.push(
  ['{"type":"enum","name":"null","symbols":["A"]}', '/name'],
  // A default is checked before names defined further down are known.
  ['{"type":"record","name":"R","fields":[{"name":"a","type":"Later","default":"A"},{"name":"b","type":{"type":"enum","name":"Later","symbols":["A"]}}]}', '/fields/0/default'],
  ['{"type":"record","name":"R","fields":[{"name":"a","type":"Later","default":{}},{"name":"b","type":{"type":"enum","name":"Later","symbols":["A"]}}]}', '/fields/0/default'],
);

/** Schemas Avro accepts, some of them surprising. */
const valid: string[] = [
  '{"type":"enum","name":"null","namespace":"n","symbols":["A"]}',
  '{"type":"record","name":"R","fields":[{"name":"a","type":["null","Later"],"default":null},{"name":"b","type":{"type":"enum","name":"Later","symbols":["A"]}}]}',
  '{"type":"record","name":"R","fields":[{"name":"a","type":["null","string"],"default":"null"}]}',
  '{"type":"record","name":"R","fields":[{"name":"a","type":"double","default":"NaN"}]}',
  '{"type":"record","name":"R","fields":[{"name":"a","type":"Later"},{"name":"b","type":{"type":"fixed","name":"Later","size":2}}]}',
  '{"type":"record","name":"R","fields":[{"name":"a","type":{"type":"enum","name":"E","symbols":["A"]}},{"name":"b","type":{"type":"enum","name":"E","symbols":["A"]}}]}',
  '{"type":"record","name":"R\u00e9","fields":[{"name":"\u00f1","type":"int"}]}',
  '{"type":"enum","name":"E","symbols":["A"],"default":7}',
  '[]',
  '{"type":"long","logicalType":"timestamp-millis"}',
  '{"type":"int","logicalType":"timestamp-millis"}',
  '{"type":"error","name":"Oops","fields":[]}',
  '{"type":"record","name":"R","fields":[{"name":"a","type":"long","default":123456789012}]}',
  '{"type":"record","name":"R","fields":[{"name":"a","type":"long","default":9007199254740993}]}',
];

describe('parseSchema', () => {
  it.each(invalid)('rejects %s', (text, pointer) => {
    try {
      parseSchema(text, 'x.avsc');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      const problem = (e as UserError).problems[0]!;
      expect(problem.field).toBe(pointer);
      expect(problem.file).toBe('x.avsc');
      expect(problem.line).toBe(1);
    }
  });

  it.each(valid)('accepts %s', (text) => {
    expect(() => parseSchema(text)).not.toThrow();
  });

  it('shares one object per named type and resolves forward references', () => {
    const s = parseSchema(
      '{"type":"record","name":"R","namespace":"n","fields":[{"name":"a","type":"Later"},{"name":"b","type":{"type":"fixed","name":"Later","size":2}},{"name":"c","type":"n.Later"}]}',
    );
    if (s.type !== 'record') throw new Error('record expected');
    expect(s.fields[0]!.type).toBe(s.fields[1]!.type);
    expect(s.fields[2]!.type).toBe(s.fields[1]!.type);
    expect(s.fields[1]!.type).toMatchObject({ fullName: 'n.Later', size: 2 });
  });

  it('resolves aliases against the namespace, as Avro Java reports them', () => {
    const s = parseSchema('{"type":"record","name":"R","namespace":"n","aliases":["Old","o.Older"],"fields":[]}');
    expect(s).toMatchObject({ aliases: ['n.Old', 'o.Older'] });
  });

  it('refuses absurdly deep nesting as a user error, not a stack overflow', () => {
    const deep = '{"type":"array","items":'.repeat(600) + '"int"' + '}'.repeat(600);
    expect(() => parseSchema(deep)).toThrow(UserError);
    const ok = '{"type":"array","items":'.repeat(150) + '"int"' + '}'.repeat(150);
    expect(() => parseSchema(ok)).not.toThrow();
  });

  it('points at line and column in multi-line files', () => {
    try {
      parseSchema('{\n  "type": "enum",\n  "name": "E",\n  "symbols": ["A", "A"]\n}', 'e.avsc');
      expect.unreachable();
    } catch (e) {
      expect((e as UserError).problems[0]).toMatchObject({ file: 'e.avsc', line: 4, column: 20, field: '/symbols/1' });
    }
  });
});
