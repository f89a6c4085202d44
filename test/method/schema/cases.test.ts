// Every case of ../shared/avro-compat/cases.jsonl (labelled by Apache Avro Java 1.12.1) must get
// the same answer from our checker: the verdict and each incompatibility's kind, location and
// message, in Avro's order.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCompatibility, type CompatibilityMode } from '../../../src/method/schema/modes.js';
import { checkReaderWriter } from '../../../src/method/schema/compatibility.js';
import { parseJson, type JsonNode } from '../../../src/method/schema/json.js';
import { parseSchemaNode } from '../../../src/method/schema/parse.js';
import { UserError } from '../../../src/model/errors.js';

const file = fileURLToPath(new URL('../../../../shared/avro-compat/cases.jsonl', import.meta.url));
const lines = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim());

interface Expected {
  compatible?: boolean;
  error?: string;
  incompatibilities?: Array<{ type: string; location: string; message: string }>;
  checks?: Array<{ previous: number; direction: string; compatible: boolean; incompatibilities: Array<{ type: string; location: string; message: string }> }>;
}

interface Case {
  id: string;
  mode?: string;
  expected: Expected;
  node: JsonNode & { kind: 'object' };
}

const cases: Case[] = lines.map((line) => {
  // Our own JSON reader keeps "1" and "1.0" apart, as Avro does when it validates defaults.
  const node = parseJson(line) as JsonNode & { kind: 'object' };
  const plain = JSON.parse(line) as { id: string; mode?: string; expected: Expected };
  return { id: plain.id, mode: plain.mode, expected: plain.expected, node };
});

const strip = (list: Array<{ type: string; location: string; message: string }>) => list.map(({ type, location, message }) => ({ type, location, message }));

function answer(c: Case): Expected {
  try {
    const get = (key: string) => c.node.members.get(key)!;
    if (c.mode !== undefined) {
      const next = parseSchemaNode(get('new'));
      const previousNode = get('previous') as JsonNode & { kind: 'array' };
      const previous = previousNode.items.map((n) => parseSchemaNode(n));
      const result = checkCompatibility(next, previous, c.mode as CompatibilityMode);
      return {
        compatible: result.compatible,
        checks: result.checks.map((k) => ({ previous: k.previous, direction: k.direction, compatible: k.compatible, incompatibilities: strip(k.incompatibilities) })),
      };
    }
    const result = checkReaderWriter(parseSchemaNode(get('reader')), parseSchemaNode(get('writer')));
    return { compatible: result.compatible, incompatibilities: strip(result.incompatibilities) };
  } catch (e) {
    if (e instanceof UserError) return { error: e.message };
    throw e;
  }
}

describe('avro-compat corpus (Avro Java 1.12.1 labels)', () => {
  it('holds 319 cases', () => {
    expect(cases).toHaveLength(319);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const got = answer(c);
    if (c.expected.error !== undefined) {
      expect(got.error, 'Avro rejects this input').toBeDefined();
      return;
    }
    expect(got).toEqual(c.expected);
  });
});
