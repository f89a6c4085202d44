// Every input parameter of every MCP tool says what it is: a model reads these descriptions, not
// our code. Walks each tool's input JSON schema, nested objects and array items included.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TOOLS } from '../../src/mcp/tools/index.js';

type JsonSchema = { type?: string; description?: string; properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[] };

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
});
