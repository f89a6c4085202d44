// Every input parameter of every MCP tool says what it is: a model reads these descriptions, not
// our code; and every number has an upper bound, so 1e308 is refused by the schema (naming the
// field) instead of reaching arithmetic or a config. Walks each tool's input JSON schema, nested
// objects and array items included; the CLI maps its flags onto the same schemas.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TOOLS } from '../../src/mcp/tools/index.js';

type JsonSchema = {
  type?: string | string[];
  description?: string;
  maximum?: number;
  exclusiveMaximum?: number;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
};

/** The paths of numbers without an upper bound. */
function unbounded(schema: JsonSchema, at = ''): string[] {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const here = (types.includes('number') || types.includes('integer')) && schema.maximum === undefined && schema.exclusiveMaximum === undefined ? [at] : [];
  return [
    ...here,
    ...Object.entries(schema.properties ?? {}).flatMap(([name, p]) => unbounded(p, at ? `${at}.${name}` : name)),
    ...(schema.items ? unbounded(schema.items, `${at}[]`) : []),
    ...(schema.anyOf ?? []).flatMap((branch) => unbounded(branch, at)),
  ];
}

/** The paths of properties without a description, e.g. "files[].name". */
function undescribed(schema: JsonSchema, path = ''): string[] {
  const out: string[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const at = path ? `${path}.${name}` : name;
    if (!property.description?.trim()) out.push(at);
    out.push(...nested(property, at));
  }
  return out;
}

function nested(schema: JsonSchema, at: string): string[] {
  return [...(schema.properties ? undescribed(schema, at) : []), ...(schema.items ? nested(schema.items, `${at}[]`) : []), ...(schema.anyOf ?? []).flatMap((branch) => nested(branch, at))];
}

describe('MCP tool inputs', () => {
  it('finds a property without a description, nested or not', () => {
    const probe = z.object({ a: z.string().describe('a'), b: z.number(), c: z.array(z.object({ d: z.string() })).describe('c') });
    expect(undescribed(z.toJSONSchema(probe, { io: 'input' }) as JsonSchema)).toEqual(['b', 'c[].d']);
  });

  it.each(TOOLS.map((t) => [t.name, t] as const))('%s describes every input parameter', (_name, tool) => {
    expect(undescribed(z.toJSONSchema(tool.input, { io: 'input' }) as JsonSchema)).toEqual([]);
  });

  it('finds a number without an upper bound, nested or not', () => {
    const probe = z.object({ a: z.number().max(10), b: z.number(), c: z.array(z.object({ d: z.number().positive() })) });
    expect(unbounded(z.toJSONSchema(probe, { io: 'input' }) as JsonSchema)).toEqual(['b', 'c[].d']);
  });

  it.each(TOOLS.map((t) => [t.name, t] as const))('%s bounds every number it takes', (_name, tool) => {
    expect(unbounded(z.toJSONSchema(tool.input, { io: 'input' }) as JsonSchema)).toEqual([]);
  });
});
