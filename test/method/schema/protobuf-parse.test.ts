// The .proto parser and type resolution: what a registry's schema text can hold (options of every
// shape, services, extensions, editions), how names resolve, and what it refuses, with the line.
import { describe, expect, it } from 'vitest';
import { parseProto } from '../../../src/method/schema/protobuf-parse.js';
import { messageAt, resolveProto, type ProtoField } from '../../../src/method/schema/protobuf-types.js';
import { UserError } from '../../../src/model/errors.js';

const problem = (text: string) => {
  try {
    parseProto(text, 'x.proto');
  } catch (e) {
    if (e instanceof UserError) return e.problems[0];
    throw e;
  }
  throw new Error('expected a UserError');
};

const typeOf = (f: ProtoField | undefined) =>
  f?.type.kind === 'message' ? f.type.message.fullName : f?.type.kind === 'enum' ? f.type.enum.fullName : f?.type.kind === 'scalar' ? f.type.scalar : f?.type.name;

describe('parseProto', () => {
  it('reads past options of every shape, services, extensions, reserved ranges and empty statements', () => {
    const file = parseProto(`
      // leading comment
      edition = "2023";
      package a.b;
      import public "x.proto"; import weak 'y' ".proto";
      option (my.file_opt) = { name: "n" list: [1, 2] nested { deep: true } };
      option java_package = "com.x";;
      message M {
        option (my.msg).flag = true;
        reserved 2, 4 to 6, 10 to max;
        reserved "gone", "old";
        extensions 100 to 199 [(verification) = UNVERIFIED];
        int32 id = 1 [deprecated = true, (my.field) = { a: "}" }, json_name = "ID"];
        /* a block
           comment */ string name = 3;
        enum E { option allow_alias = true; A = 0 [(my.ev) = 1]; B = 1; C = 1; reserved 5; }
        extend Other { optional int32 ext = 100; }
      }
      service S { rpc Call(M) returns (stream M) { option deprecated = true; } rpc Other(M) returns (M); }
      extend M { optional string more = 150; }
    `);
    expect(file.syntax).toBe('editions');
    expect(file.package).toBe('a.b');
    expect(file.imports).toEqual(['x.proto', 'y.proto']);
    expect(file.messages).toHaveLength(1);
    expect(file.messages[0]!.fields.map((f) => [f.name, f.number])).toEqual([
      ['id', 1],
      ['name', 3],
    ]);
    expect([...file.messages[0]!.enums[0]!.values]).toEqual([
      [0, 'A'],
      [1, 'B'],
    ]);
  });

  it('reads labels, maps, oneofs, groups, negative enum numbers and hex and octal field numbers', () => {
    const m = parseProto(`syntax = "proto2";
      message M {
        required string a = 0x1;
        optional int64 b = 010;
        repeated group G = 3 { optional int32 c = 4; }
        map<string, M> children = 5;
        oneof choice { string s = 6; M m = 7; }
        enum Sign { MINUS = -1; ZERO = 0; }
        optional Sign sign = 9;
      }`).messages[0]!;
    expect(m.fields).toEqual([
      { name: 'a', number: 1, label: 'required', type: 'string' },
      { name: 'b', number: 8, label: 'optional', type: 'int64' },
      { name: 'g', number: 3, label: 'repeated', type: 'G', group: true },
      { name: 'children', number: 5, label: 'repeated', type: 'M', mapKey: 'string' },
      { name: 's', number: 6, label: 'singular', type: 'string', oneof: 'choice' },
      { name: 'm', number: 7, label: 'singular', type: 'M', oneof: 'choice' },
      { name: 'sign', number: 9, label: 'optional', type: 'Sign' },
    ]);
    expect(m.messages.map((n) => n.name)).toEqual(['G']);
    expect([...m.enums[0]!.values]).toEqual([
      [-1, 'MINUS'],
      [0, 'ZERO'],
    ]);
  });

  it('refuses what is not a .proto, naming the line', () => {
    expect(problem('syntax = "proto3";\nmessage M {\n  int32 a = 1\n}')).toMatchObject({ file: 'x.proto', line: 4, message: 'expected ";"', found: '}' });
    expect(problem('syntax = "proto4";')).toMatchObject({ line: 1, message: 'unknown syntax "proto4"' });
    expect(problem('message M { int32 a = 0; }')).toMatchObject({ message: 'field number 0 is outside 1..536870911' });
    expect(problem('message M { int32 a = 536870912; }')).toMatchObject({ message: 'field number 536870912 is outside 1..536870911' });
    expect(problem('\n\n/* never closed')).toMatchObject({ line: 3, message: 'a /* comment is never closed' });
    expect(problem('package "a\nb";')).toMatchObject({ line: 1, message: 'a string runs past the end of its line' });
    expect(problem('message M { int32 a = 1; ')).toMatchObject({ message: 'the schema ends early' });
    expect(problem('{"type":"record"}')).toMatchObject({ line: 1, message: 'expected a top-level statement (syntax, package, import, option, message, enum, service or extend)' });
    expect(problem('message M { int32 a = 1; } #')).toMatchObject({ message: 'unexpected "#"' });
  });
});

describe('resolveProto', () => {
  it('resolves names from the innermost scope out, absolute names from the root, across packages and imported files', () => {
    const resolved = resolveProto(
      `syntax = "proto3"; package app.v1; import "lib.proto";
       message Item { string id = 1; }
       message Outer {
         message Item { int32 n = 1; }
         Item inner = 1;
         .app.v1.Item top = 2;
         lib.Tag tag = 3;
         Kind kind = 4;
         Outer.Item again = 5;
       }
       enum Kind { KIND_UNSPECIFIED = 0; }`,
      new Map([['lib.proto', 'syntax = "proto3"; package lib; message Tag { string v = 1; }']]),
    );
    const outer = messageAt(resolved, [1]);
    expect([1, 2, 3, 4, 5].map((n) => typeOf(outer.fields.get(n)))).toEqual(['app.v1.Outer.Item', 'app.v1.Item', 'lib.Tag', 'app.v1.Kind', 'app.v1.Outer.Item']);
    expect(resolved.unresolved).toEqual([]);
  });

  it('counts only messages, not enums, in message indexes, as Confluent does', () => {
    const resolved = resolveProto('enum First { A = 0; } message One { enum In { B = 0; } message Deep {} } message Two {}');
    expect(messageAt(resolved, [1]).fullName).toBe('Two');
    expect(messageAt(resolved, [0, 0]).fullName).toBe('One.Deep');
  });

  it('refuses a field number used twice and a map key Protobuf does not allow', () => {
    expect(() => resolveProto('message M { int32 a = 1; string b = 1; }')).toThrow('M uses field number 1 twice');
    expect(() => resolveProto('message M { map<double, string> m = 1; }')).toThrow('M.m has map key type double, which Protobuf does not allow');
  });

  it('follows imports through referenced files once, even when they import each other', () => {
    const files = new Map([
      ['a.proto', 'syntax = "proto3"; package a; import "b.proto"; message A { b.B b = 1; }'],
      ['b.proto', 'syntax = "proto3"; package b; import "a.proto"; message B { a.A a = 1; }'],
    ]);
    const resolved = resolveProto('syntax = "proto3"; import "a.proto"; message Root { a.A a = 1; }', files);
    const a = messageAt(resolved, [0]).fields.get(1);
    expect(typeOf(a)).toBe('a.A');
    expect(resolved.unresolved).toEqual([]);
  });
});
