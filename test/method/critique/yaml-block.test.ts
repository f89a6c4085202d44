// The block YAML reader must read every text it accepts exactly as the yaml package does (values,
// key order, JS types, key lines) and decline the rest; readYaml then answers through the package.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readBlockYaml } from '../../../src/method/critique/inputs/yaml-block.js';
import { readYaml, readYamlWithPackage, type YamlSource } from '../../../src/method/critique/inputs/yaml.js';

const REPO = new URL('../../../', import.meta.url).pathname;
const SHARED = join(REPO, '../shared');

/** Values as text that keeps what deep equality may gloss over: key order, -0, NaN, prototypes. */
const shown = (docs: unknown[]) => inspect(docs, { depth: Infinity, maxArrayLength: Infinity, maxStringLength: Infinity, breakLength: Infinity });

/** Every key path of the values, each container also probed with keys it may lack or spell differently. */
function keyPaths(value: unknown, path: string[] = [], out: string[][] = []): string[][] {
  if (typeof value !== 'object' || value === null) return out;
  for (const probe of ['missing', 'null', '0', '']) out.push([...path, probe]);
  for (const key of Object.keys(value)) {
    out.push([...path, key]);
    keyPaths((value as Record<string, unknown>)[key], [...path, key], out);
  }
  return out;
}

/** What the package makes of a text: its values and every key line, or its error. */
function outcome(read: () => YamlSource): string {
  let source: YamlSource;
  try {
    source = read();
  } catch (e) {
    return `throws ${(e as Error).message}`;
  }
  const lines = source.docs.flatMap((doc, i) => keyPaths(doc).map((path) => `${i}/${path.join('/')} -> ${source.keyLine(i, path)}`));
  return [shown(source.docs), ...lines].join('\n');
}

/** Whether the block reader accepts the text, having checked it reads as the package does. */
function agrees(text: string): boolean {
  const fast = readBlockYaml(text);
  if (fast)
    expect(
      outcome(() => fast),
      text,
    ).toBe(outcome(() => readYamlWithPackage(text, 'x.yaml')));
  return fast !== undefined;
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    return statSync(path).isDirectory() ? yamlFiles(path) : /\.ya?ml$/.test(name) ? [path] : [];
  });
}

describe('block YAML reader on the YAML files at hand', () => {
  const files = [...yamlFiles(join(REPO, 'examples')), ...yamlFiles(join(REPO, 'test')), ...yamlFiles(SHARED)];
  const accepted = new Set(files.filter((file) => readBlockYaml(readFileSync(file, 'utf8'))));

  it.each(files.map((file) => relative(join(REPO, '..'), file)))('%s reads as the package reads it', (name) => {
    agrees(readFileSync(join(REPO, '..', name), 'utf8'));
  });

  // The point of the reader: the manifests Strimzi ships and the field cases beside them (the
  // requirements files elsewhere are written with flow mappings, which it leaves to the package).
  const outside = files.filter((file) => file.includes('/outside/'));
  it.skipIf(outside.length === 0)('accepts every YAML file of the outside corpus, shipped Strimzi manifests first', () => {
    console.log(`block YAML reader accepts ${accepted.size} of ${files.length} YAML files, ${outside.filter((f) => accepted.has(f)).length} of ${outside.length} in the outside corpus`);
    expect(outside.some((file) => /\/shipped\/strimzi-/.test(file))).toBe(true);
    expect(outside.filter((file) => !accepted.has(file))).toEqual([]);
  });
});

describe('block YAML reader resolves scalars as the core schema does', () => {
  const plain = [
    ...['~', 'null', 'Null', 'NULL', 'nULL', 'nil', 'None'],
    ...['true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'fALSE', 'yes', 'no', 'on', 'off', 'y', 'n'],
    ...['0', '-0', '+0', '+12', '-12', '012', '007', '08', '1_000', '123456789012345678901234', '9007199254740993', '-9007199254740993'],
    ...['0o17', '0O17', '0o8', '-0o17', '0x1F', '0x1f', '0X1F', '0xg', '-0x1F', '0b101'],
    ...['1.0', '-1.0', '1.', '.5', '-.5', '+.5', '.', '0.1e3', '1e3', '1E3', '1e-3', '1.5e+3', '.5e3', '1e', 'e3', '1.0e', '01.50'],
    ...['3.9.0', '1.2.3.4', '2024-01-01', '12:30:00', '1:2', '1,000', '$1'],
    ...['.inf', '-.inf', '+.inf', '.Inf', '-.INF', '.INF', '.iNF', '.nan', '.NaN', '.NAN', '-.nan', '+.nan', 'nan', 'inf', 'Infinity', 'NaN'],
    ...['a#b', 'a  b', 'a b c', '~x', 'x~', '-x', '--x', 'a,b', 'a[0]', 'x{y}', 'x]', 'http://h:9092/p?q=1', 'k:v', 'a\u00a0b', 'é', 'üñí 日本'],
  ];
  const quoted = ["'1'", '"1"', "'true'", '"null"', "''", '""', "'it''s'", "''''", '"a # b"', "'a: b'", "'#'", '"\'"', "'\"'", '" padded "', "'-'", '"[]"'];
  const spellings = [...plain, ...quoted];

  it.each(spellings)('%s as a value, an item and a key', (spelling) => {
    expect(agrees(`k: ${spelling}\n`)).toBe(true);
    expect(agrees(`- ${spelling}\n- ${spelling} # c\n`)).toBe(true);
    expect(agrees(`${spelling}: v\nother: ${spelling}\n`)).toBe(true);
    expect(agrees(`- ${spelling}: v\n  other: w\n`)).toBe(true);
  });

  // Flow collections leave plain scalars holding `[]{}#:` to the package (a comma separates entries there).
  const isQuoted = (spelling: string) => /^['"]/.test(spelling);
  it.each(spellings.filter((s) => isQuoted(s) || !s.includes(',')))('%s in flow collections', (spelling) => {
    const inFlow = isQuoted(spelling) || !/[[\]{}#:]/.test(spelling);
    expect(agrees(`k: [${spelling}, ${spelling} ]\n`)).toBe(inFlow);
    expect(agrees(`k: { a: ${spelling}, ${spelling}: b }\n`)).toBe(inFlow);
  });

  it('reads an empty value as null', () => {
    expect(agrees('k:\nk2: \nk3:   # c\n')).toBe(true);
  });
});

describe('block YAML reader reads the structures config files use', () => {
  const structures: [what: string, text: string][] = [
    ['nested mappings', 'a:\n  b:\n    c: 1\n  d: 2\ne: 3\n'],
    ['a sequence at its key indent', 'a:\n- 1\n- 2\nb: 3\n'],
    ['mappings in sequence items', 'a:\n  - name: x\n    port: 9092\n  - name: y\n'],
    ['extra spaces after the dash', '-   a: 1\n    b: 2\n'],
    ['a sequence at the indent of a key inside an item', '- a:\n  - x\n- b\n'],
    ['a bare dash with a block below', '-\n  a: 1\n- # why\n  - x\n-\n- c\n'],
    ['a key with nothing below', '- a:\n- x:\n  y: 1\n'],
    ['spaces before the colon', "a : 1\n'b' : 2\n"],
    ['comments at any indent', 'a:\n  b: 1\n# top\n      # deep\n  c: 2 # trailing\n'],
    ['an indented top level', '  a: 1\n  b:\n    - x\n'],
    ['documents, empty ones included', '# lead\n---\na: 1\n--- # next\n---\n- x\n---\n'],
    ['an implicit first document', 'a: 1\n---\nb: 2\n'],
    ['property names of Object.prototype', '__proto__: 1\nconstructor: 2\ntoString:\n  x: 1\n'],
    ['keys typed by the schema', "1: a\n1.5: b\ntrue: c\nnull: d\n.inf: e\n0x10: f\n'2': g\n"],
    ['flow collections of scalars', "roles: [controller, broker]\nempty: []\nspaced: [ ]\nnone: {}\nmap: { p50: 0.2, 'p99': 2, 1: x }\nlist:\n  - [a, 'b c', \"d\"] # c\n"],
    [
      'a Strimzi topic',
      'apiVersion: kafka.strimzi.io/v1\nkind: KafkaTopic\nmetadata:\n  name: t\n  labels:\n    strimzi.io/cluster: c\nspec:\n  partitions: 6\n  config:\n    retention.ms: 7200000\n',
    ],
  ];

  it.each(structures)('%s', (_what, text) => {
    expect(agrees(text)).toBe(true);
  });
});

describe('block YAML reader declines what it does not read', () => {
  const declined: [why: string, text: string][] = [
    ['tab indentation', 'a:\n\tb: 1\n'],
    ['tab in a value', 'a: b\tc\n'],
    ['literal block scalar', 'a: |\n  x\n  y\n'],
    ['folded block scalar', 'a: >-\n  x\n  y\n'],
    ['anchor', 'a: &x 1\nb: 2\n'],
    ['alias', 'a: &x 1\nb: *x\n'],
    ['tag', 'a: !!str 1\n'],
    ['complex key', '? a\n: 1\n'],
    ['directive', '%YAML 1.2\n---\na: 1\n'],
    ['document end', 'a: 1\n...\n'],
    ['merge key', 'base:\n  x: 1\n<<: {}\n'],
    ['multi-line plain scalar', 'a: b\n  c\n'],
    ['plain scalar on the line below its key', 'a:\n  value\n'],
    ['multi-line single-quoted scalar', "a: 'b\n  c'\n"],
    ['multi-line double-quoted scalar', 'a: "b\n  c"\n'],
    ['escape in double quotes', 'a: "x\\ty"\n'],
    ['duplicate key', 'a: 1\na: 2\n'],
    ['keys that collide as property names', "1: a\n'1': b\n"],
    ['nested flow collections', 'a: [1, [2]]\nb: { c: { d: 1 } }\n'],
    ['a flow collection over two lines', 'a: [1,\n  2]\n'],
    ['a trailing comma in a flow collection', 'a: [1, 2, ]\n'],
    ['an empty flow entry', 'a: [1, , 2]\n'],
    ['a comment inside a flow collection', 'a: [1, # c\n  2]\n'],
    ['a pair in a flow sequence', 'a: [b: 1]\n'],
    ['a flow key without a space after the colon', 'a: {b:1}\n'],
    ['a dash alone in a flow sequence', 'a: [-]\n'],
    ['a duplicate flow key', 'a: { b: 1, b: 2 }\n'],
    ['flow key', '[a]: 1\n'],
    ['byte order mark', '\ufeffa: 1\n'],
    ['CRLF line ends', 'a: 1\r\nb: 2\r\n'],
    ['sequence in a sequence item', '- - a\n'],
    ['top-level scalar', 'hello\n'],
    ['content on the separator line', '--- a: 1\n'],
    ['mapping in a value', 'a: b: c\n'],
    ['comment without a space after a quote', 'a: "x"#c\n'],
    ['sequence after a scalar entry', 'k: v\n- x\n'],
    ['mapping after a top-level sequence', '- x\nk: v\n'],
    ['reserved indicator', 'a: @x\n'],
    ['key beyond the implicit key limit', `${'k'.repeat(1100)}: v\n`],
    ['indent between levels', 'a:\n    b: 1\n  c: 2\n'],
  ];

  it.each(declined)('%s', (_why, text) => {
    expect(readBlockYaml(text)).toBeUndefined();
    // readYaml answers through the package: the same values and lines, or the same error.
    expect(outcome(() => readYaml(text, 'x.yaml'))).toBe(outcome(() => readYamlWithPackage(text, 'x.yaml')));
  });
});

describe('block YAML reader on generated documents', () => {
  // A fixed-seed generator (mulberry32): the same documents on every run.
  function random(seed: number): () => number {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const SCALARS = ['1', '-3', '0x1F', '2.50', '.inf', 'true', 'Off', '~', 'null', '3.9.0', 'plain text', "'single '' quoted'", '"double # quoted"', 'a:b', 'x#y', 'é'];
  const FLOWS = ['[]', '{}', '[ ]', '[controller, broker]', "[1, 'two', ~]", '{ p50: 0.2, p99: 2 }', "{'a b': true, 1: x}"];

  function generate(next: () => number): string {
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const lines: string[] = [];
    const comment = () => {
      if (next() < 0.1) lines.push(`${' '.repeat(Math.floor(next() * 8))}# note`);
      if (next() < 0.05) lines.push('');
    };
    const trailing = () => (next() < 0.15 ? '  # why' : '');
    /** Appends a block at `indent`; a mapping's first line may already hold a `- ` prefix in `lead`. */
    const block = (indent: number, depth: number, lead: string, kind = next() < 0.4 && !lead ? 'seq' : 'map'): void => {
      const step = 1 + Math.floor(next() * 3);
      if (kind === 'seq') {
        const count = 1 + Math.floor(next() * 3);
        for (let i = 0; i < count; i++) {
          comment();
          const prefix = ' '.repeat(indent);
          const r = next();
          if (r < 0.4 || depth >= 3) lines.push(`${prefix}- ${pick(next() < 0.2 ? FLOWS : SCALARS)}${trailing()}`);
          else if (r < 0.7) block(indent + 2, depth + 1, `${prefix}- `, 'map');
          else {
            lines.push(`${prefix}-${trailing()}`);
            block(indent + step, depth + 1, '');
          }
        }
        return;
      }
      const count = 1 + Math.floor(next() * 4);
      for (let i = 0; i < count; i++) {
        comment();
        const prefix = i === 0 && lead ? lead : ' '.repeat(indent);
        const key = next() < 0.2 ? `'key ${depth}.${i}'` : next() < 0.1 ? `${i}` : `key${depth}.${i}`;
        const r = next();
        if (r < 0.5 || depth >= 3) lines.push(`${prefix}${key}: ${pick(next() < 0.2 ? FLOWS : SCALARS)}${trailing()}`);
        else if (r < 0.6) lines.push(`${prefix}${key}:${trailing()}`);
        else {
          lines.push(`${prefix}${key}:${trailing()}`);
          // A sequence may sit at its key's own indent.
          if (next() < 0.3) block(indent, depth + 1, '', 'seq');
          else block(indent + step, depth + 1, '');
        }
      }
    };
    const docs = 1 + Math.floor(next() * 3);
    for (let d = 0; d < docs; d++) {
      if (d > 0 || next() < 0.3) lines.push(next() < 0.5 ? '---' : '--- # doc');
      if (next() < 0.1) continue; // an empty document
      block(0, 0, '');
    }
    return `${lines.join('\n')}\n`;
  }

  it('reads 500 random block documents as the package does', () => {
    const next = random(20261204);
    for (let i = 0; i < 500; i++) {
      const text = generate(next);
      expect(agrees(text), text).toBe(true);
    }
  });
});
